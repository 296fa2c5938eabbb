"""The generated clients' public request builder (issue 15): every operation module has ``build_request``, it
builds exactly what the stock sending path sends, and the adapters use it instead of the private ``_get_kwargs``."""

from __future__ import annotations

import asyncio
import datetime as dt
import enum
import importlib
import inspect
import pkgutil
import types
import typing
import uuid
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import attrs
import httpx
import pytest

from conformance.conftest import PROVIDERS, ROOT

BASE_URL = "https://api.test/base"


class _Sent(Exception):
    """Raised by the mock transport to hand the request it was given back to the test, unsent."""

    def __init__(self, request: httpx.Request) -> None:
        super().__init__(request.url)
        self.request = request


def _capture(request: httpx.Request) -> httpx.Response:
    raise _Sent(request)


def operation_modules(provider: str) -> Iterator[ModuleType]:
    """Every generated ``api/<tag>/<operation>.py`` module of a provider's package."""
    api = importlib.import_module(f"{PROVIDERS[provider]['package']}.api")
    for info in pkgutil.walk_packages(api.__path__, f"{api.__name__}."):
        if not info.ispkg:
            yield importlib.import_module(info.name)


def _unset_class(module: ModuleType) -> type:
    return importlib.import_module(module.__name__.split(".")[0] + ".types").Unset  # type: ignore[no-any-return]


def sample(hint: Any, unset: type, models: dict[str, Any]) -> Any:
    """A value of a generated type annotation: every parameter filled, so every branch of the builder runs."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(hint) if arg not in (unset, type(None))]
        return sample(options[0], unset, models)
    if origin is list:
        return [sample(typing.get_args(hint)[0], unset, models)]
    if origin is dict:
        return {"key": sample(typing.get_args(hint)[1], unset, models)}
    if hint is Any:
        return "any"
    scalars: dict[Any, Any] = {
        str: "text/with space?&",  # characters that path and query encoding must escape
        bool: True,
        int: 7,
        float: 1.5,
        uuid.UUID: uuid.UUID(int=21),
        dt.datetime: dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC),
        dt.date: dt.date(2026, 1, 2),
    }
    if hint in scalars:
        return scalars[hint]
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return next(iter(hint))
    if attrs.has(hint):
        hints = typing.get_type_hints(hint, localns=models)
        fields = {f.alias: sample(hints[f.name], unset, models) for f in attrs.fields(hint) if f.init}
        return hint(**fields)
    raise AssertionError(f"no sample value for the generated type {hint!r}: extend sample()")


def sample_arguments(module: ModuleType) -> dict[str, Any]:
    """Keyword arguments for the module's ``build_request``, every parameter given a value."""
    package = module.__name__.split(".")[0]
    models = vars(importlib.import_module(f"{package}.models"))
    hints = typing.get_type_hints(module.build_request, localns=models)
    unset = _unset_class(module)
    params = inspect.signature(module.build_request).parameters
    return {name: sample(hints[name], unset, models) for name in params}


def sent_by(module: ModuleType, arguments: dict[str, Any], *, asynchronous: bool) -> httpx.Request:
    """The request the stock ``sync_detailed`` / ``asyncio_detailed`` hands to httpx, captured before sending."""
    package = importlib.import_module(module.__name__.split(".")[0])
    client = package.AuthenticatedClient(
        base_url=BASE_URL, token="key", httpx_args={"transport": httpx.MockTransport(_capture)}
    )
    if asynchronous:
        with pytest.raises(_Sent) as sent:
            asyncio.run(module.asyncio_detailed(client=client, **arguments))
    else:
        with pytest.raises(_Sent) as sent:
            module.sync_detailed(client=client, **arguments)
    return sent.value.request


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "asyncio"])
def test_build_request_is_what_the_stock_path_sends(provider: str, asynchronous: bool) -> None:
    modules = list(operation_modules(provider))
    assert modules, f"no operation modules found for {provider}"
    for module in modules:
        arguments = sample_arguments(module)
        built = module.build_request(**arguments)
        assert {"method", "url"} <= built.keys(), module.__name__
        expected = httpx.Client(base_url=BASE_URL).build_request(**built)
        sent = sent_by(module, arguments, asynchronous=asynchronous)
        where = f"{module.__name__} ({'asyncio' if asynchronous else 'sync'})"
        assert (sent.method, sent.url, sent.content) == (expected.method, expected.url, expected.content), where
        assert sent.url.path.startswith("/base/"), where  # relative URL: the client's base URL is kept
        for name, value in built.get("headers", {}).items():
            assert sent.headers[name] == str(value), where


def test_build_request_is_public_and_documented(provider: str) -> None:
    for module in operation_modules(provider):
        builder = module.build_request
        assert not builder.__name__.startswith("_"), module.__name__
        assert builder.__doc__ and "without sending it" in builder.__doc__, module.__name__
        assert module._get_kwargs is builder, module.__name__  # the stock private name is only an alias


def test_generated_readme_documents_the_builder(provider: str) -> None:
    readme = (ROOT / "generated" / provider / "README.md").read_text(encoding="utf-8")
    assert "## Building a request without sending it" in readme
    assert ".build_request(" in readme


def test_adapters_never_call_the_private_builder() -> None:
    adapters = ROOT / "adapters"
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted(adapters.rglob("*"))
        if path.suffix in {".py", ".md"} and "__pycache__" not in path.parts
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "_get_kwargs" in line
    ]
    assert not offenders, "use the generated module's public build_request, not _get_kwargs: " + ", ".join(offenders)
