from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.across_api_error import AcrossApiError
from ...models.across_chain import AcrossChain
from ...types import UNSET, Response, Unset


def build_request(
    *,
    chain_id: list[int] | Unset = UNSET,
    input_token_symbol: str | Unset = UNSET,
    output_token_symbol: str | Unset = UNSET,
    omit_tokens: bool | Unset = UNSET,
) -> dict[str, Any]:
    """Build the ``GET /chains`` request without sending it.

    The result is the keyword arguments of ``httpx.Client.request``: ``method``, ``url`` (the path relative to the
    client's ``base_url``, path parameters quoted) and, when the operation has them, ``params`` (query parameters,
    unset ones left out), ``headers`` (header parameters and the body's Content-Type), ``cookies`` and the encoded
    body (``json``, ``data``, ``files`` or ``content``). ``sync_detailed`` sends exactly
    ``client.get_httpx_client().request(**build_request(...))``; the client adds its base URL, auth and timeout.

    Args:
        chain_id (list[int] | Unset):
        input_token_symbol (str | Unset):
        output_token_symbol (str | Unset):
        omit_tokens (bool | Unset):

    Returns:
        dict[str, Any]: httpx request keyword arguments; nothing is sent.
    """

    params: dict[str, Any] = {}

    json_chain_id: list[int] | Unset = UNSET
    if not isinstance(chain_id, Unset):
        json_chain_id = chain_id

    params["chainId"] = json_chain_id

    params["inputTokenSymbol"] = input_token_symbol

    params["outputTokenSymbol"] = output_token_symbol

    params["omitTokens"] = omit_tokens

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chains",
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request  # the stock generator's private name, for code written against it


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AcrossApiError | list[AcrossChain] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = AcrossChain.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = AcrossApiError.from_dict(response.json())

        return response_400

    if response.status_code == 500:
        response_500 = AcrossApiError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AcrossApiError | list[AcrossChain]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    chain_id: list[int] | Unset = UNSET,
    input_token_symbol: str | Unset = UNSET,
    output_token_symbol: str | Unset = UNSET,
    omit_tokens: bool | Unset = UNSET,
) -> Response[AcrossApiError | list[AcrossChain]]:
    """List the chains Across bridges between, with their SpokePool and tokens

     Every chain the bridge serves, with its SpokePool address and the tokens it accepts as input and
    delivers as
    output. The official app SDK calls it (`getSupportedChains`) to find a chain's SpokePool before
    executing a
    quote (`getChainInfo`, `executeSwapQuote`), passing the chain ids it is configured for as repeated
    `chainId` parameters. Not in the upstream spec; shape from across-protocol/frontend `api/chains.ts`
    (which
    serves `src/data/chains_1.json`) and the toolkit SDK's `AcrossChain` type.

    Args:
        chain_id (list[int] | Unset):
        input_token_symbol (str | Unset):
        output_token_symbol (str | Unset):
        omit_tokens (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AcrossApiError | list[AcrossChain]]
    """

    kwargs = build_request(
        chain_id=chain_id,
        input_token_symbol=input_token_symbol,
        output_token_symbol=output_token_symbol,
        omit_tokens=omit_tokens,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    chain_id: list[int] | Unset = UNSET,
    input_token_symbol: str | Unset = UNSET,
    output_token_symbol: str | Unset = UNSET,
    omit_tokens: bool | Unset = UNSET,
) -> AcrossApiError | list[AcrossChain] | None:
    """List the chains Across bridges between, with their SpokePool and tokens

     Every chain the bridge serves, with its SpokePool address and the tokens it accepts as input and
    delivers as
    output. The official app SDK calls it (`getSupportedChains`) to find a chain's SpokePool before
    executing a
    quote (`getChainInfo`, `executeSwapQuote`), passing the chain ids it is configured for as repeated
    `chainId` parameters. Not in the upstream spec; shape from across-protocol/frontend `api/chains.ts`
    (which
    serves `src/data/chains_1.json`) and the toolkit SDK's `AcrossChain` type.

    Args:
        chain_id (list[int] | Unset):
        input_token_symbol (str | Unset):
        output_token_symbol (str | Unset):
        omit_tokens (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AcrossApiError | list[AcrossChain]
    """

    return sync_detailed(
        client=client,
        chain_id=chain_id,
        input_token_symbol=input_token_symbol,
        output_token_symbol=output_token_symbol,
        omit_tokens=omit_tokens,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    chain_id: list[int] | Unset = UNSET,
    input_token_symbol: str | Unset = UNSET,
    output_token_symbol: str | Unset = UNSET,
    omit_tokens: bool | Unset = UNSET,
) -> Response[AcrossApiError | list[AcrossChain]]:
    """List the chains Across bridges between, with their SpokePool and tokens

     Every chain the bridge serves, with its SpokePool address and the tokens it accepts as input and
    delivers as
    output. The official app SDK calls it (`getSupportedChains`) to find a chain's SpokePool before
    executing a
    quote (`getChainInfo`, `executeSwapQuote`), passing the chain ids it is configured for as repeated
    `chainId` parameters. Not in the upstream spec; shape from across-protocol/frontend `api/chains.ts`
    (which
    serves `src/data/chains_1.json`) and the toolkit SDK's `AcrossChain` type.

    Args:
        chain_id (list[int] | Unset):
        input_token_symbol (str | Unset):
        output_token_symbol (str | Unset):
        omit_tokens (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AcrossApiError | list[AcrossChain]]
    """

    kwargs = build_request(
        chain_id=chain_id,
        input_token_symbol=input_token_symbol,
        output_token_symbol=output_token_symbol,
        omit_tokens=omit_tokens,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    chain_id: list[int] | Unset = UNSET,
    input_token_symbol: str | Unset = UNSET,
    output_token_symbol: str | Unset = UNSET,
    omit_tokens: bool | Unset = UNSET,
) -> AcrossApiError | list[AcrossChain] | None:
    """List the chains Across bridges between, with their SpokePool and tokens

     Every chain the bridge serves, with its SpokePool address and the tokens it accepts as input and
    delivers as
    output. The official app SDK calls it (`getSupportedChains`) to find a chain's SpokePool before
    executing a
    quote (`getChainInfo`, `executeSwapQuote`), passing the chain ids it is configured for as repeated
    `chainId` parameters. Not in the upstream spec; shape from across-protocol/frontend `api/chains.ts`
    (which
    serves `src/data/chains_1.json`) and the toolkit SDK's `AcrossChain` type.

    Args:
        chain_id (list[int] | Unset):
        input_token_symbol (str | Unset):
        output_token_symbol (str | Unset):
        omit_tokens (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AcrossApiError | list[AcrossChain]
    """

    return (
        await asyncio_detailed(
            client=client,
            chain_id=chain_id,
            input_token_symbol=input_token_symbol,
            output_token_symbol=output_token_symbol,
            omit_tokens=omit_tokens,
        )
    ).parsed
