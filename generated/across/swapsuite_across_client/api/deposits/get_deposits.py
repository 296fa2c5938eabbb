from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.across_api_error import AcrossApiError
from ...models.deposit import Deposit
from ...models.deposit_type import DepositType
from ...models.indexer_error import IndexerError
from ...models.relay_status_filter import RelayStatusFilter
from ...types import UNSET, Response, Unset


def build_request(
    *,
    limit: int | Unset = 50,
    skip: int | Unset = UNSET,
    depositor: str | Unset = UNSET,
    address: str | Unset = UNSET,
    recipient: str | Unset = UNSET,
    origin_chain_id: int | Unset = UNSET,
    destination_chain_id: int | Unset = UNSET,
    input_token: str | Unset = UNSET,
    output_token: str | Unset = UNSET,
    integrator_id: str | Unset = UNSET,
    status: RelayStatusFilter | Unset = UNSET,
    deposit_type: DepositType | Unset = UNSET,
    start_block: int | Unset = UNSET,
    end_block: int | Unset = UNSET,
    start_fill_block: int | Unset = UNSET,
    end_fill_block: int | Unset = UNSET,
) -> dict[str, Any]:
    """Build the ``GET /deposits`` request without sending it.

    The result is the keyword arguments of ``httpx.Client.request``: ``method``, ``url`` (the path relative to the
    client's ``base_url``, path parameters quoted) and, when the operation has them, ``params`` (query parameters,
    unset ones left out), ``headers`` (header parameters and the body's Content-Type), ``cookies`` and the encoded
    body (``json``, ``data``, ``files`` or ``content``). ``sync_detailed`` sends exactly
    ``client.get_httpx_client().request(**build_request(...))``; the client adds its base URL, auth and timeout.

    Args:
        limit (int | Unset):  Default: 50.
        skip (int | Unset):
        depositor (str | Unset):
        address (str | Unset):
        recipient (str | Unset):
        origin_chain_id (int | Unset): Numeric chain id (EVM chain id; Solana 34268394551451,
            HyperCore 1337). Upstream restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open
            set, so the enum is
            not carried over.
             Example: 10.
        destination_chain_id (int | Unset): Numeric chain id (EVM chain id; Solana 34268394551451,
            HyperCore 1337). Upstream restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open
            set, so the enum is
            not carried over.
             Example: 10.
        input_token (str | Unset):
        output_token (str | Unset):
        integrator_id (str | Unset):
        status (RelayStatusFilter | Unset): The stored deposit states `/deposits?status=` accepts
            (the indexer's `RelayStatus` enum).
        deposit_type (DepositType | Unset): Kind of transfer — an Across intent
            (`V3FundsDeposited`), a CCTP burn or an OFT send.
        start_block (int | Unset):
        end_block (int | Unset):
        start_fill_block (int | Unset):
        end_fill_block (int | Unset):

    Returns:
        dict[str, Any]: httpx request keyword arguments; nothing is sent.
    """

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["skip"] = skip

    params["depositor"] = depositor

    params["address"] = address

    params["recipient"] = recipient

    params["originChainId"] = origin_chain_id

    params["destinationChainId"] = destination_chain_id

    params["inputToken"] = input_token

    params["outputToken"] = output_token

    params["integratorId"] = integrator_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_deposit_type: str | Unset = UNSET
    if not isinstance(deposit_type, Unset):
        json_deposit_type = deposit_type.value

    params["depositType"] = json_deposit_type

    params["startBlock"] = start_block

    params["endBlock"] = end_block

    params["startFillBlock"] = start_fill_block

    params["endFillBlock"] = end_fill_block

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/deposits",
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request  # the stock generator's private name, for code written against it


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AcrossApiError | IndexerError | list[Deposit] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Deposit.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[AcrossApiError | IndexerError | list[Deposit]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    skip: int | Unset = UNSET,
    depositor: str | Unset = UNSET,
    address: str | Unset = UNSET,
    recipient: str | Unset = UNSET,
    origin_chain_id: int | Unset = UNSET,
    destination_chain_id: int | Unset = UNSET,
    input_token: str | Unset = UNSET,
    output_token: str | Unset = UNSET,
    integrator_id: str | Unset = UNSET,
    status: RelayStatusFilter | Unset = UNSET,
    deposit_type: DepositType | Unset = UNSET,
    start_block: int | Unset = UNSET,
    end_block: int | Unset = UNSET,
    start_fill_block: int | Unset = UNSET,
    end_fill_block: int | Unset = UNSET,
) -> Response[AcrossApiError | IndexerError | list[Deposit]]:
    """List deposits, filtered

     Returns deposits (Across intents plus CCTP/OFT transfers routed through Across), newest first,
    filtered by
    any combination of the parameters below (all optional; they combine with AND). Paginate with
    `skip`/`limit`.
    Served by the Across indexer, so recent deposits appear after roughly 1-15 seconds.

    Upstream documents only `limit`, `skip`, `depositor` and `address`; the other filters are the
    indexer's
    (`DepositsParams` in across-protocol/indexer `packages/indexer-api/src/dtos/deposits.dto.ts`).
    `integratorId`
    and the statuses only Across intents have (`slowFillRequested`, `slowFilled`, `expired`, `refunded`)
    leave
    CCTP and OFT transfers out.

    Upstream declares the 200 body as a single object although the service (and upstream's own example)
    return
    an array of deposit records; the array is modelled here.

    Args:
        limit (int | Unset):  Default: 50.
        skip (int | Unset):
        depositor (str | Unset):
        address (str | Unset):
        recipient (str | Unset):
        origin_chain_id (int | Unset): Numeric chain id (EVM chain id; Solana 34268394551451,
            HyperCore 1337). Upstream restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open
            set, so the enum is
            not carried over.
             Example: 10.
        destination_chain_id (int | Unset): Numeric chain id (EVM chain id; Solana 34268394551451,
            HyperCore 1337). Upstream restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open
            set, so the enum is
            not carried over.
             Example: 10.
        input_token (str | Unset):
        output_token (str | Unset):
        integrator_id (str | Unset):
        status (RelayStatusFilter | Unset): The stored deposit states `/deposits?status=` accepts
            (the indexer's `RelayStatus` enum).
        deposit_type (DepositType | Unset): Kind of transfer — an Across intent
            (`V3FundsDeposited`), a CCTP burn or an OFT send.
        start_block (int | Unset):
        end_block (int | Unset):
        start_fill_block (int | Unset):
        end_fill_block (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AcrossApiError | IndexerError | list[Deposit]]
    """

    kwargs = build_request(
        limit=limit,
        skip=skip,
        depositor=depositor,
        address=address,
        recipient=recipient,
        origin_chain_id=origin_chain_id,
        destination_chain_id=destination_chain_id,
        input_token=input_token,
        output_token=output_token,
        integrator_id=integrator_id,
        status=status,
        deposit_type=deposit_type,
        start_block=start_block,
        end_block=end_block,
        start_fill_block=start_fill_block,
        end_fill_block=end_fill_block,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    skip: int | Unset = UNSET,
    depositor: str | Unset = UNSET,
    address: str | Unset = UNSET,
    recipient: str | Unset = UNSET,
    origin_chain_id: int | Unset = UNSET,
    destination_chain_id: int | Unset = UNSET,
    input_token: str | Unset = UNSET,
    output_token: str | Unset = UNSET,
    integrator_id: str | Unset = UNSET,
    status: RelayStatusFilter | Unset = UNSET,
    deposit_type: DepositType | Unset = UNSET,
    start_block: int | Unset = UNSET,
    end_block: int | Unset = UNSET,
    start_fill_block: int | Unset = UNSET,
    end_fill_block: int | Unset = UNSET,
) -> AcrossApiError | IndexerError | list[Deposit] | None:
    """List deposits, filtered

     Returns deposits (Across intents plus CCTP/OFT transfers routed through Across), newest first,
    filtered by
    any combination of the parameters below (all optional; they combine with AND). Paginate with
    `skip`/`limit`.
    Served by the Across indexer, so recent deposits appear after roughly 1-15 seconds.

    Upstream documents only `limit`, `skip`, `depositor` and `address`; the other filters are the
    indexer's
    (`DepositsParams` in across-protocol/indexer `packages/indexer-api/src/dtos/deposits.dto.ts`).
    `integratorId`
    and the statuses only Across intents have (`slowFillRequested`, `slowFilled`, `expired`, `refunded`)
    leave
    CCTP and OFT transfers out.

    Upstream declares the 200 body as a single object although the service (and upstream's own example)
    return
    an array of deposit records; the array is modelled here.

    Args:
        limit (int | Unset):  Default: 50.
        skip (int | Unset):
        depositor (str | Unset):
        address (str | Unset):
        recipient (str | Unset):
        origin_chain_id (int | Unset): Numeric chain id (EVM chain id; Solana 34268394551451,
            HyperCore 1337). Upstream restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open
            set, so the enum is
            not carried over.
             Example: 10.
        destination_chain_id (int | Unset): Numeric chain id (EVM chain id; Solana 34268394551451,
            HyperCore 1337). Upstream restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open
            set, so the enum is
            not carried over.
             Example: 10.
        input_token (str | Unset):
        output_token (str | Unset):
        integrator_id (str | Unset):
        status (RelayStatusFilter | Unset): The stored deposit states `/deposits?status=` accepts
            (the indexer's `RelayStatus` enum).
        deposit_type (DepositType | Unset): Kind of transfer — an Across intent
            (`V3FundsDeposited`), a CCTP burn or an OFT send.
        start_block (int | Unset):
        end_block (int | Unset):
        start_fill_block (int | Unset):
        end_fill_block (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AcrossApiError | IndexerError | list[Deposit]
    """

    return sync_detailed(
        client=client,
        limit=limit,
        skip=skip,
        depositor=depositor,
        address=address,
        recipient=recipient,
        origin_chain_id=origin_chain_id,
        destination_chain_id=destination_chain_id,
        input_token=input_token,
        output_token=output_token,
        integrator_id=integrator_id,
        status=status,
        deposit_type=deposit_type,
        start_block=start_block,
        end_block=end_block,
        start_fill_block=start_fill_block,
        end_fill_block=end_fill_block,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    skip: int | Unset = UNSET,
    depositor: str | Unset = UNSET,
    address: str | Unset = UNSET,
    recipient: str | Unset = UNSET,
    origin_chain_id: int | Unset = UNSET,
    destination_chain_id: int | Unset = UNSET,
    input_token: str | Unset = UNSET,
    output_token: str | Unset = UNSET,
    integrator_id: str | Unset = UNSET,
    status: RelayStatusFilter | Unset = UNSET,
    deposit_type: DepositType | Unset = UNSET,
    start_block: int | Unset = UNSET,
    end_block: int | Unset = UNSET,
    start_fill_block: int | Unset = UNSET,
    end_fill_block: int | Unset = UNSET,
) -> Response[AcrossApiError | IndexerError | list[Deposit]]:
    """List deposits, filtered

     Returns deposits (Across intents plus CCTP/OFT transfers routed through Across), newest first,
    filtered by
    any combination of the parameters below (all optional; they combine with AND). Paginate with
    `skip`/`limit`.
    Served by the Across indexer, so recent deposits appear after roughly 1-15 seconds.

    Upstream documents only `limit`, `skip`, `depositor` and `address`; the other filters are the
    indexer's
    (`DepositsParams` in across-protocol/indexer `packages/indexer-api/src/dtos/deposits.dto.ts`).
    `integratorId`
    and the statuses only Across intents have (`slowFillRequested`, `slowFilled`, `expired`, `refunded`)
    leave
    CCTP and OFT transfers out.

    Upstream declares the 200 body as a single object although the service (and upstream's own example)
    return
    an array of deposit records; the array is modelled here.

    Args:
        limit (int | Unset):  Default: 50.
        skip (int | Unset):
        depositor (str | Unset):
        address (str | Unset):
        recipient (str | Unset):
        origin_chain_id (int | Unset): Numeric chain id (EVM chain id; Solana 34268394551451,
            HyperCore 1337). Upstream restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open
            set, so the enum is
            not carried over.
             Example: 10.
        destination_chain_id (int | Unset): Numeric chain id (EVM chain id; Solana 34268394551451,
            HyperCore 1337). Upstream restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open
            set, so the enum is
            not carried over.
             Example: 10.
        input_token (str | Unset):
        output_token (str | Unset):
        integrator_id (str | Unset):
        status (RelayStatusFilter | Unset): The stored deposit states `/deposits?status=` accepts
            (the indexer's `RelayStatus` enum).
        deposit_type (DepositType | Unset): Kind of transfer — an Across intent
            (`V3FundsDeposited`), a CCTP burn or an OFT send.
        start_block (int | Unset):
        end_block (int | Unset):
        start_fill_block (int | Unset):
        end_fill_block (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AcrossApiError | IndexerError | list[Deposit]]
    """

    kwargs = build_request(
        limit=limit,
        skip=skip,
        depositor=depositor,
        address=address,
        recipient=recipient,
        origin_chain_id=origin_chain_id,
        destination_chain_id=destination_chain_id,
        input_token=input_token,
        output_token=output_token,
        integrator_id=integrator_id,
        status=status,
        deposit_type=deposit_type,
        start_block=start_block,
        end_block=end_block,
        start_fill_block=start_fill_block,
        end_fill_block=end_fill_block,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    skip: int | Unset = UNSET,
    depositor: str | Unset = UNSET,
    address: str | Unset = UNSET,
    recipient: str | Unset = UNSET,
    origin_chain_id: int | Unset = UNSET,
    destination_chain_id: int | Unset = UNSET,
    input_token: str | Unset = UNSET,
    output_token: str | Unset = UNSET,
    integrator_id: str | Unset = UNSET,
    status: RelayStatusFilter | Unset = UNSET,
    deposit_type: DepositType | Unset = UNSET,
    start_block: int | Unset = UNSET,
    end_block: int | Unset = UNSET,
    start_fill_block: int | Unset = UNSET,
    end_fill_block: int | Unset = UNSET,
) -> AcrossApiError | IndexerError | list[Deposit] | None:
    """List deposits, filtered

     Returns deposits (Across intents plus CCTP/OFT transfers routed through Across), newest first,
    filtered by
    any combination of the parameters below (all optional; they combine with AND). Paginate with
    `skip`/`limit`.
    Served by the Across indexer, so recent deposits appear after roughly 1-15 seconds.

    Upstream documents only `limit`, `skip`, `depositor` and `address`; the other filters are the
    indexer's
    (`DepositsParams` in across-protocol/indexer `packages/indexer-api/src/dtos/deposits.dto.ts`).
    `integratorId`
    and the statuses only Across intents have (`slowFillRequested`, `slowFilled`, `expired`, `refunded`)
    leave
    CCTP and OFT transfers out.

    Upstream declares the 200 body as a single object although the service (and upstream's own example)
    return
    an array of deposit records; the array is modelled here.

    Args:
        limit (int | Unset):  Default: 50.
        skip (int | Unset):
        depositor (str | Unset):
        address (str | Unset):
        recipient (str | Unset):
        origin_chain_id (int | Unset): Numeric chain id (EVM chain id; Solana 34268394551451,
            HyperCore 1337). Upstream restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open
            set, so the enum is
            not carried over.
             Example: 10.
        destination_chain_id (int | Unset): Numeric chain id (EVM chain id; Solana 34268394551451,
            HyperCore 1337). Upstream restricts this to an enum of
            eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open
            set, so the enum is
            not carried over.
             Example: 10.
        input_token (str | Unset):
        output_token (str | Unset):
        integrator_id (str | Unset):
        status (RelayStatusFilter | Unset): The stored deposit states `/deposits?status=` accepts
            (the indexer's `RelayStatus` enum).
        deposit_type (DepositType | Unset): Kind of transfer — an Across intent
            (`V3FundsDeposited`), a CCTP burn or an OFT send.
        start_block (int | Unset):
        end_block (int | Unset):
        start_fill_block (int | Unset):
        end_fill_block (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AcrossApiError | IndexerError | list[Deposit]
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            skip=skip,
            depositor=depositor,
            address=address,
            recipient=recipient,
            origin_chain_id=origin_chain_id,
            destination_chain_id=destination_chain_id,
            input_token=input_token,
            output_token=output_token,
            integrator_id=integrator_id,
            status=status,
            deposit_type=deposit_type,
            start_block=start_block,
            end_block=end_block,
            start_fill_block=start_fill_block,
            end_fill_block=end_fill_block,
        )
    ).parsed
