"""Finds texts an analyst would see that are not marked for translation, in Python sources and .ui files."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass

# Qt and QGIS calls whose string arguments an analyst reads.
USER_TEXT_CALLS = {
    "setText",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setWindowTitle",
    "setPlaceholderText",
    "setTitle",
    "setLabelText",
    "addTab",
    "insertTab",
    "setTabText",
    "setHeaderLabels",
    "showMessage",
    "pushMessage",
    "pushInfo",
    "pushWarning",
    "pushSuccess",
    "pushCritical",
    "reportError",
    "setProgressText",
    "setSpecialValueText",
    "setPrefix",
    "setSuffix",
    "addMenu",
    "setFormat",
    "QAction",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QToolButton",
    "QMenu",
    "QgsDockWidget",
    "QgsProcessingException",
}
# QMessageBox's static dialogs (only on QMessageBox: logging.warning is no dialog).
MESSAGE_BOX_CALLS = {"information", "warning", "critical", "question", "about"}
# Processing parameters and outputs: only these positions are text (the first is the parameter's name).
PROCESSING_PREFIXES = ("QgsProcessingParameter", "QgsProcessingOutput")
PARAMETER_TEXT_POSITIONS = {"QgsProcessingParameterFileDestination": (1, 2)}
PARAMETER_TEXT_KEYWORDS = {"description", "fileFilter"}
TRANSLATE_CALLS = {"tr", "translate"}
# .ui properties that are shown to the analyst.
UI_TEXT_PROPERTIES = {
    "text",
    "toolTip",
    "statusTip",
    "whatsThis",
    "windowTitle",
    "title",
    "placeholderText",
    "suffix",
    "prefix",
    "specialValueText",
}


@dataclass(frozen=True)
class Finding:
    """A text that is not (properly) marked for translation."""

    path: str
    line: int
    problem: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.problem}"


def _call_name(call: ast.Call) -> str:
    function = call.func
    if isinstance(function, ast.Attribute):
        if function.attr in MESSAGE_BOX_CALLS:
            owner = function.value
            return "QMessageBox" if isinstance(owner, ast.Name) and owner.id == "QMessageBox" else ""
        return function.attr
    return function.id if isinstance(function, ast.Name) else ""


def _is_visible_literal(node: ast.AST) -> bool:
    """A string literal with a letter in it, an f-string, or a string built with + or %."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and re.search(r"[A-Za-z]", node.value) is not None
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _is_visible_literal(node.left) or _is_visible_literal(node.right)
    return False


def _text_arguments(call: ast.Call, name: str) -> list[ast.AST]:
    if name.startswith(PROCESSING_PREFIXES):
        positions = PARAMETER_TEXT_POSITIONS.get(name, (1,))
        return [arg for index, arg in enumerate(call.args) if index in positions] + [
            keyword.value for keyword in call.keywords if keyword.arg in PARAMETER_TEXT_KEYWORDS
        ]
    return list(call.args) + [keyword.value for keyword in call.keywords]


def unmarked_in_python(source: str, path: str, error_classes: frozenset[str] = frozenset()) -> list[Finding]:
    """Literal texts passed to user-facing calls (or to the errors in ``error_classes``) without tr()."""
    findings = []
    for node in ast.walk(ast.parse(source, path)):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        if name in TRANSLATE_CALLS:
            text = node.args[-1] if node.args else None
            if text is not None and not isinstance(text, (ast.Constant, ast.Name, ast.Attribute)):
                findings.append(
                    Finding(
                        path,
                        node.lineno,
                        "tr() needs a plain string literal; pylupdate5 "
                        "cannot extract an f-string or an expression",
                    )
                )
            continue
        checked = name in USER_TEXT_CALLS or name == "QMessageBox" or name.startswith(PROCESSING_PREFIXES)
        if name in error_classes:
            arguments = node.args[:1] + [
                keyword.value for keyword in node.keywords if keyword.arg == "message"
            ]
            findings += [
                Finding(
                    path,
                    argument.lineno,
                    f"{name}(...) with a literal text: use a catalogue "
                    "Message (gemeindescan_uploader/messages.py)",
                )
                for argument in arguments
                if _is_visible_literal(argument)
            ]
        elif checked:
            findings += [
                Finding(path, argument.lineno, f"{name}(...) with a text not marked with tr()")
                for argument in _text_arguments(node, name)
                if _is_visible_literal(argument)
            ]
    return findings


def bare_tr_calls(source: str, path: str) -> list[Finding]:
    """Calls of a module's own ``tr()``: pylupdate5 files them under "@default", not the plugin's context."""
    return [
        Finding(path, node.lineno, "bare tr(): use Gemeindescan.tr() from translation.py")
        for node in ast.walk(ast.parse(source, path))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "tr"
    ]


