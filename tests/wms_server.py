"""A tiny local WMS (GetCapabilities only) on 127.0.0.1, so that QGIS loads WMS layers in tests offline."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

CAPABILITIES = """<?xml version="1.0" encoding="UTF-8"?>
<WMS_Capabilities version="1.3.0" xmlns="http://www.opengis.net/wms"
    xmlns:xlink="http://www.w3.org/1999/xlink">
  <Service><Name>WMS</Name><Title>Test WMS</Title>
    <OnlineResource xlink:href="{base}"/></Service>
  <Capability>
    <Request>
      <GetCapabilities><Format>text/xml</Format><DCPType><HTTP><Get>
        <OnlineResource xlink:href="{base}?"/></Get></HTTP></DCPType></GetCapabilities>
      <GetMap><Format>image/png</Format><Format>image/jpeg</Format><DCPType><HTTP><Get>
        <OnlineResource xlink:href="{base}?"/></Get></HTTP></DCPType></GetMap>
    </Request>
    <Exception><Format>XML</Format></Exception>
    <Layer>
      <Title>Test layers</Title>
      <CRS>EPSG:2056</CRS><CRS>EPSG:3857</CRS><CRS>EPSG:4326</CRS>
      <EX_GeographicBoundingBox><westBoundLongitude>5.9</westBoundLongitude>
        <eastBoundLongitude>10.5</eastBoundLongitude><southBoundLatitude>45.8</southBoundLatitude>
        <northBoundLatitude>47.9</northBoundLatitude></EX_GeographicBoundingBox>
      <Layer queryable="0"><Name>ch.are.bauzonen</Name><Title>Bauzonen Schweiz</Title>
        <Style><Name>default</Name><Title>default</Title></Style></Layer>
      <Layer queryable="0"><Name>ch.swisstopo.pixelkarte-farbe</Name><Title>Landeskarte</Title></Layer>
    </Layer>
  </Capability>
</WMS_Capabilities>
"""


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server's name)
        self.server.requests.append(self.path)
        body = CAPABILITIES.format(base=self.server.base_url).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class WmsServer:
    """Serves the capabilities document at ``base_url`` until ``close()``."""

    def __init__(self) -> None:
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.base_url = f"http://127.0.0.1:{self._server.server_port}/wms"
        self._server.base_url = self.base_url
        #: Every request path, in order (GetMap included: QGIS asks for images the server does not draw).
        self.requests: list[str] = []
        self._server.requests = self.requests
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        """Stop serving."""
        self._server.shutdown()
        self._server.server_close()
