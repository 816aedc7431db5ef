"""The message catalogue: a Message reads as its English sentence and renders in another language."""

from __future__ import annotations

import string

import pytest

from gemeindescan_uploader import messages
from gemeindescan_uploader.errors import UnsupportedLayer
from gemeindescan_uploader.messages import Joined, Message, counted, translated

GERMAN = {
    messages.LAYER_IS_TABLE: "Der Layer «{layer}» ist eine Tabelle ohne Geometrie.",
    messages.REPORT_LAYER_FEATURES: "{layer}: {count} Objekte",
    messages.REPORT_LAYER_ONE_FEATURE: "{layer}: {count} Objekt",
    messages.REPORT_OUTSIDE_EXTENT: "{count} ausserhalb des Ausschnitts",
    messages.REPORT_LAYER_WITH_DETAILS: "{features} ({details})",
    messages.PROJECT_HAS_NO_SUCH_LAYER: "Das Projekt hat keinen Layer namens «{layer}» (Layer: {known}).",
    messages.NO_LAYERS: "keine",
}


def german(template: str) -> str:
    return GERMAN.get(template, template)


def test_a_message_is_its_english_sentence_everywhere_a_string_is_expected():
    message = Message(messages.LAYER_IS_TABLE, layer="Parzellen")
    english = "Layer “Parzellen” is a table without geometry; a snapshot can only show map layers."
    assert message == english
    assert str(UnsupportedLayer(message)) == english
    assert f"{message}" == english
    assert message.template == messages.LAYER_IS_TABLE
    assert message.data == {"layer": "Parzellen"}


def test_a_message_renders_in_another_language_with_its_data():
    message = Message(messages.LAYER_IS_TABLE, layer="Parzellen")
    assert message.translated(german) == "Der Layer «Parzellen» ist eine Tabelle ohne Geometrie."


def test_messages_inside_messages_and_joined_lines_are_rendered_part_by_part():
    features = counted(
        3, messages.REPORT_LAYER_ONE_FEATURE, messages.REPORT_LAYER_FEATURES, layer="Parzellen"
    )
    details = Joined("; ", [Message(messages.REPORT_OUTSIDE_EXTENT, count=1)])
    line = Joined(
        "; ",
        [
            Message(messages.REPORT_LAYER_WITH_DETAILS, features=features, details=details),
            counted(1, messages.REPORT_LAYER_ONE_FEATURE, messages.REPORT_LAYER_FEATURES, layer="Strassen"),
        ],
    )
    assert line == "Parzellen: 3 features (1 outside the extent); Strassen: 1 feature"
    assert (
        translated(line, german) == "Parzellen: 3 Objekte (1 ausserhalb des Ausschnitts); Strassen: 1 Objekt"
    )


def test_a_translated_word_as_data_is_translated_too():
    message = Message(messages.PROJECT_HAS_NO_SUCH_LAYER, layer="Zonen", known=Message(messages.NO_LAYERS))
    assert message == "The project has no layer named “Zonen” (layers: none)."
    assert message.translated(german) == "Das Projekt hat keinen Layer namens «Zonen» (Layer: keine)."


def test_a_translation_with_a_broken_placeholder_falls_back_to_english():
    message = Message(messages.LAYER_IS_TABLE, layer="Parzellen")
    assert message.translated(lambda template: "Der Layer {ebene} ist eine Tabelle.") == message
    assert message.translated(lambda template: "Der Layer {layer ist eine Tabelle.") == message


def test_plain_text_passes_through_unchanged():
    assert (
        translated("an English sentence from a module not yet in the catalogue", german)
        == "an English sentence from a module not yet in the catalogue"
    )


CATALOGUE = {
    name: value for name, value in vars(messages).items() if name.isupper() and isinstance(value, str)
}


@pytest.mark.parametrize("name", sorted(set(CATALOGUE) - {"CONTEXT"}))
def test_every_catalogue_template_is_a_format_string_with_named_placeholders(name):
    fields = [field for _, field, _, _ in string.Formatter().parse(CATALOGUE[name]) if field is not None]
    assert all(field.isidentifier() for field in fields), fields
