from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.swap_tx_ecosystem import SwapTxEcosystem
from ..types import UNSET, Unset

T = TypeVar("T", bound="SwapTx")


@_attrs_define
class SwapTx:
    """Transaction to sign and send on the origin chain. For EVM origins it is a plain transaction (`to`, `data`,
    optional `value` and fee fields); for Solana origins (`ecosystem` = `svm`) `data` holds the serialized
    transaction and there are no gas fields.

        Attributes:
            simulation_success (bool): Whether the server's simulation of the transaction succeeded (false when estimation
                was skipped or on SVM).
            chain_id (int): Numeric chain id (EVM chain id; Solana 34268394551451, HyperCore 1337). Upstream restricts this
                to an enum of
                eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open set, so the enum is
                not carried over.
                 Example: 10.
            to (str): Contract to call.
            data (str): Calldata (EVM) or serialized transaction (SVM).
            ecosystem (SwapTxEcosystem | Unset): Virtual machine family of the origin chain. Not in the upstream spec; not
                always present.
            value (str | Unset): Native value to attach, in wei (present when the input is the native token). Not in the
                upstream spec.
            gas (str | Unset): Estimated gas limit (absent when the simulation was skipped).
            max_fee_per_gas (str | Unset):
            max_priority_fee_per_gas (str | Unset):
    """

    simulation_success: bool
    chain_id: int
    to: str
    data: str
    ecosystem: SwapTxEcosystem | Unset = UNSET
    value: str | Unset = UNSET
    gas: str | Unset = UNSET
    max_fee_per_gas: str | Unset = UNSET
    max_priority_fee_per_gas: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        simulation_success = self.simulation_success

        chain_id = self.chain_id

        to = self.to

        data = self.data

        ecosystem: str | Unset = UNSET
        if not isinstance(self.ecosystem, Unset):
            ecosystem = self.ecosystem.value

        value = self.value

        gas = self.gas

        max_fee_per_gas = self.max_fee_per_gas

        max_priority_fee_per_gas = self.max_priority_fee_per_gas

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "simulationSuccess": simulation_success,
                "chainId": chain_id,
                "to": to,
                "data": data,
            }
        )
        if ecosystem is not UNSET:
            field_dict["ecosystem"] = ecosystem
        if value is not UNSET:
            field_dict["value"] = value
        if gas is not UNSET:
            field_dict["gas"] = gas
        if max_fee_per_gas is not UNSET:
            field_dict["maxFeePerGas"] = max_fee_per_gas
        if max_priority_fee_per_gas is not UNSET:
            field_dict["maxPriorityFeePerGas"] = max_priority_fee_per_gas

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        simulation_success = d.pop("simulationSuccess")

        chain_id = d.pop("chainId")

        to = d.pop("to")

        data = d.pop("data")

        _ecosystem = d.pop("ecosystem", UNSET)
        ecosystem: SwapTxEcosystem | Unset
        if isinstance(_ecosystem, Unset):
            ecosystem = UNSET
        else:
            ecosystem = SwapTxEcosystem(_ecosystem)

        value = d.pop("value", UNSET)

        gas = d.pop("gas", UNSET)

        max_fee_per_gas = d.pop("maxFeePerGas", UNSET)

        max_priority_fee_per_gas = d.pop("maxPriorityFeePerGas", UNSET)

        swap_tx = cls(
            simulation_success=simulation_success,
            chain_id=chain_id,
            to=to,
            data=data,
            ecosystem=ecosystem,
            value=value,
            gas=gas,
            max_fee_per_gas=max_fee_per_gas,
            max_priority_fee_per_gas=max_priority_fee_per_gas,
        )

        swap_tx.additional_properties = d
        return swap_tx

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
