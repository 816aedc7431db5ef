"""GraphQL Execution

The :mod:`graphql.execution` package is responsible for the execution phase of
fulfilling a GraphQL request.
"""

from .execute import (
    execute,
    execute_sync,
    default_field_resolver,
    default_type_resolver,
    ExecutionContext,
    ExecutionResult,
    FormattedExecutionResult,
    Middleware,
)
from .map_async_iterator import MapAsyncIterator
from .subscribe import subscribe, create_source_event_stream
from .middleware import MiddlewareManager
from .values import get_argument_values, get_directive_values, get_variable_values

__all__ = [
    "create_source_event_stream",
    "execute",
    "execute_sync",
    "default_field_resolver",
    "default_type_resolver",
    "subscribe",
    "ExecutionContext",
    "ExecutionResult",
    "FormattedExecutionResult",
    "MapAsyncIterator",
    "Middleware",
    "MiddlewareManager",
    "get_argument_values",
    "get_directive_values",
    "get_variable_values",
]
