#!/usr/bin/env python3
"""Users with the extended version of seeded accounts, made through the API,
and the targets file of mygas_bench_readings_load.

    readings_users.py --base https://HOST:PORT --ca CA.pem --state USERS.txt
                      --users N --seeded M --out TARGETS [--workers 4]

Each new user registers (code from the demo outbox), consents, links three
seeded severogorsk accounts, asks for their PIN (approved at once by
`serve --demo`, read from the outbox) and unlocks the extended version with it,
as a person does in «Настройки». USERS.txt keeps the users made so far
("LOGIN ACCOUNT_ID ACCOUNT_ID ACCOUNT_ID"): a rerun logs them in again and
only makes the missing ones. The k-th linked account is the seeded index
(k * 997 + 12345) mod M: distinct for every k below M and spread over the
whole range. TARGETS gets one line per account: "ACCOUNT_ID TOKEN
METER_ID=LAST_READING,..." with the working meters as GET /meters shows them.
"""
import argparse
import concurrent.futures
import http.client
import json
import secrets
import ssl
import sys
import threading
import urllib.parse

PASSWORD = "bench5"
COMPANY = "severogorsk"


class Api:
    """One keep-alive HTTPS connection per thread."""

    def __init__(self, base, ca):
        url = urllib.parse.urlsplit(base)
        self.host, self.port = url.hostname, url.port
        self.context = ssl.create_default_context(cafile=ca)
        self.local = threading.local()

    def call(self, method, path, body=None, token=None, ok=(200, 201, 202, 204)):
        headers = {"Content-Type": "application/json"} if body is not None else {}
        if token:
            headers["Authorization"] = "Bearer " + token
        data = json.dumps(body).encode() if body is not None else None
        for attempt in range(2):
            conn = getattr(self.local, "conn", None)
            if conn is None:
                conn = self.local.conn = http.client.HTTPSConnection(
                    self.host, self.port, context=self.context, timeout=120)
            try:
                conn.request(method, "/api/v1" + path, body=data, headers=headers)
                response = conn.getresponse()
                raw = response.read()
                break
            except (OSError, http.client.HTTPException):
                conn.close()
                self.local.conn = None
                if attempt:
                    raise
        text = raw.decode()
        if response.status not in ok:
            raise RuntimeError(f"{method} {path} answered {response.status}: {text}")
        return json.loads(text) if text else None


def seeded_number(index):
    # server/provider/SeedGenerator.cpp: 10 digits, 10^9 + index.
    return str(1000000000 + index)


def make_user(api, login, indices):
    challenge = api.call("POST", "/auth/register", {"login": login, "password": PASSWORD})["challenge_id"]
    code = api.call("GET", "/demo/outbox?to=" + urllib.parse.quote(login))[0]["code"]  # newest first
    token = api.call("POST", "/auth/register/confirm",
                     {"challenge_id": challenge, "code": code})["access_token"]
    api.call("POST", "/me/consent", {"version": "2024-01"}, token)
    ids = []
    for index in indices:
        account = api.call("POST", "/accounts", {"company_id": COMPANY, "number": seeded_number(index)}, token)["id"]
        api.call("POST", f"/accounts/{account}/pin-request",
                 {"full_name": "Иванов Иван Иванович", "email": login, "phone": "+79000000000"}, token)
        pin = api.call("GET", "/demo/outbox?to=" + urllib.parse.quote(login))[0]["code"]
        access = api.call("POST", f"/accounts/{account}/extended", {"method": "pin", "answer": pin}, token)["access"]
        if access != "extended":
            raise RuntimeError(f"account {index} did not switch to the extended version")
        ids.append(str(account))
    return token, ids


def login(api, name):
    return api.call("POST", "/auth/login", {"login": name, "password": PASSWORD})["access_token"]


def target_line(api, token, account):
    meters = api.call("GET", f"/accounts/{account}/meters", token=token)
    working = [f"{m['id']}={m['last_reading']}" for m in meters if m.get("state") == "working"]
    if not working:
        raise RuntimeError(f"account {account} has no working meter")
    return f"{account} {token} {','.join(working)}"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", required=True)
    p.add_argument("--ca", required=True)
    p.add_argument("--state", required=True)
    p.add_argument("--users", type=int, required=True)
    p.add_argument("--seeded", type=int, required=True, help="accounts seeded for the company")
    p.add_argument("--out", required=True)
    p.add_argument("--workers", type=int, default=4)
    p.add_argument("--login-prefix", default="readings-bench")
    a = p.parse_args()
    if 3 * a.users > a.seeded:
        sys.exit(f"readings_users.py: {a.users} users need {3 * a.users} seeded accounts")

    api = Api(a.base, a.ca)
    try:
        with open(a.state, encoding="utf-8") as f:
            known = [line.split() for line in f if line.strip()]
    except FileNotFoundError:
        known = []
    users = known[:a.users]
    missing = range(len(users), a.users)

    nonce = secrets.token_hex(3)

    def create(k):
        # A user left half-made by a failed run is not in USERS.txt: the
        # run's nonce keeps the new login free.
        name = f"{a.login_prefix}-{k}-{nonce}@example.org"
        indices = [((3 * k + j) * 997 + 12345) % a.seeded for j in range(3)]
        token, ids = make_user(api, name, indices)
        return [name] + ids, token

    tokens = {}
    with concurrent.futures.ThreadPoolExecutor(a.workers) as pool:
        for user, token in pool.map(create, missing):
            users.append(user)
            tokens[user[0]] = token
            # Kept at once: a failed run resumes from here.
            with open(a.state, "a", encoding="utf-8") as f:
                f.write(" ".join(user) + "\n")
        again = [u[0] for u in users if u[0] not in tokens]
        for name, token in zip(again, pool.map(lambda n: login(api, n), again)):
            tokens[name] = token
        jobs = [(tokens[u[0]], account) for u in users for account in u[1:]]
        lines = list(pool.map(lambda job: target_line(api, *job), jobs))
    with open(a.out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"readings_users.py: {len(users)} users ({len(missing)} new), {len(lines)} accounts with the "
          f"extended version")


if __name__ == "__main__":
    main()
