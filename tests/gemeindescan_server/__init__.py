"""A local Gemeindescan server for tests: Django, graphene-django and DRF, like the real platform.

Never shipped in the plugin zip. Start it with ``run.py`` (or the ``gemeindescan_server`` pytest fixture
in ``tests/local_server.py``); ``/work/shared/gemeindescan-api.md`` is the contract it reproduces.
"""
