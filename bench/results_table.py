#!/usr/bin/env python3
"""Renders bench/run.sh's figures (a TSV: figure, Prospector, reference, ratio, target, met) as one
Markdown table and, with --write, puts it into bench/RESULTS.md between the bench/run.sh markers
(replacing the previous table; the markers are added after the introduction the first time)."""
import argparse
import sys

BEGIN = "<!-- bench/run.sh: begin (generated; re-run bench/run.sh to replace) -->"
END = "<!-- bench/run.sh: end -->"


def render(rows, args):
    n = f"{args.rows:,}"
    lines = [
        BEGIN,
        "## Summary: every benchmark in one table (`bench/run.sh`)",
        "",
        f"Run of {args.date} on commit `{args.commit}`, {n} rows"
        f" (`bench/run.sh{' --quick' if args.rows == 100000 else '' if args.rows == 1000000 else f' --rows {args.rows}'}`)."
        f" Machine: {args.machine}; load average {args.load} (1, 5, 15 min, at start → at end)."
        " The sections below give each benchmark's details and how to read them.",
        "",
        "| Figure | Prospector | Reference | Ratio | Target | Met? |",
        "|---|---:|---|---:|---|---|",
    ]
    for r in rows:
        cells = (r + ["—"] * 6)[:6]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    missed = [r[0] for r in rows if len(r) > 5 and r[5] == "NO"]
    skipped = [r[0] for r in rows if len(r) > 5 and r[5].startswith("skipped")]
    lines.append("")
    def listed(names):
        return f" ({'; '.join(names)})" if 0 < len(names) <= 6 else ""
    met = sum(1 for r in rows if len(r) > 5 and r[5] == "yes")
    lines.append(f"Targets met: {met}; missed: {len(missed)}{listed(missed)}; skipped: {len(skipped)}{listed(skipped)}.")
    lines.append(END)
    return "\n".join(lines) + "\n"


def write(path, block):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        _, tail = rest.split(END, 1)
        text = head + block.rstrip("\n") + tail
    else:
        # After the introduction: the first "## " heading gets the table in front of it.
        at = text.find("\n## ")
        at = len(text) if at < 0 else at + 1
        text = text[:at] + block + "\n" + text[at:]
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--results", required=True)
    p.add_argument("--rows", type=int, required=True)
    p.add_argument("--date", required=True)
    p.add_argument("--machine", required=True)
    p.add_argument("--load", required=True)
    p.add_argument("--commit", required=True)
    p.add_argument("--write")
    args = p.parse_args()
    with open(args.results, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    block = render(rows, args)
    sys.stdout.write(block)
    if args.write:
        write(args.write, block)
        print(f"written to {args.write}", file=sys.stderr)


if __name__ == "__main__":
    main()
