"""The list of municipalities (BfS number, name, canton), fetched page by page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .graphql import GraphQLEndpoint

#: The server refuses pages larger than 100 (``first: 101`` is an error).
PAGE_SIZE = 100
#: A real server holds about 2,170 municipalities; stop well after that should paging never end.
MAX_PAGES = 200

# Two documents rather than a null filter: the search argument is left out when there is no search.
ALL_QUERY = """
query municipalities($first: Int!, $after: String) {
  municipalities(first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { bfsNumber name canton fullname } }
  }
}
"""

SEARCH_QUERY = """
query searchmunicipalities($first: Int!, $after: String, $search: String!) {
  municipalities(first: $first, after: $after, name_Icontains: $search) {
    pageInfo { hasNextPage endCursor }
    edges { node { bfsNumber name canton fullname } }
  }
}
"""


@dataclass(frozen=True)
class Municipality:
    """A Swiss municipality as the server knows it; ``fullname`` is like ``Zürich (ZH)``."""

    bfs_number: int
    name: str
    canton: str
    fullname: str

    def as_dict(self) -> dict[str, Any]:
        """The municipality as plain JSON-able data, e.g. for a settings cache."""
        return {"bfs_number": self.bfs_number, "name": self.name, "canton": self.canton,
                "fullname": self.fullname}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Municipality:
        """The municipality from ``as_dict`` data."""
        return cls(int(data["bfs_number"]), str(data["name"]), str(data.get("canton") or ""),
                   str(data.get("fullname") or data["name"]))


def fetch_municipalities(graphql: GraphQLEndpoint, search: Optional[str] = None) -> list[Municipality]:
    """Every municipality (whose name contains ``search``, ignoring case), in the server's order (by name)."""
    search = (search or "").strip()
    query = SEARCH_QUERY if search else ALL_QUERY
    municipalities: list[Municipality] = []
    after: Optional[str] = None
    for _page in range(MAX_PAGES):
        variables = {"first": PAGE_SIZE, "after": after}
        if search:
            variables["search"] = search
        connection = graphql.execute(query, variables)["municipalities"] or {}
        for edge in connection.get("edges") or []:
            node = edge["node"]
            municipalities.append(Municipality(
                bfs_number=int(node["bfsNumber"]),
                name=node["name"],
                canton=node.get("canton") or "",
                fullname=node.get("fullname") or node["name"],
            ))
        page_info = connection.get("pageInfo") or {}
        after = page_info.get("endCursor")
        if not page_info.get("hasNextPage") or not after:
            break
    return municipalities
