from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.across_api_error import AcrossApiError
from ...models.deposit_status_response import DepositStatusResponse
from ...models.indexer_error import IndexerError
from ...types import UNSET, Response, Unset


def build_request(
    *,
    deposit_txn_ref: str | Unset = UNSET,
    deposit_tx_hash: str | Unset = UNSET,
    origin_chain_id: int | Unset = UNSET,
    deposit_id: str | Unset = UNSET,
    relay_data_hash: str | Unset = UNSET,
    index: int | Unset = 0,
    from_: str | Unset = UNSET,
    hypercore_withdrawal_nonce: str | Unset = UNSET,
    hypercore_deposit_nonce: str | Unset = UNSET,
    recipient: str | Unset = UNSET,
) -> dict[str, Any]:
    """Build the ``GET /deposit/status`` request without sending it.

    The result is the keyword arguments of ``httpx.Client.request``: ``method``, ``url`` (the path relative to the
    client's ``base_url``, path parameters quoted) and, when the operation has them, ``params`` (query parameters,
    unset ones left out), ``headers`` (header parameters and the body's Content-Type), ``cookies`` and the encoded
    body (``json``, ``data``, ``files`` or ``content``). ``sync_detailed`` sends exactly
    ``client.get_httpx_client().request(**build_request(...))``; the client adds its base URL, auth and timeout.

    Args:
        deposit_txn_ref (str | Unset):
        deposit_tx_hash (str | Unset):
        origin_chain_id (int | Unset): Numeric chain id (EVM chain id; Solana 34268394551451,
            HyperCore 1337). Upstream restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open
            set, so the enum is
            not carried over.
             Example: 10.
        deposit_id (str | Unset):
        relay_data_hash (str | Unset):
        index (int | Unset):  Default: 0.
        from_ (str | Unset):
        hypercore_withdrawal_nonce (str | Unset):
        hypercore_deposit_nonce (str | Unset):
        recipient (str | Unset):

    Returns:
        dict[str, Any]: httpx request keyword arguments; nothing is sent.
    """

    params: dict[str, Any] = {}

    params["depositTxnRef"] = deposit_txn_ref

    params["depositTxHash"] = deposit_tx_hash

    params["originChainId"] = origin_chain_id

    params["depositId"] = deposit_id

    params["relayDataHash"] = relay_data_hash

    params["index"] = index

    params["from"] = from_

    params["hypercoreWithdrawalNonce"] = hypercore_withdrawal_nonce

    params["hypercoreDepositNonce"] = hypercore_deposit_nonce

    params["recipient"] = recipient

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/deposit/status",
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request  # the stock generator's private name, for code written against it


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AcrossApiError | IndexerError | DepositStatusResponse | None:
    if response.status_code == 200:
        response_200 = DepositStatusResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> AcrossApiError | IndexerError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deposits_error_type_0 = AcrossApiError.from_dict(data)

                return componentsschemas_deposits_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_deposits_error_type_1 = IndexerError.from_dict(data)

            return componentsschemas_deposits_error_type_1

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 404:

        def _parse_response_404(data: object) -> AcrossApiError | IndexerError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deposits_error_type_0 = AcrossApiError.from_dict(data)

                return componentsschemas_deposits_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_deposits_error_type_1 = IndexerError.from_dict(data)

            return componentsschemas_deposits_error_type_1

        response_404 = _parse_response_404(response.json())

        return response_404

    if response.status_code == 500:

        def _parse_response_500(data: object) -> AcrossApiError | IndexerError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deposits_error_type_0 = AcrossApiError.from_dict(data)

                return componentsschemas_deposits_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_deposits_error_type_1 = IndexerError.from_dict(data)

            return componentsschemas_deposits_error_type_1

        response_500 = _parse_response_500(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AcrossApiError | IndexerError | DepositStatusResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    deposit_txn_ref: str | Unset = UNSET,
    deposit_tx_hash: str | Unset = UNSET,
    origin_chain_id: int | Unset = UNSET,
    deposit_id: str | Unset = UNSET,
    relay_data_hash: str | Unset = UNSET,
    index: int | Unset = 0,
    from_: str | Unset = UNSET,
    hypercore_withdrawal_nonce: str | Unset = UNSET,
    hypercore_deposit_nonce: str | Unset = UNSET,
    recipient: str | Unset = UNSET,
) -> Response[AcrossApiError | IndexerError | DepositStatusResponse]:
    """Track the fill status of a deposit

     Looks up one deposit and reports where it is in its lifecycle (pending, filled, expired, refunded,
    ...) along
    with the deposit, fill and refund transaction hashes. Besides Across intents it also resolves CCTP
    and OFT
    transfers sent through Across (those only ever report `pending` or `filled`).

    Identify the deposit with exactly one of:
    * `depositTxnRef` (or its legacy alias `depositTxHash`) — the origin-chain transaction hash;
    * `depositId` **and** `originChainId` together;
    * `relayDataHash`;
    * `from` **and** `hypercoreWithdrawalNonce` — a HyperCore → EVM withdrawal;
    * `recipient` **and** `hypercoreDepositNonce` — a deposit into HyperCore.

    Every parameter is optional on its own, but a request matching none of these combinations is
    rejected with
    400 `IncorrectQueryParamsException`. (Upstream marks `depositTxnRef` as required, which wrongly
    rules out the
    other lookups.) When one transaction emitted several deposits, pick one with the 0-based `index`;
    the response's
    `pagination.maxIndex` tells how many there are.

    Served by the Across indexer: a new deposit shows up after roughly 1-15 seconds. Its errors come in
    two
    envelopes: the indexer's own `{error, message}` (what the service code sends) and the app's
    `{type, code, status, message}` (what upstream's documentation examples show); both are accepted.

    Args:
        deposit_txn_ref (str | Unset):
        deposit_tx_hash (str | Unset):
        origin_chain_id (int | Unset): Numeric chain id (EVM chain id; Solana 34268394551451,
            HyperCore 1337). Upstream restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open
            set, so the enum is
            not carried over.
             Example: 10.
        deposit_id (str | Unset):
        relay_data_hash (str | Unset):
        index (int | Unset):  Default: 0.
        from_ (str | Unset):
        hypercore_withdrawal_nonce (str | Unset):
        hypercore_deposit_nonce (str | Unset):
        recipient (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AcrossApiError | IndexerError | DepositStatusResponse]
    """

    kwargs = build_request(
        deposit_txn_ref=deposit_txn_ref,
        deposit_tx_hash=deposit_tx_hash,
        origin_chain_id=origin_chain_id,
        deposit_id=deposit_id,
        relay_data_hash=relay_data_hash,
        index=index,
        from_=from_,
        hypercore_withdrawal_nonce=hypercore_withdrawal_nonce,
        hypercore_deposit_nonce=hypercore_deposit_nonce,
        recipient=recipient,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    deposit_txn_ref: str | Unset = UNSET,
    deposit_tx_hash: str | Unset = UNSET,
    origin_chain_id: int | Unset = UNSET,
    deposit_id: str | Unset = UNSET,
    relay_data_hash: str | Unset = UNSET,
    index: int | Unset = 0,
    from_: str | Unset = UNSET,
    hypercore_withdrawal_nonce: str | Unset = UNSET,
    hypercore_deposit_nonce: str | Unset = UNSET,
    recipient: str | Unset = UNSET,
) -> AcrossApiError | IndexerError | DepositStatusResponse | None:
    """Track the fill status of a deposit

     Looks up one deposit and reports where it is in its lifecycle (pending, filled, expired, refunded,
    ...) along
    with the deposit, fill and refund transaction hashes. Besides Across intents it also resolves CCTP
    and OFT
    transfers sent through Across (those only ever report `pending` or `filled`).

    Identify the deposit with exactly one of:
    * `depositTxnRef` (or its legacy alias `depositTxHash`) — the origin-chain transaction hash;
    * `depositId` **and** `originChainId` together;
    * `relayDataHash`;
    * `from` **and** `hypercoreWithdrawalNonce` — a HyperCore → EVM withdrawal;
    * `recipient` **and** `hypercoreDepositNonce` — a deposit into HyperCore.

    Every parameter is optional on its own, but a request matching none of these combinations is
    rejected with
    400 `IncorrectQueryParamsException`. (Upstream marks `depositTxnRef` as required, which wrongly
    rules out the
    other lookups.) When one transaction emitted several deposits, pick one with the 0-based `index`;
    the response's
    `pagination.maxIndex` tells how many there are.

    Served by the Across indexer: a new deposit shows up after roughly 1-15 seconds. Its errors come in
    two
    envelopes: the indexer's own `{error, message}` (what the service code sends) and the app's
    `{type, code, status, message}` (what upstream's documentation examples show); both are accepted.

    Args:
        deposit_txn_ref (str | Unset):
        deposit_tx_hash (str | Unset):
        origin_chain_id (int | Unset): Numeric chain id (EVM chain id; Solana 34268394551451,
            HyperCore 1337). Upstream restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open
            set, so the enum is
            not carried over.
             Example: 10.
        deposit_id (str | Unset):
        relay_data_hash (str | Unset):
        index (int | Unset):  Default: 0.
        from_ (str | Unset):
        hypercore_withdrawal_nonce (str | Unset):
        hypercore_deposit_nonce (str | Unset):
        recipient (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AcrossApiError | IndexerError | DepositStatusResponse
    """

    return sync_detailed(
        client=client,
        deposit_txn_ref=deposit_txn_ref,
        deposit_tx_hash=deposit_tx_hash,
        origin_chain_id=origin_chain_id,
        deposit_id=deposit_id,
        relay_data_hash=relay_data_hash,
        index=index,
        from_=from_,
        hypercore_withdrawal_nonce=hypercore_withdrawal_nonce,
        hypercore_deposit_nonce=hypercore_deposit_nonce,
        recipient=recipient,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    deposit_txn_ref: str | Unset = UNSET,
    deposit_tx_hash: str | Unset = UNSET,
    origin_chain_id: int | Unset = UNSET,
    deposit_id: str | Unset = UNSET,
    relay_data_hash: str | Unset = UNSET,
    index: int | Unset = 0,
    from_: str | Unset = UNSET,
    hypercore_withdrawal_nonce: str | Unset = UNSET,
    hypercore_deposit_nonce: str | Unset = UNSET,
    recipient: str | Unset = UNSET,
) -> Response[AcrossApiError | IndexerError | DepositStatusResponse]:
    """Track the fill status of a deposit

     Looks up one deposit and reports where it is in its lifecycle (pending, filled, expired, refunded,
    ...) along
    with the deposit, fill and refund transaction hashes. Besides Across intents it also resolves CCTP
    and OFT
    transfers sent through Across (those only ever report `pending` or `filled`).

    Identify the deposit with exactly one of:
    * `depositTxnRef` (or its legacy alias `depositTxHash`) — the origin-chain transaction hash;
    * `depositId` **and** `originChainId` together;
    * `relayDataHash`;
    * `from` **and** `hypercoreWithdrawalNonce` — a HyperCore → EVM withdrawal;
    * `recipient` **and** `hypercoreDepositNonce` — a deposit into HyperCore.

    Every parameter is optional on its own, but a request matching none of these combinations is
    rejected with
    400 `IncorrectQueryParamsException`. (Upstream marks `depositTxnRef` as required, which wrongly
    rules out the
    other lookups.) When one transaction emitted several deposits, pick one with the 0-based `index`;
    the response's
    `pagination.maxIndex` tells how many there are.

    Served by the Across indexer: a new deposit shows up after roughly 1-15 seconds. Its errors come in
    two
    envelopes: the indexer's own `{error, message}` (what the service code sends) and the app's
    `{type, code, status, message}` (what upstream's documentation examples show); both are accepted.

    Args:
        deposit_txn_ref (str | Unset):
        deposit_tx_hash (str | Unset):
        origin_chain_id (int | Unset): Numeric chain id (EVM chain id; Solana 34268394551451,
            HyperCore 1337). Upstream restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open
            set, so the enum is
            not carried over.
             Example: 10.
        deposit_id (str | Unset):
        relay_data_hash (str | Unset):
        index (int | Unset):  Default: 0.
        from_ (str | Unset):
        hypercore_withdrawal_nonce (str | Unset):
        hypercore_deposit_nonce (str | Unset):
        recipient (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AcrossApiError | IndexerError | DepositStatusResponse]
    """

    kwargs = build_request(
        deposit_txn_ref=deposit_txn_ref,
        deposit_tx_hash=deposit_tx_hash,
        origin_chain_id=origin_chain_id,
        deposit_id=deposit_id,
        relay_data_hash=relay_data_hash,
        index=index,
        from_=from_,
        hypercore_withdrawal_nonce=hypercore_withdrawal_nonce,
        hypercore_deposit_nonce=hypercore_deposit_nonce,
        recipient=recipient,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    deposit_txn_ref: str | Unset = UNSET,
    deposit_tx_hash: str | Unset = UNSET,
    origin_chain_id: int | Unset = UNSET,
    deposit_id: str | Unset = UNSET,
    relay_data_hash: str | Unset = UNSET,
    index: int | Unset = 0,
    from_: str | Unset = UNSET,
    hypercore_withdrawal_nonce: str | Unset = UNSET,
    hypercore_deposit_nonce: str | Unset = UNSET,
    recipient: str | Unset = UNSET,
) -> AcrossApiError | IndexerError | DepositStatusResponse | None:
    """Track the fill status of a deposit

     Looks up one deposit and reports where it is in its lifecycle (pending, filled, expired, refunded,
    ...) along
    with the deposit, fill and refund transaction hashes. Besides Across intents it also resolves CCTP
    and OFT
    transfers sent through Across (those only ever report `pending` or `filled`).

    Identify the deposit with exactly one of:
    * `depositTxnRef` (or its legacy alias `depositTxHash`) — the origin-chain transaction hash;
    * `depositId` **and** `originChainId` together;
    * `relayDataHash`;
    * `from` **and** `hypercoreWithdrawalNonce` — a HyperCore → EVM withdrawal;
    * `recipient` **and** `hypercoreDepositNonce` — a deposit into HyperCore.

    Every parameter is optional on its own, but a request matching none of these combinations is
    rejected with
    400 `IncorrectQueryParamsException`. (Upstream marks `depositTxnRef` as required, which wrongly
    rules out the
    other lookups.) When one transaction emitted several deposits, pick one with the 0-based `index`;
    the response's
    `pagination.maxIndex` tells how many there are.

    Served by the Across indexer: a new deposit shows up after roughly 1-15 seconds. Its errors come in
    two
    envelopes: the indexer's own `{error, message}` (what the service code sends) and the app's
    `{type, code, status, message}` (what upstream's documentation examples show); both are accepted.

    Args:
        deposit_txn_ref (str | Unset):
        deposit_tx_hash (str | Unset):
        origin_chain_id (int | Unset): Numeric chain id (EVM chain id; Solana 34268394551451,
            HyperCore 1337). Upstream restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open
            set, so the enum is
            not carried over.
             Example: 10.
        deposit_id (str | Unset):
        relay_data_hash (str | Unset):
        index (int | Unset):  Default: 0.
        from_ (str | Unset):
        hypercore_withdrawal_nonce (str | Unset):
        hypercore_deposit_nonce (str | Unset):
        recipient (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AcrossApiError | IndexerError | DepositStatusResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            deposit_txn_ref=deposit_txn_ref,
            deposit_tx_hash=deposit_tx_hash,
            origin_chain_id=origin_chain_id,
            deposit_id=deposit_id,
            relay_data_hash=relay_data_hash,
            index=index,
            from_=from_,
            hypercore_withdrawal_nonce=hypercore_withdrawal_nonce,
            hypercore_deposit_nonce=hypercore_deposit_nonce,
            recipient=recipient,
        )
    ).parsed
