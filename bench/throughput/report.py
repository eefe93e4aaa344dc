#!/usr/bin/python3
"""Markdown table from throughput.sh's results: one TSV line per wrk run
(server, workload, round, requests/s, non-2xx/3xx count, socket errors)."""
import statistics
import sys

REFERENCE = "cors-playground"

rows = {}   # (server, workload) -> [rps, ...] in round order
bad = {}    # (server, workload) -> (non2xx, errors) summed
order = []
with open(sys.argv[1]) as f:
    for line in f:
        server, workload, _round, rps, non2xx, errors = line.rstrip("\n").split("\t")
        key = (server, workload)
        if key not in rows:
            rows[key] = []
            bad[key] = [0, 0]
            order.append(key)
        rows[key].append(float(rps))
        bad[key][0] += int(non2xx)
        bad[key][1] += int(errors)

medians = {key: statistics.median(values) for key, values in rows.items()}
print("| server | workload | median req/s | all rounds (req/s) | cors-playground / this |")
print("|---|---|---:|---|---:|")
for workload in ("preflight", "get"):
    for key in order:
        if key[1] != workload:
            continue
        reference = medians.get((REFERENCE, workload))
        ratio = f"{reference / medians[key]:.2f}" if reference and medians[key] else "n/a"
        rounds = ", ".join(f"{v:.0f}" for v in rows[key])
        note = ""
        if bad[key][0] or bad[key][1]:
            note = f" (non-2xx/3xx: {bad[key][0]}, socket errors: {bad[key][1]})"
        print(f"| {key[0]} | {workload} | {medians[key]:.0f} | {rounds}{note} | {ratio} |")

# Issue 13: every framework mode within 10% of the Starlette mode, in the same run.
print()
for workload in ("preflight", "get"):
    reference = medians.get((REFERENCE, workload))
    for key in order:
        if key[1] != workload or not key[0].startswith(REFERENCE + "-") or not reference:
            continue
        slower = (reference - medians[key]) / reference * 100
        verdict = "within 10%" if slower <= 10 else "MORE THAN 10% slower"
        change = f"{slower:.1f}% slower" if slower > 0 else f"{-slower:.1f}% faster"
        print(f"- {key[0]} {workload}: {change} than the Starlette mode ({verdict})")
