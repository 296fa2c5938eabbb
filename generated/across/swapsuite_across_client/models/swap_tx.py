from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..models.swap_tx_ecosystem import SwapTxEcosystem
from ..types import UNSET, Unset, is_integer

T = TypeVar("T", bound="SwapTx")
_KNOWN_KEYS = frozenset(
    (
        "simulationSuccess",
        "chainId",
        "to",
        "data",
        "ecosystem",
        "value",
        "gas",
        "maxFeePerGas",
        "maxPriorityFeePerGas",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["simulationSuccess"] = self.simulation_success

        field_dict["chainId"] = self.chain_id

        field_dict["to"] = self.to

        field_dict["data"] = self.data

        if self.ecosystem is not UNSET:
            field_dict["ecosystem"] = self.ecosystem.value

        if self.value is not UNSET:
            field_dict["value"] = self.value

        if self.gas is not UNSET:
            field_dict["gas"] = self.gas

        if self.max_fee_per_gas is not UNSET:
            field_dict["maxFeePerGas"] = self.max_fee_per_gas

        if self.max_priority_fee_per_gas is not UNSET:
            field_dict["maxPriorityFeePerGas"] = self.max_priority_fee_per_gas

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object, checking every property's JSON type against the spec.

        Raises ``TypeMismatch`` (a ``ValueError``) naming the JSON path of a wrong-typed value, ``MissingProperty``
        for an absent required property.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeMismatch("object", src_dict)
        try:
            simulation_success = src_dict["simulationSuccess"]
            chain_id = src_dict["chainId"]
            to = src_dict["to"]
            data = src_dict["data"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not (simulation_success is True or simulation_success is False):
            raise TypeMismatch("boolean", simulation_success, "simulationSuccess")

        if not (type(chain_id) is int or is_integer(chain_id)):
            raise TypeMismatch("integer", chain_id, "chainId")

        if not isinstance(to, str):
            raise TypeMismatch("string", to, "to")

        if not isinstance(data, str):
            raise TypeMismatch("string", data, "data")

        _seen = 4
        ecosystem = src_dict.get("ecosystem", UNSET)
        if ecosystem is not UNSET:
            _seen += 1
            if not isinstance(ecosystem, str):
                raise TypeMismatch("string", ecosystem, "ecosystem")
            ecosystem = _SwapTxEcosystem_BY_VALUE.get(ecosystem) or SwapTxEcosystem(ecosystem)

        value = src_dict.get("value", UNSET)
        if value is not UNSET:
            _seen += 1
            if not isinstance(value, str):
                raise TypeMismatch("string", value, "value")

        gas = src_dict.get("gas", UNSET)
        if gas is not UNSET:
            _seen += 1
            if not isinstance(gas, str):
                raise TypeMismatch("string", gas, "gas")

        max_fee_per_gas = src_dict.get("maxFeePerGas", UNSET)
        if max_fee_per_gas is not UNSET:
            _seen += 1
            if not isinstance(max_fee_per_gas, str):
                raise TypeMismatch("string", max_fee_per_gas, "maxFeePerGas")

        max_priority_fee_per_gas = src_dict.get("maxPriorityFeePerGas", UNSET)
        if max_priority_fee_per_gas is not UNSET:
            _seen += 1
            if not isinstance(max_priority_fee_per_gas, str):
                raise TypeMismatch("string", max_priority_fee_per_gas, "maxPriorityFeePerGas")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.simulation_success = simulation_success
        _model.chain_id = chain_id
        _model.to = to
        _model.data = data
        _model.ecosystem = ecosystem
        _model.value = value
        _model.gas = gas
        _model.max_fee_per_gas = max_fee_per_gas
        _model.max_priority_fee_per_gas = max_priority_fee_per_gas
        _model.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS} if len(src_dict) != _seen else {}
        )
        return _model

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


# Bound once at import: on every from_dict call these attribute lookups would cost more than the type checks.
_new_object = object.__new__
_SwapTxEcosystem_BY_VALUE = SwapTxEcosystem._value2member_map_  # known values only; see from_dict
