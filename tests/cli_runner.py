"""The command line run in this process, and a record of everything it printed for the secret search."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from gemeindescan_uploader import cli

#: Everything the reliability suites printed or logged, and the folders they wrote, searched for secrets
#: at the end (tests/test_fault_matrix.py, the last test).
WRITTEN_TEXTS: list[str] = []
WRITTEN_PATHS: list[Path] = []


@dataclass
class Run:
    """One command line run: exit code and what it printed."""

    code: int
    stdout: str
    stderr: str

    @property
    def error_line(self) -> str:
        """The one error line; fails the test if there is more (a traceback, a usage block)."""
        lines = self.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: "), self.stderr
        assert "Traceback" not in self.stderr
        return lines[0]

    @property
    def published(self) -> dict:
        """The JSON result of a successful publish."""
        assert self.code == 0, self.stderr
        return json.loads(self.stdout)


def run_cli(capsys, caplog, *argv: str) -> Run:
    """``python -m gemeindescan_uploader ARGV`` in this process (faster than a subprocess, same code)."""
    caplog.set_level(logging.DEBUG, logger="gemeindescan")
    try:
        code = cli.main(list(argv))
    except SystemExit as stop:  # argparse's own exits (--help)
        code = int(stop.code or 0)
    captured = capsys.readouterr()
    WRITTEN_TEXTS.extend([captured.out, captured.err, caplog.text])
    return Run(code, captured.out, captured.err)
