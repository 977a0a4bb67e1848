#!/usr/bin/env python3
"""A ModernGov-shaped web server for tests/fetch_cli_test.sh, on 127.0.0.1 only.

Serves the files under ROOT (paths %-decoded) with an ETag and a
Last-Modified, answering conditional requests with 304, plus:
  /ieListDocuments.aspx?…   ROOT/meeting.html (text/html)
  /ie*.aspx?…, /mg*.aspx    ROOT/<name>.html when it exists
  /mgConvert2PDF.aspx?ID=N  ROOT/convert/N.pdf as application/pdf with a
                            Content-Disposition file name
  /slow/…                   the file, after SLOW seconds
  /moved/X                  301 to /documents/moved/X
  /flaky/X                  503 on the first request, then the file
  /robots.txt               disallows /private/
Every request is logged to LOG as one JSON line (path, If-None-Match,
If-Modified-Since, status). The chosen port is written to PORT_FILE. Any
request for another host (absolute-form, as a proxy sees it) answers 502 and
is logged with its host, so a test can prove none was made.
"""
import email.utils
import hashlib
import http.server
import json
import os
import sys
import threading
import time
import urllib.parse

ROOT, PORT_FILE, LOG = sys.argv[1], sys.argv[2], sys.argv[3]
SLOW = float(os.environ.get("SLOW", "3"))
lock = threading.Lock()
flaky_seen = set()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def record(self, status, host=""):
        with lock, open(LOG, "a") as f:
            f.write(json.dumps({
                "path": self.path_only, "query": self.query, "host": host, "status": status,
                "inm": self.headers.get("If-None-Match", ""),
                "ims": self.headers.get("If-Modified-Since", ""),
            }) + "\n")

    def send(self, status, body=b"", headers=None):
        self.send_response(status)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body and self.command != "HEAD":
            self.wfile.write(body)

    def serve_file(self, path, ctype, extra=None):
        if not os.path.isfile(path):
            self.record(404)
            return self.send(404, b"not found", {"Content-Type": "text/plain"})
        data = open(path, "rb").read()
        etag = '"%s"' % hashlib.sha1(data).hexdigest()[:16]
        mtime = int(os.path.getmtime(path))
        headers = {"ETag": etag, "Last-Modified": email.utils.formatdate(mtime, usegmt=True),
                   "Content-Type": ctype}
        headers.update(extra or {})
        inm = self.headers.get("If-None-Match")
        ims = self.headers.get("If-Modified-Since")
        fresh = False
        if inm:
            fresh = inm == etag
        elif ims:
            since = email.utils.parsedate_to_datetime(ims).timestamp()
            fresh = mtime <= since
        if fresh:
            self.record(304)
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.record(200)
        self.send(200, data, headers)

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        self.path_only = urllib.parse.unquote(url.path)
        self.query = url.query
        if url.netloc and not url.netloc.startswith("127.0.0.1"):
            self.record(502, url.netloc)
            return self.send(502, b"no other host", {"Content-Type": "text/plain"})
        p = self.path_only
        if p == "/robots.txt":
            self.record(200)
            return self.send(200, b"User-agent: *\nDisallow: /private/\n",
                             {"Content-Type": "text/plain"})
        if p == "/mgConvert2PDF.aspx":
            ident = urllib.parse.parse_qs(url.query).get("ID", ["0"])[0]
            return self.serve_file(os.path.join(ROOT, "convert", ident + ".pdf"),
                                   "application/pdf",
                                   {"Content-Disposition":
                                    'inline; filename="Printed minutes %s.pdf"' % ident})
        if p.endswith(".aspx"):
            name = "meeting" if p == "/ieListDocuments.aspx" else p[1:-5]
            return self.serve_file(os.path.join(ROOT, name + ".html"), "text/html; charset=utf-8")
        if p.startswith("/slow/"):
            time.sleep(SLOW)
            p = p[len("/slow"):]
        if p.startswith("/moved/"):
            self.record(301)
            return self.send(301, b"", {"Location": "/documents/moved/" + p[len("/moved/"):]})
        if p.startswith("/flaky/"):
            with lock:
                first = p not in flaky_seen
                flaky_seen.add(p)
            if first:
                self.record(503)
                return self.send(503, b"busy", {"Content-Type": "text/plain"})
        ctype = "application/pdf" if p.endswith(".pdf") else "text/html" \
            if p.endswith(".html") else "application/octet-stream"
        return self.serve_file(os.path.join(ROOT, p.lstrip("/")), ctype)


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # A client that gave up (the timeout test) is expected; say so briefly.
        kind = sys.exc_info()[0]
        if kind in (BrokenPipeError, ConnectionResetError):
            return
        super().handle_error(request, client_address)


server = Server(("127.0.0.1", 0), Handler)
with open(PORT_FILE + ".tmp", "w") as f:
    f.write(str(server.server_address[1]))
os.rename(PORT_FILE + ".tmp", PORT_FILE)
server.serve_forever()
