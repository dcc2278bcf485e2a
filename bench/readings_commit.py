#!/usr/bin/env python3
"""The reference of bench/readings_submit: how many durable transactions of
one INSERT into readings and one UPDATE of its meter the database itself
commits per second, on the same database file or cluster, from one
connection (as mygas-server holds one) and, for PostgreSQL, also from eight.

    readings_commit.py --db sqlite:PATH|postgresql://... --account ID --meter ID
                       [--seconds 5] [--pgbench PATH]

SQLite: WAL with synchronous=FULL, as mygas-server opens it; PostgreSQL:
pgbench with the cluster's settings (synchronous_commit on). The rows it
inserts are deleted afterwards. Prints "commits_per_s=… [commits_per_s_8=…]".
"""
import argparse
import datetime
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import time

INSERT = ('INSERT INTO readings (id, account_id, meter_id, "date", value, consumption, source, state, version) '
          "VALUES ({id}, {account}, {meter}, {date}, {value}, 1, 'online', 'accepted', 0)")
UPDATE = "UPDATE meters SET last_reading = last_reading WHERE id = {meter}"
CLEANUP = "DELETE FROM readings WHERE id LIKE 'commit-ref-%'"


def sqlite_rate(path, account, meter, seconds):
    con = sqlite3.connect(path, isolation_level=None, timeout=60)
    # The pragmas mygas-server opens its database with (server/db/Database.cpp).
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON", "mmap_size=1073741824",
                   "cache_size=-65536"):
        con.execute("PRAGMA " + pragma)
    insert = INSERT.format(id="?", account="?", meter="?", date="?", value="?")
    update = UPDATE.format(meter="?")
    today = datetime.date.today().isoformat()
    n = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        n += 1
        con.execute("BEGIN IMMEDIATE")
        con.execute(insert, (f"commit-ref-{n}", account, meter, today, n))
        con.execute(update, (meter,))
        con.execute("COMMIT")
    rate = n / (time.perf_counter() - start)
    con.execute(CLEANUP)
    return rate


def pgbench_rate(pgbench, url, account, meter, seconds, clients):
    script = ("\\set n random(1, 1000000000000)\nBEGIN;\n" +
              INSERT.format(id="'commit-ref-' || :client_id || '-' || :n", account=account,
                            meter=f"'{meter}'", date="CURRENT_DATE::text", value=":n") + ";\n" +
              UPDATE.format(meter=f"'{meter}'") + ";\nEND;\n")
    with tempfile.NamedTemporaryFile("w", suffix=".sql", delete=False) as f:
        f.write(script)
    try:
        out = subprocess.run([pgbench, "-n", "-c", str(clients), "-j", str(min(clients, 2)), "-T", str(seconds),
                              "-f", f.name, url], check=True, capture_output=True, text=True).stdout
    finally:
        os.unlink(f.name)
    m = re.search(r"tps = ([0-9.]+) \(without initial connection time\)", out)
    if not m:
        sys.exit("readings_commit.py: no tps in pgbench's output:\n" + out)
    return float(m.group(1))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--db", required=True)
    p.add_argument("--account", required=True)
    p.add_argument("--meter", required=True)
    p.add_argument("--seconds", type=int, default=5)
    p.add_argument("--pgbench", default="/usr/lib/postgresql/15/bin/pgbench")
    a = p.parse_args()
    if not re.fullmatch(r"[0-9]+", a.account) or not re.fullmatch(r"[0-9A-Za-z_-]+", a.meter):
        sys.exit("readings_commit.py: unexpected account or meter id")
    if a.db.startswith("sqlite:"):
        print(f"commits_per_s={sqlite_rate(a.db[7:], int(a.account), a.meter, a.seconds):.1f}")
        return
    one = pgbench_rate(a.pgbench, a.db, a.account, a.meter, a.seconds, 1)
    eight = pgbench_rate(a.pgbench, a.db, a.account, a.meter, a.seconds, 8)
    subprocess.run(["psql", a.db, "-XAtq", "-c", CLEANUP], check=True)
    print(f"commits_per_s={one:.1f} commits_per_s_8={eight:.1f}")


if __name__ == "__main__":
    main()
