"""Widgets of the Gemeindescan Uploader; they call the core package, never the reverse."""
