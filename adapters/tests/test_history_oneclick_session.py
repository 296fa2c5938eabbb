"""1Click sessions during a history walk (``MockTransport``, the shapes of ``test_history_oneclick``): the access
token refreshed before it expires or after the server refuses it, a refused refresh token, a refused signature, the
token scoped to the account operation and kept on the origin, the caller's signer, the Ed25519 signer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
import swapsuite
from swapsuite import HistoryWalkError
from swapsuite.base58 import b58encode
from swapsuite.errors import ConfigurationError, RedirectError, UnauthorizedError
from swapsuite.providers.oneclick.session import OneClickSession, SignIn, ed25519_signer, load_ed25519_key
from swapsuite.sandbox import oneclick_crypto
from swapsuite.transport import OPERATION_EXTENSION, credential_hook

from .test_history_oneclick import BASE, T0, Clock, cursor_of, make, open_sync, signer


# --- tokens over time ----------------------------------------------------------------------------------------------
def test_access_token_refreshed_before_it_expires_mid_walk() -> None:
    server, clock = make(4), Clock()
    session = OneClickSession(sign=signer(), clock=clock)
    with open_sync(server, session) as p:
        pages = p.swaps(page_size=2).pages()
        next(pages)
        clock.now += 3600 - 29  # within the 30 s margin of expiresIn
        assert len(next(pages).records) == 2
    assert server.paths()[-2:] == ["/v0/auth/refresh", "/v0/account/history"]
    assert (session.sign_ins, session.refreshes) == (1, 1)
    last = server.calls[-1][2]
    assert last["authorization"] == "Bearer access-3"


def test_token_refused_mid_walk_is_refreshed_and_the_page_retried() -> None:
    server = make(4)
    session = OneClickSession(sign=signer())
    with open_sync(server, session) as p:
        walk = p.swaps(page_size=2)
        got = [next(walk), next(walk)]
        server.valid.discard("access-1")  # revoked server-side; the client still thinks it is fresh
        got += list(walk)
    assert [r.status_ref for r in got] == [f"0x{n:040x}" for n in range(4)]
    history, refresh = "/v0/account/history", "/v0/auth/refresh"
    assert server.paths()[3:] == [history, refresh, history, history]  # refused, refreshed, retried; then the end
    assert (session.sign_ins, session.refreshes, walk.progress.pages) == (1, 1, 3)


def test_refused_refresh_token_signs_in_again() -> None:
    server = make(2)
    session = OneClickSession(sign=signer(), refresh_token="refresh-from-elsewhere")
    with open_sync(server, session) as p:
        assert len(list(p.swaps())) == 2
    assert server.paths() == [
        "/v0/tokens",
        "/v0/auth/refresh",  # not one this server issued: 401
        "/v0/auth/authenticate",
        "/v0/account/history",
    ]
    assert (session.sign_ins, session.refreshes) == (1, 0)


def test_tokens_only_session_without_signer_fails_typed_with_progress() -> None:
    server = make(2)
    session = OneClickSession(access_token="stale")
    with open_sync(server, session) as p, pytest.raises(HistoryWalkError) as caught:
        list(p.swaps())
    assert isinstance(caught.value.error, UnauthorizedError) and caught.value.progress.pages == 0
    assert server.paths() == ["/v0/tokens", "/v0/account/history"]  # no signer: nothing to recover with


def test_refused_signature_is_final() -> None:
    server = make(2)
    server.sign_in_ok = False
    session = OneClickSession(sign=signer())
    with open_sync(server, session) as p, pytest.raises(HistoryWalkError) as caught:
        list(p.swaps())
    assert isinstance(caught.value.error, UnauthorizedError) and "Signature verification" in caught.value.message
    assert server.paths().count("/v0/auth/authenticate") == 1  # sign-in is not retried


def test_unknown_expiry_relies_on_the_server() -> None:
    server, clock = make(2), Clock()
    server.expires_in = "soon"  # not a number: no local expiry, the 401 path covers it
    session = OneClickSession(sign=signer(), clock=clock)
    with open_sync(server, session) as p:
        list(p.swaps())
        clock.now += 10**9
        list(p.swaps())
    assert server.paths().count("/v0/auth/refresh") == 0 and server.paths().count("/v0/auth/authenticate") == 1


def test_failing_page_mid_walk_resumes_with_the_same_session() -> None:
    server = make(5)
    server.fail = {2: 503}
    with open_sync(server, OneClickSession(sign=signer())) as p:
        walk = p.swaps(page_size=2)
        got = [next(walk), next(walk)]
        with pytest.raises(HistoryWalkError) as caught:
            next(walk)
        assert caught.value.progress.cursor == cursor_of(server, 1)
        got += list(p.swaps(resume=caught.value.progress))
    assert [r.status_ref for r in got] == [f"0x{n:040x}" for n in range(5)]


# --- credentials stay home -----------------------------------------------------------------------------------------
def test_session_token_is_scoped_and_never_leaves_the_origin() -> None:
    session = OneClickSession(access_token="secret-access", refresh_token="secret-refresh")
    adapter = swapsuite.get_provider("oneclick", api_key="a.b.c", session=session).adapter
    hook = credential_hook("oneclick", BASE, adapter.auth_headers, adapter.operation_headers)
    home = httpx.Request("GET", f"{BASE}/v0/account/history", extensions={OPERATION_EXTENSION: "getHistory"})
    hook(home)
    assert home.headers["authorization"] == "Bearer secret-access"  # the session wins over a partner JWT here
    quote = httpx.Request("POST", f"{BASE}/v0/quote", extensions={OPERATION_EXTENSION: "getQuote"})
    hook(quote)
    assert quote.headers["authorization"] == "Bearer a.b.c"
    away = httpx.Request(
        "GET", "https://evil.example/v0/account/history", extensions={OPERATION_EXTENSION: "getHistory"}
    )
    with pytest.raises(RedirectError):
        hook(away)
    assert "authorization" not in away.headers
    assert "secret" not in repr(session) and "secret" not in repr(adapter)


def test_session_arguments_are_checked() -> None:
    with pytest.raises(ConfigurationError, match="needs sign="):
        OneClickSession()
    with pytest.raises(ConfigurationError):
        OneClickSession(refresh_token="")
    with pytest.raises(ConfigurationError, match="OneClickSession"):
        swapsuite.get_provider("oneclick", session="token")


@pytest.mark.parametrize(
    ("sign", "message"),
    [
        (lambda request: 1 / 0, "signer failed: ZeroDivisionError"),
        (lambda request: {"standard": "pgp", "payload": "x"}, "must return a MultiPayload"),
    ],
)
def test_a_failing_signer_is_a_configuration_error(sign: Callable[[SignIn], Any], message: str) -> None:
    server = make(1)
    with open_sync(server, OneClickSession(sign=sign)) as p, pytest.raises(HistoryWalkError) as caught:
        list(p.swaps())
    assert isinstance(caught.value.error, ConfigurationError) and message in caught.value.message
    assert "/v0/auth/authenticate" not in server.paths()


# --- the Ed25519 signer --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("standard", ["nep413", "raw_ed25519"])
def test_ed25519_signer_verifies_independently(standard: Any) -> None:
    key = load_ed25519_key(bytes(range(32)).hex())
    request = SignIn("Sign in to NEAR Intents 1Click", bytes(32), T0)
    signed = ed25519_signer(key, standard=standard)(request)
    account = oneclick_crypto.signer_of(signed)  # the sandbox's own NEP-413 / Ed25519 check
    public = key.public_key().public_bytes_raw()
    assert account == public.hex()
    near_form = load_ed25519_key("ed25519:" + b58encode(bytes(range(32)) + public))  # NEAR's 64-byte secret form
    assert near_form.public_key().public_bytes_raw() == public
    with pytest.raises(ValueError, match="expected"):
        load_ed25519_key("not a key")
