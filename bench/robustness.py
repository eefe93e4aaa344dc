#!/usr/bin/env python3
"""Memory of `serve` under hostile clients, bounded in count and time, all on 127.0.0.1.

Starts `cors-playground serve`, reads its memory, then for a fixed time keeps up:
  - 200 connections that send half a request and stall (they take the connection slots);
  - clients sending 200 KB URLs, 20,000 header lines, 2 MB headers and 3 MB bodies;
  - clients sending garbage and truncated requests;
and between waves checks that an ordinary request is still answered. Prints the resident
memory before, at its peak (VmHWM) and after, and how the hostile requests were answered.
"""
import collections
import os
import re
import socket
import subprocess
import sys
import time

SECONDS = float(os.environ.get("BENCH_ATTACK_SECONDS", "20"))


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


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else "build/bin/cors-playground"
    server = subprocess.Popen([binary, "serve", "--port", "0", "--quiet"],
                              stdout=subprocess.PIPE, text=True)
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
    server.terminate()
    server.wait(timeout=10)

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


if __name__ == "__main__":
    main()
