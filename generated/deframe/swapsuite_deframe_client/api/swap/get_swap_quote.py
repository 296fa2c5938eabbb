from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chain_name import ChainName
from ...models.error_envelope import ErrorEnvelope
from ...models.flat_error_response import FlatErrorResponse
from ...models.quote_response import QuoteResponse
from ...models.swap_provider_name import SwapProviderName
from ...models.transfer_speed import TransferSpeed
from ...types import UNSET, Response, Unset


def build_request(
    *,
    origin_chain: ChainName | Unset = UNSET,
    destination_chain: ChainName | Unset = UNSET,
    chain_id_in: int | Unset = UNSET,
    chain_id_out: int | Unset = UNSET,
    token_in: str,
    token_out: str,
    amount_in: str | Unset = UNSET,
    amount_out: str | Unset = UNSET,
    origin_address: str | Unset = UNSET,
    destination_address: str | Unset = UNSET,
    refund_address: str | Unset = UNSET,
    fee_sponsorship: bool | Unset = UNSET,
    preferred_provider: SwapProviderName | Unset = UNSET,
    slippage: str | Unset = UNSET,
    transfer_speed: TransferSpeed | Unset = UNSET,
) -> dict[str, Any]:
    """Build the ``GET /v2/swap/quote`` request without sending it.

    The result is the keyword arguments of ``httpx.Client.request``: ``method``, ``url`` (the path relative to the
    client's ``base_url``, path parameters quoted) and, when the operation has them, ``params`` (query parameters,
    unset ones left out), ``headers`` (header parameters and the body's Content-Type), ``cookies`` and the encoded
    body (``json``, ``data``, ``files`` or ``content``). ``sync_detailed`` sends exactly
    ``client.get_httpx_client().request(**build_request(...))``; the client adds its base URL, auth and timeout.

    Args:
        origin_chain (ChainName | Unset): Chain name as used by `originChain` /
            `destinationChain`. `fiat` is the pseudo-chain of the BRL Pix ramps. The list follows the
            supported-chains table of the quote guide plus `monad` and `fiat` from the ramp guides;
            Deframe may add chains at any time.
        destination_chain (ChainName | Unset): Chain name as used by `originChain` /
            `destinationChain`. `fiat` is the pseudo-chain of the BRL Pix ramps. The list follows the
            supported-chains table of the quote guide plus `monad` and `fiat` from the ramp guides;
            Deframe may add chains at any time.
        chain_id_in (int | Unset):
        chain_id_out (int | Unset):
        token_in (str):
        token_out (str):
        amount_in (str | Unset):
        amount_out (str | Unset):
        origin_address (str | Unset):
        destination_address (str | Unset):
        refund_address (str | Unset):
        fee_sponsorship (bool | Unset):
        preferred_provider (SwapProviderName | Unset): Registered provider names accepted by
            `preferredProvider` (the API matches them case-insensitively).
        slippage (str | Unset):
        transfer_speed (TransferSpeed | Unset): CCTP transfer speed; `fast` is the default.

    Returns:
        dict[str, Any]: httpx request keyword arguments; nothing is sent.
    """

    params: dict[str, Any] = {}

    json_origin_chain: str | Unset = UNSET
    if not isinstance(origin_chain, Unset):
        json_origin_chain = origin_chain.value

    params["originChain"] = json_origin_chain

    json_destination_chain: str | Unset = UNSET
    if not isinstance(destination_chain, Unset):
        json_destination_chain = destination_chain.value

    params["destinationChain"] = json_destination_chain

    params["chainIdIn"] = chain_id_in

    params["chainIdOut"] = chain_id_out

    params["tokenIn"] = token_in

    params["tokenOut"] = token_out

    params["amountIn"] = amount_in

    params["amountOut"] = amount_out

    params["originAddress"] = origin_address

    params["destinationAddress"] = destination_address

    params["refundAddress"] = refund_address

    params["feeSponsorship"] = fee_sponsorship

    json_preferred_provider: str | Unset = UNSET
    if not isinstance(preferred_provider, Unset):
        json_preferred_provider = preferred_provider.value

    params["preferredProvider"] = json_preferred_provider

    params["slippage"] = slippage

    json_transfer_speed: str | Unset = UNSET
    if not isinstance(transfer_speed, Unset):
        json_transfer_speed = transfer_speed.value

    params["transferSpeed"] = json_transfer_speed

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/swap/quote",
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request  # the stock generator's private name, for code written against it


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | FlatErrorResponse | QuoteResponse | None:
    if response.status_code == 200:
        response_200 = QuoteResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> ErrorEnvelope | FlatErrorResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_response_type_0 = ErrorEnvelope.from_dict(data)

                return componentsschemas_error_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_error_response_type_1 = FlatErrorResponse.from_dict(data)

            return componentsschemas_error_response_type_1

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 401:

        def _parse_response_401(data: object) -> ErrorEnvelope | FlatErrorResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_response_type_0 = ErrorEnvelope.from_dict(data)

                return componentsschemas_error_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_error_response_type_1 = FlatErrorResponse.from_dict(data)

            return componentsschemas_error_response_type_1

        response_401 = _parse_response_401(response.json())

        return response_401

    if response.status_code == 404:

        def _parse_response_404(data: object) -> ErrorEnvelope | FlatErrorResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_response_type_0 = ErrorEnvelope.from_dict(data)

                return componentsschemas_error_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_error_response_type_1 = FlatErrorResponse.from_dict(data)

            return componentsschemas_error_response_type_1

        response_404 = _parse_response_404(response.json())

        return response_404

    if response.status_code == 422:

        def _parse_response_422(data: object) -> ErrorEnvelope | FlatErrorResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_response_type_0 = ErrorEnvelope.from_dict(data)

                return componentsschemas_error_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_error_response_type_1 = FlatErrorResponse.from_dict(data)

            return componentsschemas_error_response_type_1

        response_422 = _parse_response_422(response.json())

        return response_422

    if response.status_code == 429:

        def _parse_response_429(data: object) -> ErrorEnvelope | FlatErrorResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_response_type_0 = ErrorEnvelope.from_dict(data)

                return componentsschemas_error_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_error_response_type_1 = FlatErrorResponse.from_dict(data)

            return componentsschemas_error_response_type_1

        response_429 = _parse_response_429(response.json())

        return response_429

    if response.status_code == 500:

        def _parse_response_500(data: object) -> ErrorEnvelope | FlatErrorResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_response_type_0 = ErrorEnvelope.from_dict(data)

                return componentsschemas_error_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_error_response_type_1 = FlatErrorResponse.from_dict(data)

            return componentsschemas_error_response_type_1

        response_500 = _parse_response_500(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | FlatErrorResponse | QuoteResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    origin_chain: ChainName | Unset = UNSET,
    destination_chain: ChainName | Unset = UNSET,
    chain_id_in: int | Unset = UNSET,
    chain_id_out: int | Unset = UNSET,
    token_in: str,
    token_out: str,
    amount_in: str | Unset = UNSET,
    amount_out: str | Unset = UNSET,
    origin_address: str | Unset = UNSET,
    destination_address: str | Unset = UNSET,
    refund_address: str | Unset = UNSET,
    fee_sponsorship: bool | Unset = UNSET,
    preferred_provider: SwapProviderName | Unset = UNSET,
    slippage: str | Unset = UNSET,
    transfer_speed: TransferSpeed | Unset = UNSET,
) -> Response[ErrorEnvelope | FlatErrorResponse | QuoteResponse]:
    """Get a swap quote

     Prices a swap and saves the chosen quote; the returned `quote.quoteId` is what `POST
    /v2/swap/bytecode` and
    `GET /v2/swap/status/{quoteId}` take.

    When several providers can serve the route, Deframe asks them in parallel, ranks the answers by
    `tokenOut.expectedAmountOut` and returns (and saves) only the best one, or the `preferredProvider`'s
    quote
    when that parameter is set. Fixed-quote Deframe bridge routes use the `deframe` provider only.

    Name the chains either by name (`originChain` + `destinationChain`) or by numeric id (`chainIdIn` +
    `chainIdOut`), and give exactly one of `amountIn` / `amountOut`. The same chain on both sides is a
    same-chain swap.

    If both `originAddress` and `destinationAddress` are sent, the response also carries the execution
    fields
    (`id`, `chainId`, `transactionData`) that `POST /v2/swap/bytecode` would return, so no second call
    is needed.

    Args:
        origin_chain (ChainName | Unset): Chain name as used by `originChain` /
            `destinationChain`. `fiat` is the pseudo-chain of the BRL Pix ramps. The list follows the
            supported-chains table of the quote guide plus `monad` and `fiat` from the ramp guides;
            Deframe may add chains at any time.
        destination_chain (ChainName | Unset): Chain name as used by `originChain` /
            `destinationChain`. `fiat` is the pseudo-chain of the BRL Pix ramps. The list follows the
            supported-chains table of the quote guide plus `monad` and `fiat` from the ramp guides;
            Deframe may add chains at any time.
        chain_id_in (int | Unset):
        chain_id_out (int | Unset):
        token_in (str):
        token_out (str):
        amount_in (str | Unset):
        amount_out (str | Unset):
        origin_address (str | Unset):
        destination_address (str | Unset):
        refund_address (str | Unset):
        fee_sponsorship (bool | Unset):
        preferred_provider (SwapProviderName | Unset): Registered provider names accepted by
            `preferredProvider` (the API matches them case-insensitively).
        slippage (str | Unset):
        transfer_speed (TransferSpeed | Unset): CCTP transfer speed; `fast` is the default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | FlatErrorResponse | QuoteResponse]
    """

    kwargs = build_request(
        origin_chain=origin_chain,
        destination_chain=destination_chain,
        chain_id_in=chain_id_in,
        chain_id_out=chain_id_out,
        token_in=token_in,
        token_out=token_out,
        amount_in=amount_in,
        amount_out=amount_out,
        origin_address=origin_address,
        destination_address=destination_address,
        refund_address=refund_address,
        fee_sponsorship=fee_sponsorship,
        preferred_provider=preferred_provider,
        slippage=slippage,
        transfer_speed=transfer_speed,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    origin_chain: ChainName | Unset = UNSET,
    destination_chain: ChainName | Unset = UNSET,
    chain_id_in: int | Unset = UNSET,
    chain_id_out: int | Unset = UNSET,
    token_in: str,
    token_out: str,
    amount_in: str | Unset = UNSET,
    amount_out: str | Unset = UNSET,
    origin_address: str | Unset = UNSET,
    destination_address: str | Unset = UNSET,
    refund_address: str | Unset = UNSET,
    fee_sponsorship: bool | Unset = UNSET,
    preferred_provider: SwapProviderName | Unset = UNSET,
    slippage: str | Unset = UNSET,
    transfer_speed: TransferSpeed | Unset = UNSET,
) -> ErrorEnvelope | FlatErrorResponse | QuoteResponse | None:
    """Get a swap quote

     Prices a swap and saves the chosen quote; the returned `quote.quoteId` is what `POST
    /v2/swap/bytecode` and
    `GET /v2/swap/status/{quoteId}` take.

    When several providers can serve the route, Deframe asks them in parallel, ranks the answers by
    `tokenOut.expectedAmountOut` and returns (and saves) only the best one, or the `preferredProvider`'s
    quote
    when that parameter is set. Fixed-quote Deframe bridge routes use the `deframe` provider only.

    Name the chains either by name (`originChain` + `destinationChain`) or by numeric id (`chainIdIn` +
    `chainIdOut`), and give exactly one of `amountIn` / `amountOut`. The same chain on both sides is a
    same-chain swap.

    If both `originAddress` and `destinationAddress` are sent, the response also carries the execution
    fields
    (`id`, `chainId`, `transactionData`) that `POST /v2/swap/bytecode` would return, so no second call
    is needed.

    Args:
        origin_chain (ChainName | Unset): Chain name as used by `originChain` /
            `destinationChain`. `fiat` is the pseudo-chain of the BRL Pix ramps. The list follows the
            supported-chains table of the quote guide plus `monad` and `fiat` from the ramp guides;
            Deframe may add chains at any time.
        destination_chain (ChainName | Unset): Chain name as used by `originChain` /
            `destinationChain`. `fiat` is the pseudo-chain of the BRL Pix ramps. The list follows the
            supported-chains table of the quote guide plus `monad` and `fiat` from the ramp guides;
            Deframe may add chains at any time.
        chain_id_in (int | Unset):
        chain_id_out (int | Unset):
        token_in (str):
        token_out (str):
        amount_in (str | Unset):
        amount_out (str | Unset):
        origin_address (str | Unset):
        destination_address (str | Unset):
        refund_address (str | Unset):
        fee_sponsorship (bool | Unset):
        preferred_provider (SwapProviderName | Unset): Registered provider names accepted by
            `preferredProvider` (the API matches them case-insensitively).
        slippage (str | Unset):
        transfer_speed (TransferSpeed | Unset): CCTP transfer speed; `fast` is the default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | FlatErrorResponse | QuoteResponse
    """

    return sync_detailed(
        client=client,
        origin_chain=origin_chain,
        destination_chain=destination_chain,
        chain_id_in=chain_id_in,
        chain_id_out=chain_id_out,
        token_in=token_in,
        token_out=token_out,
        amount_in=amount_in,
        amount_out=amount_out,
        origin_address=origin_address,
        destination_address=destination_address,
        refund_address=refund_address,
        fee_sponsorship=fee_sponsorship,
        preferred_provider=preferred_provider,
        slippage=slippage,
        transfer_speed=transfer_speed,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    origin_chain: ChainName | Unset = UNSET,
    destination_chain: ChainName | Unset = UNSET,
    chain_id_in: int | Unset = UNSET,
    chain_id_out: int | Unset = UNSET,
    token_in: str,
    token_out: str,
    amount_in: str | Unset = UNSET,
    amount_out: str | Unset = UNSET,
    origin_address: str | Unset = UNSET,
    destination_address: str | Unset = UNSET,
    refund_address: str | Unset = UNSET,
    fee_sponsorship: bool | Unset = UNSET,
    preferred_provider: SwapProviderName | Unset = UNSET,
    slippage: str | Unset = UNSET,
    transfer_speed: TransferSpeed | Unset = UNSET,
) -> Response[ErrorEnvelope | FlatErrorResponse | QuoteResponse]:
    """Get a swap quote

     Prices a swap and saves the chosen quote; the returned `quote.quoteId` is what `POST
    /v2/swap/bytecode` and
    `GET /v2/swap/status/{quoteId}` take.

    When several providers can serve the route, Deframe asks them in parallel, ranks the answers by
    `tokenOut.expectedAmountOut` and returns (and saves) only the best one, or the `preferredProvider`'s
    quote
    when that parameter is set. Fixed-quote Deframe bridge routes use the `deframe` provider only.

    Name the chains either by name (`originChain` + `destinationChain`) or by numeric id (`chainIdIn` +
    `chainIdOut`), and give exactly one of `amountIn` / `amountOut`. The same chain on both sides is a
    same-chain swap.

    If both `originAddress` and `destinationAddress` are sent, the response also carries the execution
    fields
    (`id`, `chainId`, `transactionData`) that `POST /v2/swap/bytecode` would return, so no second call
    is needed.

    Args:
        origin_chain (ChainName | Unset): Chain name as used by `originChain` /
            `destinationChain`. `fiat` is the pseudo-chain of the BRL Pix ramps. The list follows the
            supported-chains table of the quote guide plus `monad` and `fiat` from the ramp guides;
            Deframe may add chains at any time.
        destination_chain (ChainName | Unset): Chain name as used by `originChain` /
            `destinationChain`. `fiat` is the pseudo-chain of the BRL Pix ramps. The list follows the
            supported-chains table of the quote guide plus `monad` and `fiat` from the ramp guides;
            Deframe may add chains at any time.
        chain_id_in (int | Unset):
        chain_id_out (int | Unset):
        token_in (str):
        token_out (str):
        amount_in (str | Unset):
        amount_out (str | Unset):
        origin_address (str | Unset):
        destination_address (str | Unset):
        refund_address (str | Unset):
        fee_sponsorship (bool | Unset):
        preferred_provider (SwapProviderName | Unset): Registered provider names accepted by
            `preferredProvider` (the API matches them case-insensitively).
        slippage (str | Unset):
        transfer_speed (TransferSpeed | Unset): CCTP transfer speed; `fast` is the default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | FlatErrorResponse | QuoteResponse]
    """

    kwargs = build_request(
        origin_chain=origin_chain,
        destination_chain=destination_chain,
        chain_id_in=chain_id_in,
        chain_id_out=chain_id_out,
        token_in=token_in,
        token_out=token_out,
        amount_in=amount_in,
        amount_out=amount_out,
        origin_address=origin_address,
        destination_address=destination_address,
        refund_address=refund_address,
        fee_sponsorship=fee_sponsorship,
        preferred_provider=preferred_provider,
        slippage=slippage,
        transfer_speed=transfer_speed,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    origin_chain: ChainName | Unset = UNSET,
    destination_chain: ChainName | Unset = UNSET,
    chain_id_in: int | Unset = UNSET,
    chain_id_out: int | Unset = UNSET,
    token_in: str,
    token_out: str,
    amount_in: str | Unset = UNSET,
    amount_out: str | Unset = UNSET,
    origin_address: str | Unset = UNSET,
    destination_address: str | Unset = UNSET,
    refund_address: str | Unset = UNSET,
    fee_sponsorship: bool | Unset = UNSET,
    preferred_provider: SwapProviderName | Unset = UNSET,
    slippage: str | Unset = UNSET,
    transfer_speed: TransferSpeed | Unset = UNSET,
) -> ErrorEnvelope | FlatErrorResponse | QuoteResponse | None:
    """Get a swap quote

     Prices a swap and saves the chosen quote; the returned `quote.quoteId` is what `POST
    /v2/swap/bytecode` and
    `GET /v2/swap/status/{quoteId}` take.

    When several providers can serve the route, Deframe asks them in parallel, ranks the answers by
    `tokenOut.expectedAmountOut` and returns (and saves) only the best one, or the `preferredProvider`'s
    quote
    when that parameter is set. Fixed-quote Deframe bridge routes use the `deframe` provider only.

    Name the chains either by name (`originChain` + `destinationChain`) or by numeric id (`chainIdIn` +
    `chainIdOut`), and give exactly one of `amountIn` / `amountOut`. The same chain on both sides is a
    same-chain swap.

    If both `originAddress` and `destinationAddress` are sent, the response also carries the execution
    fields
    (`id`, `chainId`, `transactionData`) that `POST /v2/swap/bytecode` would return, so no second call
    is needed.

    Args:
        origin_chain (ChainName | Unset): Chain name as used by `originChain` /
            `destinationChain`. `fiat` is the pseudo-chain of the BRL Pix ramps. The list follows the
            supported-chains table of the quote guide plus `monad` and `fiat` from the ramp guides;
            Deframe may add chains at any time.
        destination_chain (ChainName | Unset): Chain name as used by `originChain` /
            `destinationChain`. `fiat` is the pseudo-chain of the BRL Pix ramps. The list follows the
            supported-chains table of the quote guide plus `monad` and `fiat` from the ramp guides;
            Deframe may add chains at any time.
        chain_id_in (int | Unset):
        chain_id_out (int | Unset):
        token_in (str):
        token_out (str):
        amount_in (str | Unset):
        amount_out (str | Unset):
        origin_address (str | Unset):
        destination_address (str | Unset):
        refund_address (str | Unset):
        fee_sponsorship (bool | Unset):
        preferred_provider (SwapProviderName | Unset): Registered provider names accepted by
            `preferredProvider` (the API matches them case-insensitively).
        slippage (str | Unset):
        transfer_speed (TransferSpeed | Unset): CCTP transfer speed; `fast` is the default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | FlatErrorResponse | QuoteResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            origin_chain=origin_chain,
            destination_chain=destination_chain,
            chain_id_in=chain_id_in,
            chain_id_out=chain_id_out,
            token_in=token_in,
            token_out=token_out,
            amount_in=amount_in,
            amount_out=amount_out,
            origin_address=origin_address,
            destination_address=destination_address,
            refund_address=refund_address,
            fee_sponsorship=fee_sponsorship,
            preferred_provider=preferred_provider,
            slippage=slippage,
            transfer_speed=transfer_speed,
        )
    ).parsed
