#!/usr/bin/env python3
"""Serves dist/ on 127.0.0.1 with the headers a static host should send.

    python3 scripts/serve.py [PORT] [--dir DIST]     (default 8080; 0 picks a free port)

python's `http.server` command cannot add headers; this small handler adds the
page's Content-Security-Policy (read from the built index.html, so there is one
copy of it), X-Content-Type-Options and Referrer-Policy, and lets embed.js be
loaded with an integrity check from other sites (CORS). See README,
"Security headers", for the same lines on nginx, Apache and a CDN.
"""
import argparse
import functools
import html
import re
import sys
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


def page_policy(dist: Path) -> str:
    """The policy in dist/index.html's <meta http-equiv="Content-Security-Policy">."""
    text = (dist / "index.html").read_text(encoding="utf-8")
    m = re.search(r'<meta\s+http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"', text, re.I)
    if not m:
        sys.exit(f"{dist}/index.html carries no Content-Security-Policy; build it with scripts/build.sh")
    return html.unescape(m.group(1))


class Handler(SimpleHTTPRequestHandler):
    policy = ""
    extensions_map = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".json": "application/json",
        ".csv": "text/csv; charset=utf-8",
        ".svg": "image/svg+xml",
    }

    def end_headers(self):
        self.send_header("Content-Security-Policy", self.policy)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        # embed.js runs on partners' pages with integrity="sha384-…" crossorigin,
        # which needs CORS; it is public anyway.
        if self.path.split("?", 1)[0].endswith("/embed.js"):
            self.send_header("Access-Control-Allow-Origin", "*")
        # The kiosk's service worker and update check always ask the server first.
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("port", nargs="?", type=int, default=8080)
    ap.add_argument("--dir", default=str(Path(__file__).resolve().parent.parent / "dist"))
    args = ap.parse_args()
    dist = Path(args.dir).resolve()
    Handler.policy = page_policy(dist)
    server = ThreadingHTTPServer(("127.0.0.1", args.port), functools.partial(Handler, directory=str(dist)))
    print(f"serving {dist} at http://127.0.0.1:{server.server_address[1]}/", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
