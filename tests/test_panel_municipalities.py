"""The municipality list in the panel: fetched once per server, cached in the profile, "From map"."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from panel_helpers import type_into, wait_for
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest
from slow_forwarder import SlowForwarder

from gemeindescan_uploader.client.municipalities import Municipality


def test_the_list_is_fetched_once_and_the_cache_serves_the_next_start(
    plugin, gemeindescan_server, sample_map, make_dock
):
    with SlowForwarder(gemeindescan_server.url, delay=0) as counted:
        cache_file = plugin.cache.cache_path(counted.url)
        try:
            first = make_dock()
            type_into(first.ui.serverEdit, counted.url)
            wait_for(
                lambda: len(first.municipalities) == gemeindescan_server.municipality_count,
                what="the first fetch",
            )
            wait_for(lambda: first.municipality_fetch is None, what="the fetch to end")
            fetched_with = counted.requests
            assert fetched_with >= 2, "the list comes in pages of 100"
            cached = plugin.cache.load_cached(counted.url)
            assert len(cached.municipalities) == gemeindescan_server.municipality_count
            assert datetime.now(timezone.utc) - cached.fetched < timedelta(minutes=5)
            zurich = next(item for item in cached.municipalities if item.bfs_number == 261)
            # Latitude first: about 47 (north), then longitude about 8.5 (east).
            assert zurich.perimeter_bounds is not None
            assert zurich.perimeter_bounds[0] > 45 > zurich.perimeter_bounds[1]

            # QGIS starts again with this project: the list is there at once, without a request.
            second = make_dock()
            assert len(second.municipalities) == gemeindescan_server.municipality_count
            second.show()
            second._visibility_changed(True)
            wait_for(lambda: second.municipality_fetch is None)
            assert counted.requests == fetched_with
            assert "municipalities, list of" in second.ui.municipalityStatus.text()

            # ↻ fetches it again on request.
            QTest.mouseClick(second.ui.refreshMunicipalitiesButton, Qt.MouseButton.LeftButton)
            wait_for(lambda: second.municipality_fetch is None, what="the refresh")
            assert counted.requests > fetched_with
        finally:
            cache_file.unlink(missing_ok=True)


def test_a_list_older_than_30_days_is_shown_and_refreshed_in_the_background(
    plugin, gemeindescan_server, sample_map, make_dock
):
    with SlowForwarder(gemeindescan_server.url, delay=0) as counted:
        old = [Municipality(261, "Zürich", "ZH", "Zürich (ZH)")]
        plugin.cache.save_cached(counted.url, old, fetched=datetime.now(timezone.utc) - timedelta(days=31))
        try:
            dock = make_dock()
            type_into(dock.ui.serverEdit, counted.url)
            assert len(dock.municipalities) >= 1, "the old list is usable at once"
            wait_for(
                lambda: len(dock.municipalities) == gemeindescan_server.municipality_count, what="the refresh"
            )
            assert counted.requests > 0
            assert not plugin.cache.load_cached(counted.url).is_stale()
        finally:
            plugin.cache.cache_path(counted.url).unlink(missing_ok=True)


def test_from_map_picks_the_municipality_at_the_canvas_centre(gemeindescan_server, sample_map, make_dock):
    dock = make_dock()
    type_into(dock.ui.serverEdit, gemeindescan_server.url)
    wait_for(lambda: len(dock.municipalities) == gemeindescan_server.municipality_count)
    wait_for(lambda: dock.municipality_fetch is None)
    # The sample map lies around Zürich's main station (LV95), inside Zürich's perimeter box.
    QTest.mouseClick(dock.ui.fromMapButton, Qt.MouseButton.LeftButton)
    assert dock.state.settings.bfs_number == 261
    assert dock.ui.municipalityCombo.currentText() == "Zürich (ZH) · 261"
    assert dock.ui.municipalityStatus.text() == "Zürich (ZH) · 261, at the centre of the map"


def test_from_map_with_missing_perimeters_says_nothing_was_found(plugin, sample_map, make_dock):
    dock = make_dock()
    without = [
        Municipality(261, "Zürich", "ZH", "Zürich (ZH)"),
        Municipality(1, "Aeugst", "ZH", "Aeugst (ZH)"),
    ]
    dock._set_municipalities(without, "http://gemeindescan.invalid/")
    dock.state.settings.bfs_number = None
    QTest.mouseClick(dock.ui.fromMapButton, Qt.MouseButton.LeftButton)
    assert dock.state.settings.bfs_number is None
    assert dock.ui.municipalityStatus.text() == "No municipality found at the centre of the map."
    # The list itself still works.
    assert dock.search.index.matching("zur") == [1]


def test_a_failed_fetch_says_so_and_keeps_the_panel_usable(sample_map, make_dock):
    from test_panel_failures import closed_port_url

    dock = make_dock()
    type_into(dock.ui.serverEdit, closed_port_url())
    wait_for(lambda: dock.municipality_fetch is None, what="the failed fetch")
    assert dock.ui.municipalityStatus.text().startswith("Could not fetch the municipalities: Cannot reach")
    type_into(dock.ui.titleEdit, "Geht weiter")
    assert dock.state.settings.title == "Geht weiter"
