"""Third-party packages, vendored by scripts/vendor.py from requirements-vendor.txt."""
