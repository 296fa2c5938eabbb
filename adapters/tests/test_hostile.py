"""The hostile-response layer of the fault matrix: every provider × operation against what a compromised proxy, a
buggy upstream release or a hostile network sends (see ``hostile.py``).

Each cell asserts a typed error (or an unchanged, correct result), a bounded wall time, how many requests for the
attacked operation reached the origin (non-idempotent calls exactly one) and that nothing — least of all the API
key — reached another host. The README's reliability section summarises ``ATTACKS``.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
import swapsuite
from swapsuite import errors, registry
from swapsuite.models import Quote, QuoteRequest
from swapsuite.resolve import resolve_asset
from swapsuite.sandbox import SANDBOX_API_KEY, SandboxServer
from swapsuite.sandbox.wallet import perform

from . import hostile
from .hostile import EVIL, HostileNet
from .kits import kit

ADDRESS = "0x2527d02599ba641c19fea793cd0f167589a0f10d"


def quote_request(p: swapsuite.Provider, *, dry: bool) -> QuoteRequest:
    tokens = p.tokens()
    return QuoteRequest(
        resolve_asset("USDC@arbitrum", tokens),
        resolve_asset("USDC@base", tokens),
        250_000_000,
        sender=ADDRESS,
        recipient=ADDRESS,
        refund_to=ADDRESS,
        dry=dry,
    )


@dataclass(frozen=True)
class Op:
    """One adapter operation: the Call it ends with (attacked), whether that call may be retried, how to set it up
    cleanly and how to run it."""

    target: str
    idempotent: bool
    prepare: Callable[[swapsuite.Provider], Any]
    run: Callable[[swapsuite.Provider, Any], Any]


def _fresh_tokens(p: swapsuite.Provider) -> None:
    p.adapter.tokens_cache.clear()


def _started(p: swapsuite.Provider) -> str:
    ref, _ = perform(p, p.quote(quote_request(p, dry=False)))
    return ref


TOKENS = Op("", True, _fresh_tokens, lambda p, _: p.tokens())
DRY = Op("", True, lambda p: quote_request(p, dry=True), lambda p, r: p.quote(r))
FIRM = Op("", False, lambda p: quote_request(p, dry=False), lambda p, r: p.quote(r))


def _without_actions(p: swapsuite.Provider) -> Quote:
    """A dry quote stripped of any inline actions, so execute() has to make its call."""
    return dataclasses.replace(p.quote(quote_request(p, dry=True)), actions=())


EXECUTE = Op("", False, _without_actions, lambda p, q: p.execute(q))
SUBMIT = Op("", False, lambda p: p.quote(quote_request(p, dry=False)), lambda p, q: perform(p, q))
STATUS = Op("", True, _started, lambda p, ref: p.status(ref))


def _op(base: Op, target: str, idempotent: bool | None = None) -> Op:
    return Op(target, base.idempotent if idempotent is None else idempotent, base.prepare, base.run)


STEPS = {"tokens": TOKENS, "dry quote": DRY, "firm quote": FIRM, "execute": EXECUTE, "submit": SUBMIT, "status": STATUS}
# Every registered provider's steps, from its test kit (the operation each step sends, and its idempotency).
OPS: dict[tuple[str, str], Op] = {
    (name, step): _op(STEPS[step], target, idempotent)
    for name in registry.provider_names()
    for step, (target, idempotent) in kit(name).steps.items()
}


@dataclass(frozen=True)
class Attack:
    """What the network does to the attacked call, and what the caller must see."""

    attack: hostile.Attack
    outcome: type[errors.SwapsuiteError] | None  # None: the operation's normal result
    follow_redirects: bool = False
    deadline: float | None = None
    retried: bool = False  # the outcome differs by idempotency (a retryable status)


def _same_url(request: httpx.Request) -> str:
    return str(request.url)


def _evil_url(request: httpx.Request) -> str:
    return f"{EVIL}/steal{request.url.raw_path.decode()}"


DEEP = b"[" * 100_000 + b"]" * 100_000
ATTACKS: dict[str, Attack] = {
    "JSON nested 100,000 deep": Attack(hostile.replaced(200, DEEP), errors.ResponseShapeError),
    "huge exponent 1e1000000": Attack(hostile.injected(b"1e1000000"), errors.ResponseShapeError),
    "5,000-digit number": Attack(hostile.injected(b"9" * 5000), errors.ResponseShapeError),
    "NaN": Attack(hostile.injected(b"NaN"), errors.ResponseShapeError),
    "-Infinity": Attack(hostile.injected(b"-Infinity"), errors.ResponseShapeError),
    "302 with the real JSON body": Attack(hostile.real_body_with(302), errors.RedirectError),
    "301 to the same origin (not followed)": Attack(hostile.redirect_to(_same_url, 301), errors.RedirectError),
    "307 to another host": Attack(hostile.redirect_to(_evil_url), errors.RedirectError),
    "307 to another host, follow_redirects": Attack(
        hostile.redirect_to(_evil_url), errors.RedirectError, follow_redirects=True
    ),
    "drip-feed past the deadline": Attack(hostile.drip(0.05), errors.RequestTimeoutError, deadline=0.3),
    "429 Retry-After: sNaN": Attack(
        hostile.replaced(429, b'{"message":"slow down"}', **{"retry-after": "sNaN"}), None, retried=True
    ),
    "429 Retry-After: far HTTP-date": Attack(
        hostile.replaced(429, b"{}", **{"retry-after": "Fri, 01 Jan 2100 00:00:00 GMT"}), errors.RateLimitedError
    ),
}


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer() as server:
        yield server


def _key_leaks(net: HostileNet) -> list[str]:
    return [str(r.url) for r in net.off_origin() if SANDBOX_API_KEY in str(r.headers)]


@pytest.mark.parametrize("op_key", list(OPS), ids=[f"{n}-{o}" for n, o in OPS])
@pytest.mark.parametrize("attack_name", list(ATTACKS))
def test_hostile_response(sandbox: SandboxServer, op_key: tuple[str, str], attack_name: str) -> None:
    name, _ = op_key
    op, cell = OPS[op_key], ATTACKS[attack_name]
    net = HostileNet(sandbox, name)
    args = {"follow_redirects": True} if cell.follow_redirects else {}
    try:
        with hostile.provider(net, **args) as p:
            context = op.prepare(p)
            net.arm(op.target, cell.attack)
            view = p.with_options(deadline=cell.deadline) if cell.deadline else p
            started = time.monotonic()
            outcome: type[errors.SwapsuiteError] | None = cell.outcome
            if cell.retried and not op.idempotent:
                outcome = errors.RateLimitedError  # a non-idempotent call is never retried
            if outcome is None:
                assert op.run(view, context) is not None
            else:
                with pytest.raises(outcome) as caught:
                    op.run(view, context)
                error = caught.value
                assert isinstance(error, errors.SwapsuiteError) and error.provider == name
                assert SANDBOX_API_KEY not in str(error) and SANDBOX_API_KEY not in repr(error.headers)
            elapsed = time.monotonic() - started
    finally:
        net.close()
    assert elapsed < (cell.deadline or 0) + 2.0, f"took {elapsed:.2f}s"
    assert net.count(op.target) == (2 if cell.retried and op.idempotent else 1)
    assert net.off_origin() == []  # a redirect elsewhere is refused before anything is sent
    assert _key_leaks(net) == []


@pytest.mark.parametrize("name", registry.provider_names())
def test_same_origin_redirect_is_followed_when_asked(sandbox: SandboxServer, name: str) -> None:
    """An idempotent call redirected within the origin (307 to itself) gives the normal result; credentials go
    with both requests because both go to the configured origin."""
    op = OPS[(name, "status")]
    net = HostileNet(sandbox, name)
    try:
        with hostile.provider(net, follow_redirects=True) as p:
            ref = op.prepare(p)
            expected = p.status(ref)
            net.arm(op.target, hostile.redirect_to(_same_url))
            report = p.status(ref)
    finally:
        net.close()
    assert (report.state, report.provider_status) == (expected.state, expected.provider_status)
    hops = [r for r in net.seen if r.extensions.get("swapsuite.operation") == op.target]
    assert len(hops) == 2
    credentials = p.adapter.auth_headers()
    assert credentials and all(all(r.headers.get(k) == v for k, v in credentials.items()) for r in hops)


def test_firm_quote_is_not_retried_after_a_redirect_elsewhere(sandbox: SandboxServer) -> None:
    """With follow_redirects on, a firm 1Click quote redirected to another host: one request, nothing sent there."""
    net = HostileNet(sandbox, "oneclick")
    try:
        with hostile.provider(net, follow_redirects=True) as p:
            firm = quote_request(p, dry=False)
            net.arm("getQuote", hostile.redirect_to(_evil_url, 308), times=5)
            with pytest.raises(errors.RedirectError) as caught:
                p.quote(firm)
    finally:
        net.close()
    assert caught.value.location is not None and caught.value.location.startswith(EVIL)
    assert net.count("getQuote") == 1 and net.off_origin() == []
