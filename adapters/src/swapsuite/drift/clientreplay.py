"""Parse recorded responses with a generated client (run by :func:`swapsuite.drift.cassettes.replay`).

Reads ``{"package": NAME, "jobs": [{"id", "module", "status", "headers", "body_b64"}]}`` on stdin and prints
``{id: error}`` for every job whose response the generated ``_parse_response`` of ``module`` rejects (an undocumented
status raises ``UnexpectedStatus``: the client is built with ``raise_on_unexpected_status=True``). It runs in its own
process so that the package generated from the new spec, first on ``PYTHONPATH``, shadows the installed client.
"""

from __future__ import annotations

import base64
import importlib
import json
import sys
from typing import Any

# The body handed over is already decoded; these headers would make httpx decode or truncate it again.
_DROPPED = frozenset({"content-encoding", "content-length", "transfer-encoding"})


def parse_one(package: str, job: dict[str, Any]) -> str | None:
    """None when the generated client parses the recorded response, else the error."""
    import httpx

    try:
        client_module = importlib.import_module(f"{package}.client")
        module = importlib.import_module(job["module"])
        client = client_module.Client(base_url="http://replay.invalid", raise_on_unexpected_status=True)
        headers = {k: v for k, v in (job.get("headers") or {}).items() if k not in _DROPPED}
        response = httpx.Response(int(job["status"]), headers=headers, content=base64.b64decode(job["body_b64"]))
        module._parse_response(client=client, response=response)
    except Exception as exc:  # any failure of generated code is a finding, not a crash of the gate
        first = (str(exc).strip().splitlines() or [""])[0]
        return f"{type(exc).__name__}: {first[:200]}"
    return None


def main() -> int:
    request = json.load(sys.stdin)
    failed = {}
    for job in request["jobs"]:
        error = parse_one(request["package"], job)
        if error is not None:
            failed[job["id"]] = error
    json.dump(failed, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
