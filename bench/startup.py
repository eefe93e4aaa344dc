#!/usr/bin/env python3
"""Start-up time and idle memory of the CORS Playground window, against an empty Qt Widgets
window, measured in one run taking turns. Needs an X display: run it under xvfb-run (the
bench/run.sh wrapper does). Prints Markdown.

Start-up time is the time from just before the process is started until the window has been
exposed and painted once (the program prints that moment, see src/gui/FirstExposureProbe.h).
"""
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

ROUNDS = int(os.environ.get("BENCH_STARTUP_ROUNDS", "15"))
IDLE_SECONDS = float(os.environ.get("BENCH_IDLE_SECONDS", "5"))


def environment(config_home):
    env = dict(os.environ)
    # A fresh settings folder each time: no saved window layout or policy to load.
    env["XDG_CONFIG_HOME"] = config_home
    env.pop("QT_QPA_PLATFORM", None)
    return env


def time_to_shown(command):
    with tempfile.TemporaryDirectory() as config_home:
        started = time.time_ns()
        result = subprocess.run(command, env=environment(config_home), capture_output=True,
                                text=True, timeout=60)
    match = re.search(r"^shown (\d+)$", result.stdout, re.MULTILINE)
    if not match:
        sys.exit(f"{command[0]} printed no 'shown' line:\n{result.stdout}\n{result.stderr}")
    return (int(match.group(1)) - started) / 1e6


def idle_memory(command):
    with tempfile.TemporaryDirectory() as config_home:
        process = subprocess.Popen(command, env=environment(config_home),
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            time.sleep(IDLE_SECONDS)
            with open(f"/proc/{process.pid}/smaps_rollup") as rollup:
                fields = dict(re.findall(r"^(\w+):\s+(\d+) kB", rollup.read(), re.MULTILINE))
        finally:
            process.terminate()
            process.wait(timeout=10)
    return int(fields["Rss"]) / 1024, int(fields["Pss"]) / 1024


def main():
    build = sys.argv[1] if len(sys.argv) > 1 else "build"
    app = [f"{build}/bin/cors-playground"]
    empty = [f"{build}/bench/empty_window"]
    label = empty + ["--label"]
    timings = {"CORS Playground": [], "empty Qt Widgets window": [],
               "window with one line of text": []}
    time_to_shown(app + ["--exit-when-shown"])  # warm the file cache for both
    time_to_shown(empty)
    for _ in range(ROUNDS):
        timings["CORS Playground"].append(time_to_shown(app + ["--exit-when-shown"]))
        timings["empty Qt Widgets window"].append(time_to_shown(empty))
        timings["window with one line of text"].append(time_to_shown(label))

    print(f"### Start-up: time to a visible window ({ROUNDS} runs each, taking turns)\n")
    print("| program | median ms | min ms | max ms |")
    print("|---|---|---|---|")
    for name, values in timings.items():
        print(f"| {name} | {statistics.median(values):.0f} | {min(values):.0f} | "
              f"{max(values):.0f} |")
    ratio = statistics.median(timings["CORS Playground"]) / statistics.median(
        timings["empty Qt Widgets window"])
    print(f"\nRatio of medians: **{ratio:.2f}x** (target: at most 1.5x)")
    floor = statistics.median(timings["window with one line of text"]) / statistics.median(
        timings["empty Qt Widgets window"])
    print(f"\nOne line of text alone is {floor:.2f}x the empty window (Qt loads its font "
          "database before the first paint of any text).\n")

    print(f"### Idle memory ({IDLE_SECONDS:.0f} s after start, window shown)\n")
    print("| program | RSS MB | PSS MB |")
    print("|---|---|---|")
    for name, command in (("CORS Playground", app), ("empty Qt Widgets window",
                                                     empty + ["--stay"])):
        rss, pss = idle_memory(command)
        print(f"| {name} | {rss:.1f} | {pss:.1f} |")
    print("\nTarget for CORS Playground: at most 80 MB.")


if __name__ == "__main__":
    main()
