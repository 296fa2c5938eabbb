from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.token_list import TokenList
from ...types import UNSET, Response, Unset


def build_request(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    q: str | Unset = UNSET,
    network_id: int | Unset = UNSET,
) -> dict[str, Any]:
    """Build the ``GET /v1/tokens`` request without sending it.

    The result is the keyword arguments of ``httpx.Client.request``: ``method``, ``url`` (the path relative to the
    client's ``base_url``, path parameters quoted) and, when the operation has them, ``params`` (query parameters,
    unset ones left out), ``headers`` (header parameters and the body's Content-Type), ``cookies`` and the encoded
    body (``json``, ``data``, ``files`` or ``content``). ``sync_detailed`` sends exactly
    ``client.get_httpx_client().request(**build_request(...))``; the client adds its base URL, auth and timeout.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        q (str | Unset):
        network_id (int | Unset):

    Returns:
        dict[str, Any]: httpx request keyword arguments; nothing is sent.
    """

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["q"] = q

    params["network_id"] = network_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/tokens",
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request  # the stock generator's private name, for code written against it


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TokenList | None:
    if response.status_code == 200:
        response_200 = TokenList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | TokenList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    q: str | Unset = UNSET,
    network_id: int | Unset = UNSET,
) -> Response[ErrorResponse | TokenList]:
    """List supported tokens

     Returns one page of supported tokens, optionally narrowed to one network or by a text search.

    The generation-A page for this endpoint was not retrievable; the envelope and token fields follow
    the oldest
    documentation generation (`GET /affiliate/v1/tokens`). Generation-A pages refer to tokens by a
    numeric
    `token_id` and to their `decimals`; those fields are modelled as optional because their names in
    this
    response are unconfirmed.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        q (str | Unset):
        network_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TokenList]
    """

    kwargs = build_request(
        limit=limit,
        offset=offset,
        q=q,
        network_id=network_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    q: str | Unset = UNSET,
    network_id: int | Unset = UNSET,
) -> ErrorResponse | TokenList | None:
    """List supported tokens

     Returns one page of supported tokens, optionally narrowed to one network or by a text search.

    The generation-A page for this endpoint was not retrievable; the envelope and token fields follow
    the oldest
    documentation generation (`GET /affiliate/v1/tokens`). Generation-A pages refer to tokens by a
    numeric
    `token_id` and to their `decimals`; those fields are modelled as optional because their names in
    this
    response are unconfirmed.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        q (str | Unset):
        network_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TokenList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        q=q,
        network_id=network_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    q: str | Unset = UNSET,
    network_id: int | Unset = UNSET,
) -> Response[ErrorResponse | TokenList]:
    """List supported tokens

     Returns one page of supported tokens, optionally narrowed to one network or by a text search.

    The generation-A page for this endpoint was not retrievable; the envelope and token fields follow
    the oldest
    documentation generation (`GET /affiliate/v1/tokens`). Generation-A pages refer to tokens by a
    numeric
    `token_id` and to their `decimals`; those fields are modelled as optional because their names in
    this
    response are unconfirmed.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        q (str | Unset):
        network_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TokenList]
    """

    kwargs = build_request(
        limit=limit,
        offset=offset,
        q=q,
        network_id=network_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    q: str | Unset = UNSET,
    network_id: int | Unset = UNSET,
) -> ErrorResponse | TokenList | None:
    """List supported tokens

     Returns one page of supported tokens, optionally narrowed to one network or by a text search.

    The generation-A page for this endpoint was not retrievable; the envelope and token fields follow
    the oldest
    documentation generation (`GET /affiliate/v1/tokens`). Generation-A pages refer to tokens by a
    numeric
    `token_id` and to their `decimals`; those fields are modelled as optional because their names in
    this
    response are unconfirmed.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        q (str | Unset):
        network_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TokenList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            q=q,
            network_id=network_id,
        )
    ).parsed
