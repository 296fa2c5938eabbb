"""The providers' official TypeScript SDKs against the swapsuite sandboxes (``nox -s official-sdks``).

``python -m conformance.official_sdks`` starts the 1Click and Across sandboxes in-process on a free loopback port,
runs ``node main.mjs`` in this directory (pinned SDKs from ``package-lock.json``, installed by ``npm ci``) with their
URLs, the sandbox key and the 1Click sandbox's public key in the environment, and prints one table row per SDK call.
Exit status: 0 every call passed, 1 a call failed (or node crashed / timed out), 2 the run could not start.
"""
