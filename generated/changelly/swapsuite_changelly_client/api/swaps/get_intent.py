from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.intent_status import IntentStatus
from ...types import Response


def build_request(
    intent_id: UUID,
) -> dict[str, Any]:
    """Build the ``GET /v1/intents/{intent_id}`` request without sending it.

    The result is the keyword arguments of ``httpx.Client.request``: ``method``, ``url`` (the path relative to the
    client's ``base_url``, path parameters quoted) and, when the operation has them, ``params`` (query parameters,
    unset ones left out), ``headers`` (header parameters and the body's Content-Type), ``cookies`` and the encoded
    body (``json``, ``data``, ``files`` or ``content``). ``sync_detailed`` sends exactly
    ``client.get_httpx_client().request(**build_request(...))``; the client adds its base URL, auth and timeout.

    Args:
        intent_id (UUID):

    Returns:
        dict[str, Any]: httpx request keyword arguments; nothing is sent.
    """

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/intents/{intent_id}".format(
            intent_id=quote(str(intent_id), safe=""),
        ),
    }

    return _kwargs


_get_kwargs = build_request  # the stock generator's private name, for code written against it


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | IntentStatus | None:
    if response.status_code == 200:
        response_200 = IntentStatus.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

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
) -> Response[ErrorResponse | IntentStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    intent_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | IntentStatus]:
    """Get the status of an intent

     Returns the current state of one intent and of the swap that fills it. No generation-A sample
    response
    was retrievable; the field list is truncated in public docs after the `to` object.

    Args:
        intent_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | IntentStatus]
    """

    kwargs = build_request(
        intent_id=intent_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    intent_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | IntentStatus | None:
    """Get the status of an intent

     Returns the current state of one intent and of the swap that fills it. No generation-A sample
    response
    was retrievable; the field list is truncated in public docs after the `to` object.

    Args:
        intent_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | IntentStatus
    """

    return sync_detailed(
        intent_id=intent_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    intent_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | IntentStatus]:
    """Get the status of an intent

     Returns the current state of one intent and of the swap that fills it. No generation-A sample
    response
    was retrievable; the field list is truncated in public docs after the `to` object.

    Args:
        intent_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | IntentStatus]
    """

    kwargs = build_request(
        intent_id=intent_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    intent_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | IntentStatus | None:
    """Get the status of an intent

     Returns the current state of one intent and of the swap that fills it. No generation-A sample
    response
    was retrievable; the field list is truncated in public docs after the `to` object.

    Args:
        intent_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | IntentStatus
    """

    return (
        await asyncio_detailed(
            intent_id=intent_id,
            client=client,
        )
    ).parsed
