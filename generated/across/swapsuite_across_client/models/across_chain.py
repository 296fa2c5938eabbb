from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chain_token_info import ChainTokenInfo


T = TypeVar("T", bound="AcrossChain")


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
        chain_id = self.chain_id

        name = self.name

        public_rpc_url = self.public_rpc_url

        explorer_url = self.explorer_url

        logo_url = self.logo_url

        spoke_pool = self.spoke_pool

        input_tokens = []
        for input_tokens_item_data in self.input_tokens:
            input_tokens_item = input_tokens_item_data.to_dict()
            input_tokens.append(input_tokens_item)

        output_tokens = []
        for output_tokens_item_data in self.output_tokens:
            output_tokens_item = output_tokens_item_data.to_dict()
            output_tokens.append(output_tokens_item)

        spoke_pool_block = self.spoke_pool_block

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chainId": chain_id,
                "name": name,
                "publicRpcUrl": public_rpc_url,
                "explorerUrl": explorer_url,
                "logoUrl": logo_url,
                "spokePool": spoke_pool,
                "inputTokens": input_tokens,
                "outputTokens": output_tokens,
            }
        )
        if spoke_pool_block is not UNSET:
            field_dict["spokePoolBlock"] = spoke_pool_block

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chain_token_info import ChainTokenInfo  # noqa: PLC0415

        d = dict(src_dict)
        chain_id = d.pop("chainId")

        name = d.pop("name")

        public_rpc_url = d.pop("publicRpcUrl")

        explorer_url = d.pop("explorerUrl")

        logo_url = d.pop("logoUrl")

        spoke_pool = d.pop("spokePool")

        input_tokens = []
        _input_tokens = d.pop("inputTokens")
        for input_tokens_item_data in _input_tokens:
            input_tokens_item = ChainTokenInfo.from_dict(input_tokens_item_data)

            input_tokens.append(input_tokens_item)

        output_tokens = []
        _output_tokens = d.pop("outputTokens")
        for output_tokens_item_data in _output_tokens:
            output_tokens_item = ChainTokenInfo.from_dict(output_tokens_item_data)

            output_tokens.append(output_tokens_item)

        spoke_pool_block = d.pop("spokePoolBlock", UNSET)

        across_chain = cls(
            chain_id=chain_id,
            name=name,
            public_rpc_url=public_rpc_url,
            explorer_url=explorer_url,
            logo_url=logo_url,
            spoke_pool=spoke_pool,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            spoke_pool_block=spoke_pool_block,
        )

        across_chain.additional_properties = d
        return across_chain

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
