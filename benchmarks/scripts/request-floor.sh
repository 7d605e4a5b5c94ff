#!/usr/bin/env bash
# What the stack costs before Pagewright does anything, against a running ./pagewright start:
#   1. the cheapest answer: an unauthenticated call (401 problem+json);
#   2. an authenticated call the role check refuses (delivery key on an admin endpoint, 403);
#   3. Elasticsearch indexing decision documents, copied from today's decision log into a scratch
#      index with the log's mapping, in bulks of 2,000.
# Prints requests/s, latency and CPU per request of WildFly (and of Elasticsearch for 3).
#   benchmarks/scripts/request-floor.sh [seconds] [base-url] [es-url] [index-prefix]
# Needs wrk and python3 (Debian packages) and resolves made earlier (for decision documents).
set -euo pipefail
seconds=${1:-20}
base=${2:-http://127.0.0.1:8080}
es=${3:-http://127.0.0.1:9200}
prefix=${4:-pagewright}
root=$(cd "$(dirname "$0")/../.." && pwd)
credentials=${PAGEWRIGHT_DEMO_CREDENTIALS_FILE:-$root/var/demo-credentials.properties}
key=$(sed -n 's/^delivery=//p' "$credentials")
[ -n "$key" ] || { echo "no delivery key in $credentials" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install wrk" >&2; exit 1; }
. "$(dirname "$0")/processes.sh"
wildfly=$(listener "$(port_of "$base")")
elasticsearch=$(listener "$(port_of "$es")")
[ -n "$wildfly" ] && [ -n "$elasticsearch" ] || { echo "no server listening at $base or $es" >&2; exit 1; }
hz=$(getconf CLK_TCK)
script=$(mktemp --suffix=.lua)
trap 'rm -f "$script"' EXIT
printf 'wrk.headers["Authorization"] = "Basic %s"\n' "$(printf '%s' "$key" | base64 -w0)" > "$script"

measure() { # name url [wrk args...]
  local name=$1 url=$2; shift 2
  wrk -t2 -c16 -d10s "$@" "$url" > /dev/null
  local before out after
  before=$(ticks "$wildfly")
  out=$(wrk -t2 -c16 -d"${seconds}s" --latency "$@" "$url")
  after=$(ticks "$wildfly")
  python3 - "$name" "$before" "$after" "$hz" "$seconds" <<PY
import re, sys
name, before, after, hz, seconds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
out = """$out"""
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
p50 = re.search(r"50%\s+(\S+)", out).group(1)
p99 = re.search(r"99%\s+(\S+)", out).group(1)
cpu = (after - before) / hz / (rps * seconds) * 1e6
print(f"{name}: {rps:,.0f} requests/s, p50 {p50}, p99 {p99}, WildFly {cpu:.0f} us CPU per request")
PY
}

measure "unauthenticated (401)" "$base/api/v1/nothing-here"
measure "delivery key refused by the role check (403)" "$base/api/v1/strategies" -s "$script"

python3 - "$es" "$prefix" "$elasticsearch" "$hz" <<'PY'
import json, sys, urllib.request, uuid, datetime
es, prefix, pid, hz = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
def call(method, path, body=None, kind="application/json"):
    request = urllib.request.Request(es + path, data=body, method=method, headers={"Content-Type": kind})
    return json.load(urllib.request.urlopen(request))
def ticks():
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])
source = f"/{prefix}-decisions-{datetime.datetime.now(datetime.timezone.utc):%Y.%m.%d}"
docs = [h["_source"] for h in call("POST", source + "/_search?size=2000", b'{"query":{"match_all":{}}}')["hits"]["hits"]]
if not docs:
    sys.exit("no decisions logged today: run benchmarks/scripts/resolve-load.sh first")
mapping = list(call("GET", source + "/_mapping").values())[0]["mappings"]
scratch = "/floor-scratch-decisions"
try:
    call("DELETE", scratch)
except Exception:
    pass
call("PUT", scratch, json.dumps({"mappings": mapping}).encode())
def run(rounds):
    count, before = 0, ticks()
    for _ in range(rounds):
        lines = []
        for doc in docs:
            doc = dict(doc, pageDecisionId=str(uuid.uuid4()))
            lines.append(json.dumps({"index": {"_index": scratch[1:], "_id": doc["pageDecisionId"]}}))
            lines.append(json.dumps(doc))
        call("POST", "/_bulk", ("\n".join(lines) + "\n").encode(), "application/x-ndjson")
        count += len(docs)
    return count, ticks() - before
run(5)  # warm-up
count, used = run(20)
call("DELETE", scratch)
size = sum(len(json.dumps(d)) for d in docs) / len(docs)
print(f"Elasticsearch indexing {count:,} decision documents ({size:,.0f} bytes each): {used / hz / count * 1e6:.0f} us CPU per document")
PY
