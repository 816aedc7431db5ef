"""Rewrite the golden files from the current exporter: ``/usr/bin/python3 tests/regenerate_golden.py [case]``.

Only for a deliberate change of the output; check every changed value by hand before committing.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main(names: list[str]) -> None:
    """Write ``tests/data/expected/<case>.json`` for the named cases (all when none are named)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from qgis.core import QgsApplication

    app = QgsApplication([], True)
    app.initQgis()
    from gemeindescan_uploader.export.package import build_snapshot
    from tests.export_cases import CASES, case_wms
    from tests.export_helpers import EXPECTED_DIR
    from tests.wms_server import WmsServer

    for name in names or [*CASES, "wms"]:
        server = None
        if name == "wms":
            server = WmsServer()
            layers, context, options, metadata = case_wms(server.base_url)
        else:
            layers, context, options, metadata = CASES[name]()
        snapshot = build_snapshot(layers, context, metadata, options)
        if server is not None:
            text = json.dumps(snapshot).replace(server.base_url, "http://127.0.0.1:PORT/wms")
            snapshot = json.loads(text)
            server.close()
        with open(EXPECTED_DIR / f"{name}.json", "w", encoding="utf-8") as handle:
            json.dump(snapshot, handle, ensure_ascii=False, indent=1)
            handle.write("\n")
        print("wrote", name)


if __name__ == "__main__":
    main(sys.argv[1:])