def unmarked_in_ui(text: str, path: str) -> list[Finding]:
    """Visible texts in a Qt Designer file that are excluded from translation (notr="true")."""
    findings = []
    for prop in ElementTree.fromstring(text).iter("property"):
        if prop.get("name") not in UI_TEXT_PROPERTIES:
            continue
        for string in prop.iter("string"):
            if string.get("notr") == "true" and re.search(r"[A-Za-z]", string.text or ""):
                findings.append(Finding(path, 0, f"property {prop.get('name')} “{string.text}” is notr"))
    return findings


def error_class_names(errors_source: str) -> frozenset[str]:
    """The names of the classes in errors.py (every error the plugin reports)."""
    tree = ast.parse(errors_source)
    return frozenset(node.name for node in ast.walk(tree) if isinstance(node, ast.ClassDef))


def marked_texts(source: str) -> set[str]:
    """The literal texts given to ``Gemeindescan.tr`` or ``QT_TRANSLATE_NOOP`` (pylupdate5 must find them)."""
    texts = set()
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        function = node.func
        marked = (
            isinstance(function, ast.Attribute)
            and function.attr == "tr"
            and isinstance(function.value, ast.Name)
            and function.value.id == "Gemeindescan"
        ) or (isinstance(function, ast.Name) and function.id == "QT_TRANSLATE_NOOP")
        text = node.args[-1]
        if marked and isinstance(text, ast.Constant) and isinstance(text.value, str):
            texts.add(text.value)
    return texts


# Calls whose texts are not for analysts: the log (kept English for support), programming errors.
NOT_FOR_ANALYSTS_CALLS = {
    "debug",
    "info",
    "warning",
    "error",
    "exception",
    "critical",
    "logMessage",
    "pushDebugInfo",
    "ValueError",
    "TypeError",
    "RuntimeError",
    "KeyError",
    "NotImplementedError",
    "QT_TRANSLATE_NOOP",
    "tr",
    "translate",
}
# Marks a text that reads like a sentence but is not for analysts (reason after it): at the end of its line,
# or on the line above.
UNTRANSLATED_PRAGMA = "# untranslated:"
GRAPHQL_DOCUMENTS = ("query ", "mutation ")
# Two words of letters: a phrase someone reads, not a key, a path or a format.
_PHRASE = re.compile(r"[A-Za-z]{2,}[,;:]? +[A-Za-z']+")


def _inside(nodes: list[ast.AST]) -> set[int]:
    return {id(child) for node in nodes for child in ast.walk(node)}


def _not_for_analysts(tree: ast.AST) -> set[int]:
    """The ids of nodes whose texts nobody but a developer reads (docstrings, logs, details, comparisons)."""
    skipped: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (
            isinstance(body, list)
            and body
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
        ):
            skipped.add(id(body[0].value))  # a docstring
        if isinstance(node, ast.Call):
            function = node.func
            name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
            if name in NOT_FOR_ANALYSTS_CALLS:
                skipped |= _inside(node.args + [keyword.value for keyword in node.keywords])
            # The technical cause goes to the log, in English.
            skipped |= _inside([keyword.value for keyword in node.keywords if keyword.arg == "detail"])
        elif isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = [getattr(target, "id", getattr(target, "attr", "")) for target in targets]
            if node.value is not None and any("detail" in name.lower() for name in names):
                skipped |= _inside([node.value])
        elif isinstance(node, ast.Compare):
            # Texts the code looks for in what a server or library says, not texts it shows.
            skipped |= _inside([node.left, *node.comparators])
        elif isinstance(node, ast.comprehension):
            skipped |= _inside([node.iter])
    return skipped


def english_sentences(source: str, path: str) -> list[Finding]:
    """English phrases in code an analyst reads the results of, outside the catalogue (messages.py).

    Whatever such code says to an analyst (an error, a problem of a list, a retry hint, a progress
    line) must be a catalogue template with its data; what remains as a literal is only for
    developers: docstrings, log lines, ``detail`` texts, texts compared with a server's answer.
    """
    tree = ast.parse(source, path)
    skipped = _not_for_analysts(tree)
    lines = source.splitlines()
    findings = []
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.JoinedStr):
            skipped |= _inside(node.values)
            text = "".join(
                part.value
                for part in node.values
                if isinstance(part, ast.Constant) and isinstance(part.value, str)
            )
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
        else:
            continue
        # The pragma stands at the end of the text's line or on the line above it.
        if any(UNTRANSLATED_PRAGMA in line for line in lines[max(node.lineno - 2, 0) : node.lineno]):
            continue
        if _PHRASE.search(text) and not text.lstrip().startswith(GRAPHQL_DOCUMENTS):
            findings.append(Finding(path, node.lineno, f"English text outside the catalogue: {text[:60]!r}"))
    return findings
