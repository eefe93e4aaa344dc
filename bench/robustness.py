#!/usr/bin/env python3
"""Memory of `serve` under hostile clients, bounded in count and time, all on 127.0.0.1.

Starts `cors-playground serve`, reads its memory, then for a fixed time keeps up:
  - 200 connections that send half a request and stall (they take the connection slots);
  - clients sending 200 KB URLs, 20,000 header lines, 2 MB headers and 3 MB bodies;
  - clients sending garbage and truncated requests;
and between waves checks that an ordinary request is still answered. Prints the resident
memory before, at its peak (VmHWM) and after, and how the hostile requests were answered.

Then opens 5,000 connections (BENCH_HALF_SENT) that each send half a request and stall, and
times a valid CORS preflight on a connection of its own: the server must answer it 200 at once,
as nginx would, not 503. serve starts with a soft limit of 1,024 open files and raises it to
the hard limit itself. Prints that limit, how many connections serve held and closed, its
resident memory before, while it holds them and after, and the time to the answer.
"""
import collections
import os
import re
import resource
import socket
import subprocess
import sys
import tempfile
import time

SECONDS = float(os.environ.get("BENCH_ATTACK_SECONDS", "20"))
HALF_SENT = int(os.environ.get("BENCH_HALF_SENT", "5000"))
ORIGIN = "https://app.example"
PREFLIGHT = (f"OPTIONS /api HTTP/1.1\r\nHost: x\r\nOrigin: {ORIGIN}\r\n"
             "Access-Control-Request-Method: GET\r\nConnection: close\r\n\r\n").encode()


def memory_kib(pid, field):
    with open(f"/proc/{pid}/status") as status:
        return int(re.search(rf"^{field}:\s+(\d+) kB", status.read(), re.MULTILINE).group(1))


