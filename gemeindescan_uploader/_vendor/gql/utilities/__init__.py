from .build_client_schema import build_client_schema
from .get_introspection_query_ast import get_introspection_query_ast
from .node_tree import node_tree
from .parse_result import parse_result
from .serialize_variable_values import serialize_value, serialize_variable_values
from .update_schema_enum import update_schema_enum
from .update_schema_scalars import update_schema_scalar, update_schema_scalars

__all__ = [
    "build_client_schema",
    "node_tree",
    "parse_result",
    "get_introspection_query_ast",
    "serialize_variable_values",
    "serialize_value",
    "update_schema_enum",
    "update_schema_scalars",
    "update_schema_scalar",
]
