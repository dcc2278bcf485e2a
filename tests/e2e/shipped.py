"""The shipped programs for the end-to-end suite: the real mygas-server
with its demo data on a fixed loopback port, and the real mygas connected to
it, each a separate process."""

import json
import os
import signal
import socket
import ssl
import subprocess
import tempfile
import time
import urllib.parse
import urllib.request

BIN_DIR = os.environ.get("MYGAS_E2E_BIN_DIR", "")
SERVER_BIN = os.environ.get("MYGAS_E2E_SERVER", "")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, data_dir):
        self.data_dir = data_dir
        self.port = free_port()
        self.process = None

    @property
    def url(self):
        return "https://127.0.0.1:%d" % self.port

    @property
    def ca_file(self):
        return os.path.join(self.data_dir, "ca.pem")

    def start(self):
        self.process = subprocess.Popen(
            [SERVER_BIN, "serve", "--demo", "--listen", "127.0.0.1:%d" % self.port, "--data-dir", self.data_dir],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = self.process.stdout.readline()
            if not line:
                break
            if line.startswith("mygas-server listening on"):
                return
        raise AssertionError("mygas-server did not start")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(20)
        self.process = None

    def api(self, path, token=None):
        ctx = ssl.create_default_context(cafile=self.ca_file)
        req = urllib.request.Request(self.url + "/api/v1" + path)
        if token:
            req.add_header("Authorization", "Bearer " + token)
        with urllib.request.urlopen(req, context=ctx, timeout=20) as r:
            return json.loads(r.read().decode())


class App:
    """`mygas` as the README runs it, with a home of its own."""

    def __init__(self, home):
        self.home = home
        self.process = None
        self.log = os.path.join(home, "mygas.log")

    def start(self, server=None):
        """With a server: `mygas --server URL --ca-file CA --demo-mail`;
        without: `mygas --demo`, which starts its own demo server."""
        env = dict(os.environ)
        env["HOME"] = self.home
        env["XDG_CONFIG_HOME"] = os.path.join(self.home, ".config")
        env["XDG_CACHE_HOME"] = os.path.join(self.home, ".cache")
        os.makedirs(env["XDG_CONFIG_HOME"], exist_ok=True)
        # «Открыть файл» hands the file to the desktop's opener, which this
        # machine has none of: one that writes down what it was given.
        opener = os.path.join(self.home, "bin", "xdg-open")
        os.makedirs(os.path.dirname(opener), exist_ok=True)
        with open(opener, "w") as f:
            f.write('#!/bin/sh\nprintf "%%s\\n" "$1" >> "%s"\n' % self.opened_log())
        os.chmod(opener, 0o755)
        env["PATH"] = os.path.dirname(opener) + os.pathsep + env.get("PATH", "")
        self.logfile = open(self.log, "a")
        args = ["--server", server.url, "--ca-file", server.ca_file, "--demo-mail"] if server else ["--demo"]
        self.process = subprocess.Popen([os.path.join(BIN_DIR, "mygas")] + args + ["--lang", "ru"],
                                        env=env, stdout=self.logfile, stderr=subprocess.STDOUT)

    def opened_log(self):
        return os.path.join(self.home, "opened.txt")

    def opened(self):
        """The files handed to the desktop's opener, oldest first."""
        try:
            with open(self.opened_log()) as f:
                given = [line.rstrip("\n") for line in f if line.strip()]
        except FileNotFoundError:
            return []
        # A file: URL, its letters percent-encoded or not.
        return [urllib.parse.unquote(urllib.parse.urlparse(x).path) if x.startswith("file:") else x for x in given]

    def running(self):
        return self.process is not None and self.process.poll() is None

    def check_alive(self):
        if self.process is not None and self.process.poll() is not None:
            code = self.process.returncode
            raise AssertionError("mygas ended (%s) — %s" % (
                "signal %d" % -code if code < 0 else "exit %d" % code, tail(self.log)))

    def children(self):
        """The programs this one started (the demo server, the bank's page)."""
        out = subprocess.run(["pgrep", "-P", str(self.process.pid)], capture_output=True, text=True).stdout
        return [int(x) for x in out.split()]

    def crash(self):
        self.process.kill()
        self.process.wait()
        self.process = None

    def stop(self):
        if self.running():
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None


def tail(path, lines=30):
    try:
        with open(path, errors="replace") as f:
            return "".join(f.readlines()[-lines:])
    except OSError:
        return ""


def screenshot(path):
    subprocess.run(["import", "-window", "root", path], check=False,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout


def qr_codes(pdf):
    with tempfile.TemporaryDirectory() as d:
        subprocess.run(["pdftoppm", "-r", "200", "-png", pdf, os.path.join(d, "page")], check=True)
        out = []
        for f in sorted(os.listdir(d)):
            r = subprocess.run(["zbarimg", "--quiet", "--raw", "-Sbinary", os.path.join(d, f)],
                               capture_output=True)
            if r.stdout:
                out.append(r.stdout.decode("utf-8", errors="replace").strip())
        return out


def alive(pid):
    try:
        with open("/proc/%d/stat" % pid) as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False
