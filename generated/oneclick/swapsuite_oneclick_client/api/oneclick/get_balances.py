from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_response import BadRequestResponse
from ...models.get_balances_response import GetBalancesResponse
from ...types import UNSET, Response, Unset


def build_request(
    *,
    token_ids: list[str] | Unset = UNSET,
) -> dict[str, Any]:
    """Build the ``GET /v0/account/balances`` request without sending it.

    The result is the keyword arguments of ``httpx.Client.request``: ``method``, ``url`` (the path relative to the
    client's ``base_url``, path parameters quoted) and, when the operation has them, ``params`` (query parameters,
    unset ones left out), ``headers`` (header parameters and the body's Content-Type), ``cookies`` and the encoded
    body (``json``, ``data``, ``files`` or ``content``). ``sync_detailed`` sends exactly
    ``client.get_httpx_client().request(**build_request(...))``; the client adds its base URL, auth and timeout.

    Args:
        token_ids (list[str] | Unset):

    Returns:
        dict[str, Any]: httpx request keyword arguments; nothing is sent.
    """

    params: dict[str, Any] = {}

    json_token_ids: list[str] | Unset = UNSET
    if not isinstance(token_ids, Unset):
        json_token_ids = token_ids

    params["tokenIds"] = json_token_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/account/balances",
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request  # the stock generator's private name, for code written against it


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequestResponse | GetBalancesResponse | None:
    if response.status_code == 200:
        response_200 = GetBalancesResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = BadRequestResponse.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BadRequestResponse | GetBalancesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    token_ids: list[str] | Unset = UNSET,
) -> Response[BadRequestResponse | GetBalancesResponse]:
    """The signed-in user's balances

     Token balances of the user behind the session token, from private balance sources. Without
    `tokenIds`
    every non-zero balance is listed. Shapes follow one-click-sdk-typescript 0.1.25
    (`AccountService.getBalances`).

    Args:
        token_ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | GetBalancesResponse]
    """

    kwargs = build_request(
        token_ids=token_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    token_ids: list[str] | Unset = UNSET,
) -> BadRequestResponse | GetBalancesResponse | None:
    """The signed-in user's balances

     Token balances of the user behind the session token, from private balance sources. Without
    `tokenIds`
    every non-zero balance is listed. Shapes follow one-click-sdk-typescript 0.1.25
    (`AccountService.getBalances`).

    Args:
        token_ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | GetBalancesResponse
    """

    return sync_detailed(
        client=client,
        token_ids=token_ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    token_ids: list[str] | Unset = UNSET,
) -> Response[BadRequestResponse | GetBalancesResponse]:
    """The signed-in user's balances

     Token balances of the user behind the session token, from private balance sources. Without
    `tokenIds`
    every non-zero balance is listed. Shapes follow one-click-sdk-typescript 0.1.25
    (`AccountService.getBalances`).

    Args:
        token_ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | GetBalancesResponse]
    """

    kwargs = build_request(
        token_ids=token_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    token_ids: list[str] | Unset = UNSET,
) -> BadRequestResponse | GetBalancesResponse | None:
    """The signed-in user's balances

     Token balances of the user behind the session token, from private balance sources. Without
    `tokenIds`
    every non-zero balance is listed. Shapes follow one-click-sdk-typescript 0.1.25
    (`AccountService.getBalances`).

    Args:
        token_ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | GetBalancesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            token_ids=token_ids,
        )
    ).parsed
