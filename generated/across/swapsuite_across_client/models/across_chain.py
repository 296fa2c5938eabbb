from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingProperty, TypeMismatch
from ..types import UNSET, Unset, is_integer

T = TypeVar("T", bound="AcrossChain")
_KNOWN_KEYS = frozenset(
    (
        "chainId",
        "name",
        "publicRpcUrl",
        "explorerUrl",
        "logoUrl",
        "spokePool",
        "inputTokens",
        "outputTokens",
        "spokePoolBlock",
    )
)


@_attrs_define
class AcrossChain:
    """One `/chains` entry. Every field but `spokePoolBlock` is in every published sample (frontend
    `src/data/chains_1.json`, toolkit `test/mocks/data/chains.ts`) and in the SDK's `AcrossChain` type.

        Attributes:
            chain_id (int): Numeric chain id (EVM chain id; Solana 34268394551451, HyperCore 1337). Upstream restricts this
                to an enum of
                eleven ids, which omits most supported chains (see `/swap/chains`); chain ids are an open set, so the enum is
                not carried over.
                 Example: 10.
            name (str):
            public_rpc_url (str):
            explorer_url (str):
            logo_url (str):
            spoke_pool (str): The chain's SpokePool — where deposits are made and fills land.
            input_tokens (list[ChainTokenInfo]):
            output_tokens (list[ChainTokenInfo]):
            spoke_pool_block (int | Unset): Block the SpokePool was deployed at (a lower bound for log searches). Not in the
                SDK's type.
    """

    chain_id: int
    name: str
    public_rpc_url: str
    explorer_url: str
    logo_url: str
    spoke_pool: str
    input_tokens: list[ChainTokenInfo]
    output_tokens: list[ChainTokenInfo]
    spoke_pool_block: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["chainId"] = self.chain_id

        field_dict["name"] = self.name

        field_dict["publicRpcUrl"] = self.public_rpc_url

        field_dict["explorerUrl"] = self.explorer_url

        field_dict["logoUrl"] = self.logo_url

        field_dict["spokePool"] = self.spoke_pool

        input_tokens_list: list[Any] = []
        for input_tokens_item in self.input_tokens:
            input_tokens_out = input_tokens_item.to_dict()

            input_tokens_list.append(input_tokens_out)
        field_dict["inputTokens"] = input_tokens_list

        output_tokens_list: list[Any] = []
        for output_tokens_item in self.output_tokens:
            output_tokens_out = output_tokens_item.to_dict()

            output_tokens_list.append(output_tokens_out)
        field_dict["outputTokens"] = output_tokens_list

        if self.spoke_pool_block is not UNSET:
            field_dict["spokePoolBlock"] = self.spoke_pool_block

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
            chain_id = src_dict["chainId"]
            name = src_dict["name"]
            public_rpc_url = src_dict["publicRpcUrl"]
            explorer_url = src_dict["explorerUrl"]
            logo_url = src_dict["logoUrl"]
            spoke_pool = src_dict["spokePool"]
            input_tokens = src_dict["inputTokens"]
            output_tokens = src_dict["outputTokens"]
        except KeyError as _exc:
            raise MissingProperty(_exc.args[0]) from None
        if not (type(chain_id) is int or is_integer(chain_id)):
            raise TypeMismatch("integer", chain_id, "chainId")

        if not isinstance(name, str):
            raise TypeMismatch("string", name, "name")

        if not isinstance(public_rpc_url, str):
            raise TypeMismatch("string", public_rpc_url, "publicRpcUrl")

        if not isinstance(explorer_url, str):
            raise TypeMismatch("string", explorer_url, "explorerUrl")

        if not isinstance(logo_url, str):
            raise TypeMismatch("string", logo_url, "logoUrl")

        if not isinstance(spoke_pool, str):
            raise TypeMismatch("string", spoke_pool, "spokePool")

        if not isinstance(input_tokens, list):
            raise TypeMismatch("array", input_tokens, "inputTokens")
        input_tokens_list: list[Any] = []
        try:
            for input_tokens_item in input_tokens:
                input_tokens_item = ChainTokenInfo.from_dict(input_tokens_item)

                input_tokens_list.append(input_tokens_item)
        except TypeMismatch as _exc:
            _exc.prepend("inputTokens", len(input_tokens_list))
            raise
        input_tokens = input_tokens_list

        if not isinstance(output_tokens, list):
            raise TypeMismatch("array", output_tokens, "outputTokens")
        output_tokens_list: list[Any] = []
        try:
            for output_tokens_item in output_tokens:
                output_tokens_item = ChainTokenInfo.from_dict(output_tokens_item)

                output_tokens_list.append(output_tokens_item)
        except TypeMismatch as _exc:
            _exc.prepend("outputTokens", len(output_tokens_list))
            raise
        output_tokens = output_tokens_list

        _seen = 8
        spoke_pool_block = src_dict.get("spokePoolBlock", UNSET)
        if spoke_pool_block is not UNSET:
            _seen += 1
            if not (type(spoke_pool_block) is int or is_integer(spoke_pool_block)):
                raise TypeMismatch("integer", spoke_pool_block, "spokePoolBlock")

        # attrs' __init__ would bind keywords and build an additional_properties dict only to replace it:
        # every attribute is set here instead.
        _model = _new_object(cls)
        _model.chain_id = chain_id
        _model.name = name
        _model.public_rpc_url = public_rpc_url
        _model.explorer_url = explorer_url
        _model.logo_url = logo_url
        _model.spoke_pool = spoke_pool
        _model.input_tokens = input_tokens
        _model.output_tokens = output_tokens
        _model.spoke_pool_block = spoke_pool_block
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

# Models that may refer back to this one are imported after the class exists (an import cycle then finds it
# defined): module level, once, instead of on every from_dict call.
from ..models.chain_token_info import ChainTokenInfo  # noqa: E402
