"""Core of the Gemeindescan Uploader: snapshot export and the Gemeindescan server client.

The client side imports no QGIS; the exporter imports only ``qgis.core``.
"""

__version__ = "0.1.0"
