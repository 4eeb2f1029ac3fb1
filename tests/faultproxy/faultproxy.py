#!/usr/bin/env python3
"""faultproxy: an HTTP proxy on loopback that puts network faults between the console and a real
server (the fixture Prometheus or Alertmanager). Python 3 standard library only.

Usage:
  faultproxy.py start --upstream URL|--upstream-file FILE --dir STATEDIR [--lifetime SECONDS]
      Starts a proxy in the background on a free 127.0.0.1 port, waits until it listens and prints
      its URL. Writes STATEDIR/url, proxy.pid, proxy.log. It exits by itself after --lifetime
      seconds (default 3600), so a crashed test run never leaves it behind for long.
  faultproxy.py stop --dir STATEDIR
  faultproxy.py set --dir STATEDIR MODE [key=value ...]
      Selects the fault for the requests that arrive from now on (see FAULTS). Keys:
        count=N    only the next N matching requests get the fault, later ones pass through
        match=RE   only requests whose "METHOD /path" matches the regular expression
        ms=N       latency: delay before the answer; drip: delay between bytes (default 100)
        status=N   for "status": the HTTP status to answer with (default 503)
  faultproxy.py serve --upstream URL --dir STATEDIR [--lifetime SECONDS]   (foreground)

The fault is read from STATEDIR/fault.json on every request (tests write it atomically), and every
request is logged to STATEDIR/requests.log as "SEQ<TAB>FAULT<TAB>METHOD PATH", so a test can check
that the fault it asked for was really applied; a held-back (latency) answer adds "SEQ<TAB>sent" or
"SEQ<TAB>dropped" (the client had closed the connection, e.g. it cancelled the request).
"""

import argparse
import gzip
import http.client
import json
import os
import re
import select
import signal
import socket
import socketserver
import struct
import subprocess
import sys
import threading
import time
import urllib.parse

FAULTS = {
    "none": "forward the request and its answer unchanged",
    "latency": "forward, but hold the answer back for ms milliseconds",
    "drip": "send the answer's headers, then its body one byte every ms (default 100) milliseconds",
    "reset": "send the headers and half the body, then reset the connection (TCP RST)",
    "gzip-truncated": "a gzip-encoded answer whose gzip stream is cut in half (the HTTP framing is complete)",
    "stall": "send the headers (Content-Length of the whole body), then nothing until the client gives up",
    "html": "answer 200 text/html with a login page, as a captive portal or an SSO proxy does",
    "status": "answer with HTTP `status` (502, 503) from the proxy itself, as a load balancer does",
}

HOP_BY_HOP = {"connection", "keep-alive", "proxy-connection", "transfer-encoding", "te", "trailer", "upgrade"}

