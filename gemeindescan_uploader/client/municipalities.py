"""The list of municipalities (BfS number, name, canton), fetched page by page."""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass, field
from typing import Any, Optional

from ..errors import GemeindescanError
from .graphql import GraphQLEndpoint

log = logging.getLogger("gemeindescan")

#: ``(min_lat, min_lon, max_lat, max_lon)``: latitude first, as the server answers ``perimeterBounds``.
PerimeterBounds = tuple[float, float, float, float]

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

# Asked apart from the list: a server whose perimeter is missing for some municipalities may answer
# errors for those, and that must never cost the analyst the list itself.
PERIMETERS_QUERY = """
query municipalityperimeters($first: Int!, $after: String) {
  municipalities(first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { bfsNumber perimeterBounds } }
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
    #: The bounding box of its perimeter, or None where the server has none.
    perimeter_bounds: Optional[PerimeterBounds] = field(default=None, compare=False)

    def as_dict(self) -> dict[str, Any]:
        """The municipality as plain JSON-able data, e.g. for a settings cache."""
        data: dict[str, Any] = {
            "bfs_number": self.bfs_number,
            "name": self.name,
            "canton": self.canton,
            "fullname": self.fullname,
        }
        if self.perimeter_bounds is not None:
            data["perimeter_bounds"] = list(self.perimeter_bounds)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Municipality:
        """The municipality from ``as_dict`` data."""
        return cls(
            int(data["bfs_number"]),
            str(data["name"]),
            str(data.get("canton") or ""),
            str(data.get("fullname") or data["name"]),
            parse_perimeter_bounds(data.get("perimeter_bounds")),
        )

    def contains(self, latitude: float, longitude: float) -> bool:
        """Whether the point lies in the bounding box of the perimeter (False when it is unknown)."""
        if self.perimeter_bounds is None:
            return False
        min_lat, min_lon, max_lat, max_lon = self.perimeter_bounds
        return min_lat <= latitude <= max_lat and min_lon <= longitude <= max_lon


def parse_perimeter_bounds(value: Any) -> Optional[PerimeterBounds]:
    """``[minLat, minLon, maxLat, maxLon]`` as a tuple; None for a missing or malformed value."""
    if not isinstance(value, (list, tuple)) or len(value) != 4:
        return None
    try:
        numbers = tuple(float(number) for number in value)
    except (TypeError, ValueError):
        return None
    if not all(math.isfinite(number) for number in numbers):
        return None
    if numbers[0] > numbers[2] or numbers[1] > numbers[3]:
        return None
    return numbers  # type: ignore[return-value]


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
            municipalities.append(
                Municipality(
                    bfs_number=int(node["bfsNumber"]),
                    name=node["name"],
                    canton=node.get("canton") or "",
                    fullname=node.get("fullname") or node["name"],
                )
            )
        page_info = connection.get("pageInfo") or {}
        after = page_info.get("endCursor")
        if not page_info.get("hasNextPage") or not after:
            break
    return municipalities


def fetch_perimeters(graphql: GraphQLEndpoint) -> dict[int, PerimeterBounds]:
    """The perimeter bounds by BfS number, as far as the server gives them; never raises for missing ones.

    A page the server cannot answer (e.g. an error for a municipality without a perimeter) ends the
    search: the municipalities read so far keep theirs, the rest have none.
    """
    perimeters: dict[int, PerimeterBounds] = {}
    after: Optional[str] = None
    for _page in range(MAX_PAGES):
        try:
            answer = graphql.execute(PERIMETERS_QUERY, {"first": PAGE_SIZE, "after": after})
        except GemeindescanError as error:
            log.warning("Municipality perimeters incomplete (%s): %s", error.message, error.detail)
            break
        connection = answer.get("municipalities") or {}
        for edge in connection.get("edges") or []:
            node = (edge or {}).get("node") or {}
            bounds = parse_perimeter_bounds(node.get("perimeterBounds"))
            if bounds is not None and node.get("bfsNumber") is not None:
                perimeters[int(node["bfsNumber"])] = bounds
        page_info = connection.get("pageInfo") or {}
        after = page_info.get("endCursor")
        if not page_info.get("hasNextPage") or not after:
            break
    return perimeters
