"""Resource and package names: the lower-case slugs Frictionless and the snapshot schema accept."""

from __future__ import annotations

import re
import unicodedata

# German spellings first, so that "Gebäude" becomes "gebaeude" as a Swiss reader expects, not "gebaude".
_TRANSLITERATION = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
)


def slugify(text: str, fallback: str = "layer") -> str:
    """A name matching ``^[-a-z0-9._/]+$`` made from ``text`` (accents dropped, other characters to -)."""
    ascii_text = unicodedata.normalize("NFKD", str(text).translate(_TRANSLITERATION))
    ascii_text = ascii_text.encode("ascii", "ignore").decode("ascii").lower()
    # "/" is allowed by the pattern but reads as a folder in the platform's URLs; keep names flat.
    slug = re.sub(r"[^a-z0-9._]+", "-", ascii_text).strip("-.")
    return slug or fallback


class UniqueNames:
    """Hands out slugs that are unique within one snapshot (``name``, ``name-2``, ``name-3``, ...)."""

    def __init__(self, taken: tuple[str, ...] = ()) -> None:
        self._taken = set(taken)

    def claim(self, text: str, fallback: str = "layer") -> str:
        """A slug of ``text`` not handed out before."""
        base = slugify(text, fallback)
        name, number = base, 2
        while name in self._taken:
            name, number = f"{base}-{number}", number + 1
        self._taken.add(name)
        return name