LOGIN_PAGE = b"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Sign in - Example Corp SSO</title></head>
<body><form method="post" action="/sso/login"><h1>Sign in to continue</h1>
<label>User <input name="user"></label><label>Password <input type="password" name="pw"></label>
<button>Sign in</button></form></body></html>
"""

STATUS_TEXT = {502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout", 500: "Internal Server Error"}


def log(*args):
    print("faultproxy:", *args, file=sys.stderr, flush=True)


class FaultState:
    """The fault in STATEDIR/fault.json and how many requests it was applied to."""

    def __init__(self, state_dir):
        self.path = os.path.join(state_dir, "fault.json")
        self.log_path = os.path.join(state_dir, "requests.log")
        self.lock = threading.Lock()
        self.key = None
        self.applied = 0
        self.seq = 0

    def pick(self, method, path):
        """The fault for this request (a dict with at least "mode")."""
        try:
            with open(self.path, "rb") as f:
                raw = f.read()
            fault = json.loads(raw) if raw.strip() else {"mode": "none"}
        except FileNotFoundError:
            raw, fault = b"", {"mode": "none"}
        except (OSError, ValueError) as e:
            log(f"{self.path}: {e}; forwarding unchanged")
            raw, fault = b"", {"mode": "none"}
        with self.lock:
            if raw != self.key:
                self.key, self.applied = raw, 0
            self.seq += 1
            seq = self.seq
            chosen = dict(fault)
            mode = chosen.get("mode", "none")
            match = chosen.get("match")
            if match and not re.search(match, f"{method} {path}"):
                chosen = {"mode": "none"}
            elif mode != "none" and "count" in chosen:
                if self.applied >= int(chosen["count"]):
                    chosen = {"mode": "none"}
                else:
                    self.applied += 1
            self.write_log(f"{seq}\t{chosen.get('mode', 'none')}\t{method} {path}")
        chosen["seq"] = seq
        return chosen

    def write_log(self, line):
        with open(self.log_path, "a", encoding="utf-8") as f:
            f.write(line + "\n")

    def note(self, seq, what):
        """What became of a held-back answer: "sent", or "dropped" when the client had gone."""
        with self.lock:
            self.write_log(f"{seq}\t{what}")


class Handler(socketserver.BaseRequestHandler):
    """One client connection: HTTP/1.1 requests, kept alive until the client closes."""

    def setup(self):
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.reader = self.request.makefile("rb")

    def finish(self):
        try:
            self.reader.close()
        except OSError:
            pass

    def handle(self):
        try:
            while not self.server.stopping.is_set():
                if not self.serve_one():
                    return
        except (ConnectionError, BrokenPipeError, socket.timeout, OSError):
            return

    def read_request(self):
        line = self.reader.readline(65537)
        if not line:
            return None
        method, target, _version = line.decode("latin-1").rstrip("\r\n").split(" ", 2)
        headers = []
        while True:
            h = self.reader.readline(65537)
            if h in (b"\r\n", b"\n", b""):
                break
            name, _, value = h.decode("latin-1").partition(":")
            headers.append((name.strip(), value.strip()))
        length = int(next((v for n, v in headers if n.lower() == "content-length"), "0"))
        body = self.reader.read(length) if length else b""
        return method, target, headers, body

    def upstream(self, method, target, headers, body, plain=False):
        """Forwards to the real server; returns (status, reason, headers, body as sent)."""
        up = self.server.upstream
        conn = http.client.HTTPConnection(up.hostname, up.port, timeout=self.server.upstream_timeout)
        try:
            out = {}
            for name, value in headers:
                low = name.lower()
                if low in HOP_BY_HOP or low == "host" or (plain and low == "accept-encoding"):
                    continue
                out[name] = value
            out["Host"] = up.netloc
            conn.request(method, target, body=body or None, headers=out)
            response = conn.getresponse()
            data = response.read()
            return response.status, response.reason, response.getheaders(), data
        finally:
            conn.close()

    def send_head(self, status, reason, headers, length):
        lines = [f"HTTP/1.1 {status} {reason}"]
        for name, value in headers:
            if name.lower() in HOP_BY_HOP or name.lower() == "content-length":
                continue
            lines.append(f"{name}: {value}")
        lines.append(f"Content-Length: {length}")
        self.request.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))

    def client_gone(self, timeout):
        """Waits up to `timeout` s; True when the client closed the connection meanwhile."""
        readable, _, _ = select.select([self.request], [], [], timeout)
        if not readable:
            return False
        try:
            return self.request.recv(1, socket.MSG_PEEK) == b""
        except OSError:
            return True

    def reset(self):
        self.request.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.request.close()

    def serve_one(self):
        request = self.read_request()
        if request is None:
            return False
        method, target, headers, body = request
        fault = self.server.faults.pick(method, urllib.parse.urlsplit(target).path)
        mode = fault.get("mode", "none")

        if mode == "html":
            self.send_head(200, "OK", [("Content-Type", "text/html; charset=utf-8")], len(LOGIN_PAGE))
            self.request.sendall(LOGIN_PAGE)
            return True
        if mode == "status":
            status = int(fault.get("status", 503))
            text = STATUS_TEXT.get(status, "Error")
            page = f"<html><head><title>{status} {text}</title></head><body><center><h1>{status} {text}</h1>" \
                   f"</center><hr><center>nginx</center></body></html>\r\n".encode()
            self.send_head(status, text, [("Content-Type", "text/html"), ("Server", "nginx")], len(page))
            self.request.sendall(page)
            return True

        status, reason, up_headers, data = self.upstream(method, target, headers, body,
                                                         plain=(mode == "gzip-truncated"))
        if mode == "latency":
            if self.client_gone(int(fault.get("ms", 1000)) / 1000.0):
                self.server.faults.note(fault["seq"], "dropped")
                return False
            self.server.faults.note(fault["seq"], "sent")
        elif mode == "drip":
            self.send_head(status, reason, up_headers, len(data))
            interval = int(fault.get("ms", 100)) / 1000.0
            for i in range(len(data)):
                if self.server.stopping.is_set() or self.client_gone(interval):
                    return False
                self.request.sendall(data[i:i + 1])
            return True
        elif mode == "reset":
            self.send_head(status, reason, up_headers, len(data))
            self.request.sendall(data[: max(1, len(data) // 2)])
            time.sleep(0.05)  # let the bytes leave before the RST
            self.reset()
            return False
        elif mode == "gzip-truncated":
            packed = gzip.compress(data)
            cut = packed[: max(10, len(packed) // 2)]
            kept = [(n, v) for n, v in up_headers if n.lower() != "content-encoding"]
            self.send_head(status, reason, kept + [("Content-Encoding", "gzip")], len(cut))
            self.request.sendall(cut)
            return True
        elif mode == "stall":
            self.send_head(status, reason, up_headers, len(data))
            while not self.server.stopping.is_set():
                if self.client_gone(0.2):
                    return False
            return False

        self.send_head(status, reason, up_headers, len(data))
        self.request.sendall(data)
        return True


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


def serve(args):
    upstream = urllib.parse.urlsplit(read_upstream(args))
    if upstream.scheme != "http" or upstream.hostname not in ("127.0.0.1", "localhost", "::1"):
        log(f"upstream {upstream.geturl()}: only plain http on loopback is supported")
        return 2
    os.makedirs(args.dir, exist_ok=True)
    server = Server(("127.0.0.1", 0), Handler)  # loopback only, never 0.0.0.0
    server.upstream = upstream
    server.upstream_timeout = 120
    server.faults = FaultState(args.dir)
    server.stopping = threading.Event()
    port = server.server_address[1]
    url = f"http://127.0.0.1:{port}"
    tmp = os.path.join(args.dir, "url.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(url + "\n")
    os.replace(tmp, os.path.join(args.dir, "url"))

    def stop(*_):
        server.stopping.set()
        threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    timer = threading.Timer(args.lifetime, stop)
    timer.daemon = True
    timer.start()
    log(f"{url} -> {upstream.geturl()} for at most {args.lifetime:.0f} s")
    server.serve_forever(poll_interval=0.2)
    server.server_close()
    log("stopped")
    return 0


def read_upstream(args):
    if args.upstream:
        return args.upstream
    with open(args.upstream_file, encoding="utf-8") as f:
        return f.read().strip()


def pid_of(state_dir):
    """The running proxy's pid for this state dir, if any (never a recycled pid)."""
    try:
        with open(os.path.join(state_dir, "proxy.pid"), encoding="utf-8") as f:
            pid = int(f.read().strip())
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            cmdline = f.read().split(b"\0")
    except (OSError, ValueError):
        return None
    return pid if os.fsencode(os.path.abspath(state_dir)) in cmdline else None


