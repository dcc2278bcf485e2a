#!/usr/bin/env python3
"""Checks the readings table against what the load client was told.

    readings_check.py --db URL --targets TARGETS --snapshot OUT
        writes the (meter, value) rows of the targets' meters before the load;
    readings_check.py --db URL --targets TARGETS --baseline OUT --log LOAD_LOG
        compares the rows after the load with every reading the client got a
        2xx "accepted" for (the --log of mygas_bench_readings_load): each one
        must be in the table exactly once, and no other new row may be there.

URL: sqlite:PATH or postgresql://… (read with psql). Prints
"accepted_logged=… new_rows=… found=… missing=… duplicates=… unexpected=…"
and exits 1 when anything is missing, doubled or unexpected.
"""
import argparse
import collections
import re
import sqlite3
import subprocess
import sys


def meters_of(targets):
    meters = []
    with open(targets, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3:
                meters += [item.split("=")[0] for item in parts[2].split(",")]
    for m in meters:
        if not re.fullmatch(r"[0-9A-Za-z_-]+", m):
            sys.exit(f"readings_check.py: unexpected meter id {m!r}")
    return meters


def rows(url, meters):
    """Counter of (meter_id, value) over the readings of these meters."""
    found = collections.Counter()
    if url.startswith("sqlite:"):
        con = sqlite3.connect(url[7:], timeout=60)
        con.execute("CREATE TEMP TABLE wanted (id TEXT PRIMARY KEY)")
        con.executemany("INSERT INTO wanted VALUES (?)", [(m,) for m in meters])
        for meter, value in con.execute("SELECT meter_id, value FROM readings WHERE meter_id IN "
                                        "(SELECT id FROM wanted)"):
            found[(meter, int(value))] += 1
        return found
    listed = ",".join(f"'{m}'" for m in meters)
    out = subprocess.run(["psql", url, "-XAtq", "-F", " ", "-v", "ON_ERROR_STOP=1", "-c",
                          f"SELECT meter_id, value FROM readings WHERE meter_id IN ({listed})"],
                         check=True, capture_output=True, text=True).stdout
    for line in out.splitlines():
        meter, value = line.split()
        found[(meter, int(value))] += 1
    return found


def accepted_in(log):
    accepted = collections.Counter()
    with open(log, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 3 or not parts[1].isdigit() or not 200 <= int(parts[1]) <= 299:
                continue
            for item in parts[3:]:
                reading, _, verdict = item.rpartition(":")
                meter, _, value = reading.partition("=")
                if verdict == "accepted":
                    accepted[(meter, int(value))] += 1
    return accepted


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--db", required=True)
    p.add_argument("--targets", required=True)
    p.add_argument("--snapshot")
    p.add_argument("--baseline")
    p.add_argument("--log")
    a = p.parse_args()
    meters = meters_of(a.targets)
    now = rows(a.db, meters)
    if a.snapshot:
        with open(a.snapshot, "w", encoding="utf-8") as f:
            for (meter, value), n in sorted(now.items()):
                f.write(f"{meter} {value} {n}\n")
        return
    if not a.baseline or not a.log:
        sys.exit("readings_check.py: --baseline and --log go together")
    before = collections.Counter()
    with open(a.baseline, encoding="utf-8") as f:
        for line in f:
            meter, value, n = line.split()
            before[(meter, int(value))] = int(n)
    new = now - before
    accepted = accepted_in(a.log)
    missing = sum(1 for k in accepted if new[k] == 0)
    # The same reading stored twice, or acknowledged twice (two keys for one value).
    duplicates = sum(n - 1 for n in new.values() if n > 1) + sum(n - 1 for n in accepted.values() if n > 1)
    unexpected = sum(n for k, n in new.items() if k not in accepted)
    print(f"accepted_logged={sum(accepted.values())} new_rows={sum(new.values())} "
          f"found={sum(1 for k in accepted if new[k] > 0)} missing={missing} duplicates={duplicates} "
          f"unexpected={unexpected}")
    sys.exit(1 if missing or duplicates or unexpected else 0)


if __name__ == "__main__":
    main()
