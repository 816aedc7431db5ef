"""Run the local Gemeindescan server: migrate, seed, serve over TCP, print one JSON line when ready.

    .venv/bin/python tests/gemeindescan_server/run.py --port 0 --data-dir DIR \
        [--https] [--no-debug] [--max-upload-bytes N] [--human]

The JSON line (stdout, once the socket accepts connections) carries url, username, password,
workspace ids and the existing snapshot's pk; everything else goes to stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

TESTS_DIR = Path(__file__).resolve().parent.parent


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line: port, data directory and the switchable production behaviours."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--data-dir", type=Path, required=True, help="SQLite database and uploaded files")
    parser.add_argument(
        "--https",
        action="store_true",
        help="trust X-Forwarded-Proto: https, as behind a TLS proxy (Referer checks apply)",
    )
    parser.add_argument(
        "--no-debug", action="store_true", help="DEBUG off, as in production (APPEND_SLASH answers 301)"
    )
    parser.add_argument(
        "--max-upload-bytes",
        type=int,
        default=None,
        help="answer 413 for larger request bodies, as a reverse proxy would",
    )
    parser.add_argument(
        "--small-municipality-list",
        action="store_true",
        help="seed the 380 typed municipalities, not the platform's 2,175",
    )
    parser.add_argument("--human", action="store_true", help="print the facts for a person, not as JSON")
    return parser.parse_args(argv)


def configure_environment(args: argparse.Namespace) -> None:
    """Hand the options to settings.py through the environment."""
    args.data_dir.mkdir(parents=True, exist_ok=True)
    os.environ["DJANGO_SETTINGS_MODULE"] = "gemeindescan_server.settings"
    os.environ["GEMEINDESCAN_SERVER_DATA_DIR"] = str(args.data_dir.resolve())
    os.environ["GEMEINDESCAN_SERVER_DEBUG"] = "0" if args.no_debug else "1"
    os.environ["GEMEINDESCAN_SERVER_HTTPS"] = "1" if args.https else "0"
    if args.small_municipality_list:
        os.environ["GEMEINDESCAN_SERVER_MUNICIPALITIES"] = "small"
    os.environ["GEMEINDESCAN_SERVER_MAX_UPLOAD_BYTES"] = (
        "" if args.max_upload_bytes is None else str(args.max_upload_bytes)
    )
    if str(TESTS_DIR) not in sys.path:
        sys.path.insert(0, str(TESTS_DIR))


def main(argv: list[str] | None = None) -> int:
    """Prepare the database and serve until terminated."""
    args = parse_args(argv)
    configure_environment(args)

    import django

    django.setup()

    from django.core.management import call_command
    from django.core.servers.basehttp import ThreadedWSGIServer, WSGIRequestHandler

    from gemeindescan_server.seed import seed
    from gemeindescan_server.wsgi import application

    call_command("migrate", interactive=False, verbosity=0)
    facts = seed()

    # Django's own development server, threaded, on a real socket: what runserver does.
    httpd = ThreadedWSGIServer((args.host, args.port), WSGIRequestHandler, ipv6=False)
    httpd.daemon_threads = True
    httpd.set_app(application)
    host, port = httpd.server_address[:2]
    url = f"http://{host}:{port}"
    facts = {
        "url": url,
        "frontend_url": url,
        **facts,
        "data_dir": str(args.data_dir.resolve()),
        "https": args.https,
        "debug": not args.no_debug,
        "max_upload_bytes": args.max_upload_bytes,
    }
    if args.human:
        print(f"Local Gemeindescan server at {url}/  (Ctrl+C stops it)")
        print(f"  user:      {facts['username']}  password: {facts['password']}")
        print(f"  user 2:    {facts['second_username']}  password: {facts['second_password']}")
        print(f"  workspace: {facts['workspace_id']}  (empty; publish here)")
        print(
            f"  workspace: {facts['workspace_with_snapshots_id']}  (with snapshots "
            f"{facts['existing_snapshot_pk']}, with a file, and {facts['snapshot_without_file_pk']})"
        )
        print(f"  data:      {facts['data_dir']}  ({facts['municipality_count']} municipalities)")
    else:
        print(json.dumps(facts, ensure_ascii=False))
    sys.stdout.flush()
    if not args.human:
        # Nobody reads stdout after the JSON line: anything printed later goes to stderr (the log),
        # so that a full pipe can never block the server.
        os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        httpd.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
