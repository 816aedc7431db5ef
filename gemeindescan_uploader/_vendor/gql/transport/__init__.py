from .async_transport import AsyncTransport
from .transport import Transport

__all__ = ["AsyncTransport", "Transport"]