def start(args):
    os.makedirs(args.dir, exist_ok=True)
    state_dir = os.path.abspath(args.dir)
    stop_proxy(state_dir)
    for name in ("url", "fault.json", "requests.log"):
        try:
            os.remove(os.path.join(state_dir, name))
        except FileNotFoundError:
            pass
    command = [sys.executable, os.path.abspath(__file__), "serve", "--upstream", read_upstream(args),
               "--dir", state_dir, "--lifetime", str(args.lifetime)]
    with open(os.path.join(state_dir, "proxy.log"), "wb") as logfile:
        # Own session, no inherited descriptors: CTest must not wait for it.
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=logfile, stderr=logfile,
                                   start_new_session=True, close_fds=True)
    with open(os.path.join(state_dir, "proxy.pid"), "w", encoding="utf-8") as f:
        f.write(f"{process.pid}\n")
    deadline = time.monotonic() + 10
    url_file = os.path.join(state_dir, "url")
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log(f"exited during start-up (status {process.returncode}); see {state_dir}/proxy.log")
            return 1
        if os.path.exists(url_file):
            with open(url_file, encoding="utf-8") as f:
                print(f.read().strip())
            return 0
        time.sleep(0.05)
    log("not listening after 10 s")
    process.kill()
    return 1


def stop_proxy(state_dir):
    pid = pid_of(state_dir)
    if pid is None:
        return 0
    os.kill(pid, signal.SIGTERM)
    for _ in range(100):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.05)
    else:
        os.kill(pid, signal.SIGKILL)
    log(f"stopped pid {pid}")
    for name in ("proxy.pid", "url"):
        try:
            os.remove(os.path.join(state_dir, name))
        except FileNotFoundError:
            pass
    return 0


def set_fault(args):
    if args.mode not in FAULTS:
        log(f"unknown fault '{args.mode}'; one of: {', '.join(FAULTS)}")
        return 2
    fault = {"mode": args.mode}
    for item in args.params:
        key, _, value = item.partition("=")
        fault[key] = int(value) if value.isdigit() else value
    path = os.path.join(args.dir, "fault.json")
    with open(path + ".tmp", "w", encoding="utf-8") as f:
        json.dump(fault, f)
    os.replace(path + ".tmp", path)
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("start", "serve"):
        p = sub.add_parser(name)
        source = p.add_mutually_exclusive_group(required=True)
        source.add_argument("--upstream")
        source.add_argument("--upstream-file")
        p.add_argument("--dir", required=True)
        p.add_argument("--lifetime", type=float, default=3600)
    sub.add_parser("stop").add_argument("--dir", required=True)
    p = sub.add_parser("set")
    p.add_argument("--dir", required=True)
    p.add_argument("mode")
    p.add_argument("params", nargs="*")
    args = parser.parse_args()
    if args.command == "start":
        return start(args)
    if args.command == "serve":
        return serve(args)
    if args.command == "stop":
        return stop_proxy(os.path.abspath(args.dir))
    return set_fault(args)


if __name__ == "__main__":
    sys.exit(main())
