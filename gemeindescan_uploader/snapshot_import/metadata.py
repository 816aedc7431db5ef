"""The snapshot's metadata kept in QGIS: in each layer's metadata and in the project's."""

from __future__ import annotations

from typing import Any

from qgis.core import QgsAbstractMetadataBase, QgsLayerMetadata, QgsProject, QgsProjectMetadata

from .reading import SnapshotContents

KEYWORD_VOCABULARY = "gemeindescan"


def _texts(items: Any, key: str = "title") -> list[dict]:
    """The dict items of a metadata list that carry ``key`` as text."""
    return (
        [item for item in items if isinstance(item, dict) and isinstance(item.get(key), str)]
        if isinstance(items, list)
        else []
    )


def _licences(items: Any) -> list[str]:
    return (
        [
            str(item.get("name") or item.get("title") or item.get("path"))
            for item in items
            if isinstance(item, dict) and (item.get("name") or item.get("title") or item.get("path"))
        ]
        if isinstance(items, list)
        else []
    )


def _fill(
    metadata: QgsAbstractMetadataBase,
    contents: SnapshotContents,
    title: str,
    abstract: str,
    licences: list[str],
) -> None:
    data = contents.data
    metadata.setTitle(title)
    metadata.setAbstract(abstract)
    keywords = (
        [str(word) for word in data.get("keywords") or [] if isinstance(word, str)]
        if isinstance(data.get("keywords"), list)
        else []
    )
    if keywords:
        metadata.setKeywords({KEYWORD_VOCABULARY: keywords})
    contacts = []
    for person in _texts(data.get("contributors")):
        contact = QgsAbstractMetadataBase.Contact(person["title"])
        contact.role = str(person.get("role") or "")
        contact.email = str(person.get("email") or "")
        contacts.append(contact)
    metadata.setContacts(contacts)
    links = []
    for source in _texts(data.get("sources")):
        link = QgsAbstractMetadataBase.Link(source["title"], "source", str(source.get("path") or ""))
        links.append(link)
    metadata.setLinks(links)
    if hasattr(metadata, "setLicenses"):
        metadata.setLicenses(licences)


def layer_metadata(contents: SnapshotContents, resource: dict, title: str) -> QgsLayerMetadata:
    """A layer's metadata: the resource's title, description and licences, the snapshot's provenance."""
    metadata = QgsLayerMetadata()
    description = resource.get("description") if isinstance(resource.get("description"), str) else ""
    _fill(
        metadata,
        contents,
        title,
        description or contents.description,
        _licences(resource.get("licenses")) or _licences(contents.data.get("licenses")),
    )
    metadata.setIdentifier(str(resource.get("name") or ""))
    return metadata


def apply_project_metadata(project: QgsProject, contents: SnapshotContents) -> None:
    """Title, description, keywords, licences, sources and contributors into the project's metadata."""
    metadata = QgsProjectMetadata(project.metadata())
    _fill(metadata, contents, contents.title, contents.description, [])
    # The project metadata has no licence list of its own: the licences are kept as links.
    licences = (
        [licence for licence in contents.data.get("licenses") or [] if isinstance(licence, dict)]
        if isinstance(contents.data.get("licenses"), list)
        else []
    )
    links = metadata.links()
    for licence in licences:
        name = str(licence.get("title") or licence.get("name") or "")
        links.append(QgsAbstractMetadataBase.Link(name, "license", str(licence.get("path") or "")))
    metadata.setLinks(links)
    authors = _texts(contents.data.get("contributors"))
    author = next(
        (person for person in authors if person.get("role") == "author"), authors[0] if authors else None
    )
    if author is not None:
        metadata.setAuthor(author["title"])
    project.setMetadata(metadata)
    project.setTitle(contents.title)
