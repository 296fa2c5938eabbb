"""The four provider adapters, one subpackage each. Importing a subpackage registers its adapter in
``swapsuite.adapter.REGISTRY``; ``swapsuite.get_provider`` imports them lazily by name."""

NAMES = ("oneclick", "across", "changelly", "deframe")
