"""Processing provider "Gemeindescan": export and publish snapshots in models, batches and qgis_process."""
