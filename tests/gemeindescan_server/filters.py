"""The municipality filters, with PostgreSQL's case-insensitivity where SQLite falls short."""

from __future__ import annotations

from typing import Callable

import django_filters
from django.db.models import QuerySet

from gemeindescan_server.models import Municipality


def _names_matching(queryset: QuerySet, matches: Callable[[str], bool]) -> QuerySet:
    # SQLite's LIKE folds only ASCII letters; PostgreSQL (the platform's database) folds "Ü" to "ü"
    # too, so "ZÜRICH" finds Zürich there. A few thousand names are quickly compared in Python.
    wanted = [pk for pk, name in queryset.values_list("pk", "name") if matches(name.lower())]
    return queryset.filter(pk__in=wanted)


class MunicipalityFilter(django_filters.FilterSet):
    """``name`` and ``canton`` exact (case-sensitive); ``name_Icontains``, ``name_Istartswith`` not."""

    name__icontains = django_filters.CharFilter(field_name="name", method="filter_name_icontains")
    name__istartswith = django_filters.CharFilter(field_name="name", method="filter_name_istartswith")

    class Meta:
        model = Municipality
        # canton has choices, so django-filter makes it a ChoiceFilter: "zh" is an invalid choice.
        fields = {"name": ["exact"], "canton": ["exact"]}

    def filter_name_icontains(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        """Names containing the value, ignoring case."""
        return _names_matching(queryset, lambda candidate: value.lower() in candidate)

    def filter_name_istartswith(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        """Names starting with the value, ignoring case."""
        return _names_matching(queryset, lambda candidate: candidate.startswith(value.lower()))