def send(port, data, timeout=5.0):
    """Sends data, returns the status line of the answer (or what happened instead)."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout) as connection:
            try:
                connection.sendall(data)
            except OSError:
                pass  # the server may close while a huge request is still being sent
            answer = b""
            while b"\r\n" not in answer:
                chunk = connection.recv(4096)
                if not chunk:
                    break
                answer += chunk
            return answer.split(b"\r\n", 1)[0].decode("latin-1") or "closed"
    except OSError as error:
        return type(error).__name__


def open_files_limit(pid):
    with open(f"/proc/{pid}/limits") as limits:
        return re.search(r"^Max open files\s+(\S+)\s+(\S+)", limits.read(), re.MULTILINE).groups()


def descriptors(pid):
    return len(os.listdir(f"/proc/{pid}/fd"))


def half_sent_flood(server, port):
    """HALF_SENT stalled half requests, then one valid preflight: its status and time."""
    hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
    if hard != resource.RLIM_INFINITY and hard < HALF_SENT + 100:
        print(f"\nSkipped {HALF_SENT:,} half-sent connections: this process may open {hard}.")
        return
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    baseline = descriptors(server.pid)
    before = memory_kib(server.pid, "VmRSS")
    stalled = []
    deadline = time.monotonic() + 60
    while len(stalled) < HALF_SENT and time.monotonic() < deadline:
        try:
            connection = socket.create_connection(("127.0.0.1", port), timeout=5)
            connection.sendall(b"OPTIONS /api HTTP/1.1\r\nHost: x\r\nOrigin: https://app.")
        except OSError as error:
            print(f"\nConnection {len(stalled) + 1} failed: {error}")
            break
        stalled.append(connection)
    opened = time.monotonic()
    # Until serve holds them all (a descriptor each), or what it can hold.
    while descriptors(server.pid) < baseline + len(stalled) and time.monotonic() < opened + 30:
        time.sleep(0.05)
    time.sleep(0.5)
    holding = descriptors(server.pid) - baseline
    during = memory_kib(server.pid, "VmRSS")
    started = time.perf_counter()
    status = send(port, PREFLIGHT)
    milliseconds = (time.perf_counter() - started) * 1000
    # Did the stalled clients keep their connections? serve writes to one only to close it
    # (503, 408), so anything to read, even the end of the stream, means it was closed.
    closed = 0
    for connection in stalled:
        connection.setblocking(False)
        try:
            connection.recv(1, socket.MSG_PEEK)
            closed += 1
        except BlockingIOError:
            pass
        except OSError:
            closed += 1
    for connection in stalled:
        connection.close()
    time.sleep(1)
    after = memory_kib(server.pid, "VmRSS")
    soft_limit, hard_limit = open_files_limit(server.pid)
    print(f"\n| {len(stalled):,} half-sent connections | |\n|---|---:|")
    print(f"| serve's open-files limit (soft / hard) | {soft_limit} / {hard_limit} |")
    print(f"| connections serve held | {holding:,} |")
    print(f"| of them closed by serve | {closed:,} |")
    print(f"| valid preflight answered | {status} |")
    print(f"| time to the answer | {milliseconds:.1f} ms |")
    print(f"| resident memory before | {before / 1024:.1f} MB |")
    print(f"| resident memory holding them | {during / 1024:.1f} MB |")
    print(f"| resident memory after they left | {after / 1024:.1f} MB |")


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else "build/bin/cors-playground"
    policy = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
    policy.write(f'{{"mode": "middleware", "allow_origins": ["{ORIGIN}"]}}')
    policy.close()
    # Started with the soft limit many systems give a process, 1024 open files: serve raises it
    # to the hard limit itself.
    hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
    server = subprocess.Popen(
        [binary, "serve", "--port", "0", "--quiet", "--policy", policy.name],
        stdout=subprocess.PIPE, text=True,
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (min(1024, hard), hard)))
    port = int(server.stdout.readline().rsplit(":", 1)[1])
    time.sleep(0.5)
    before = memory_kib(server.pid, "VmRSS")
    hostile = {
        "200 KB URL": b"GET /" + b"a" * 200_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n",
        "20,000 header lines": b"GET / HTTP/1.1\r\nHost: x\r\n"
        + b"".join(b"X-%d: y\r\n" % i for i in range(20_000)) + b"\r\n",
        "2 MB header": b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"b" * 2_000_000 + b"\r\n\r\n",
        "3 MB body": b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3000000\r\n\r\n"
        + b"c" * 3_000_000,
        "garbage": b"\x00\x01GARBAGE\xff\r\n\r\n",
        "NUL in Origin": b"GET / HTTP/1.1\r\nHost: x\r\nOrigin: https://a\x00\r\n\r\n",
    }
    answers = collections.defaultdict(collections.Counter)
    stalled = []
    ordinary_ok = ordinary_total = 0
    started = time.monotonic()
    deadline = started + SECONDS
    samples = []  # (seconds, resident MB): it must level off, not keep growing
    next_sample = started + SECONDS / 6
    while time.monotonic() < deadline:
        if time.monotonic() >= next_sample:
            samples.append((time.monotonic() - started, memory_kib(server.pid, "VmRSS") / 1024))
            next_sample += SECONDS / 6
        while len(stalled) < 200:
            try:
                connection = socket.create_connection(("127.0.0.1", port), timeout=5)
                connection.sendall(b"GET / HTTP/1.1\r\nHost: x\r\nOrig")
                stalled.append(connection)
            except OSError:
                break
        for name, data in hostile.items():
            answers[name][send(port, data)] += 1
        ordinary_total += 1
        if send(port, b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n") == \
                "HTTP/1.1 200 OK":
            ordinary_ok += 1
    peak = memory_kib(server.pid, "VmHWM")
    for connection in stalled:
        connection.close()
    time.sleep(1)
    after = memory_kib(server.pid, "VmRSS")

    print(f"| serve's resident memory | MB |\n|---|---:|")
    print(f"| before | {before / 1024:.1f} |")
    for seconds, megabytes in samples:
        print(f"| after {seconds:.0f} s of hostile clients | {megabytes:.1f} |")
    print(f"| peak | {peak / 1024:.1f} |\n| after they left | {after / 1024:.1f} |\n")
    print("| hostile request | answers |\n|---|---|")
    for name, counter in answers.items():
        print(f"| {name} | " + ", ".join(f"{status} x{count}" for status, count
                                          in counter.most_common()) + " |")
    print(f"\nOrdinary requests answered 200 in between: {ordinary_ok} of {ordinary_total}, "
          f"with 200 stalled connections open.")
    half_sent_flood(server, port)
    server.terminate()
    server.wait(timeout=10)
    os.unlink(policy.name)


if __name__ == "__main__":
    main()
