#!/usr/bin/env bash
# Sustained event ingestion against a running server (WildFly and Elasticsearch on this machine,
# e.g. ./pagewright start), then a zero-loss count and the profile-update lag.
#   benchmarks/scripts/event-ingest.sh [seconds] [senders] [base-url] [es-url] [index-prefix]
# Needs benchmarks/target/benchmarks.jar (mvn -o package -pl benchmarks -am -DskipTests).
# Resets the server's ingest counters (DELETE /api/v1/admin/events/stats) before the run.
# Sends with the delivery key and reads the stats as admin, both from the demo credentials
# (PAGEWRIGHT_DEMO_CREDENTIALS_FILE, default var/demo-credentials.properties).
set -euo pipefail
seconds=${1:-60}
senders=${2:-8}
base=${3:-http://127.0.0.1:8080}
es=${4:-http://127.0.0.1:9200}
prefix=${5:-pagewright}
root=$(cd "$(dirname "$0")/../.." && pwd)
jar=$root/benchmarks/target/benchmarks.jar
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
credentials=${PAGEWRIGHT_DEMO_CREDENTIALS_FILE:-$root/var/demo-credentials.properties}
key=$(sed -n 's/^delivery=//p' "$credentials")
admin=$(sed -n 's/^admin=//p' "$credentials")
[ -n "$key" ] && [ -n "$admin" ] || { echo "no delivery key or admin in $credentials" >&2; exit 1; }
run=run$(date +%s)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

curl -sf -u "$admin" -X DELETE "$base/api/v1/admin/events/stats"
# batches of 100 events, 10 per visitor, 50,000 visitors
"$java" -cp "$jar" io.pagewright.benchmarks.events.IngestLoad \
  "$base" "$seconds" "$senders" 100 50000 10 "$run" "$key" | tee "$out/load"
sent_at=$(date +%s.%N)
until curl -sf -u "$admin" "$base/api/v1/admin/events/stats" > "$out/stats" &&
      python3 -c 'import json,sys; b=json.load(open(sys.argv[1]))["backlog"]; sys.exit(0 if b["toFold"]==0 and b["toShip"]==0 else 1)' "$out/stats"; do
  sleep 0.5
done
drained=$(python3 -c "import time; print(f'{time.time()-$sent_at:.1f}')")
curl -sf -X POST "$es/$prefix-events-*/_refresh" > /dev/null
curl -sf "$es/$prefix-events-*/_count" -H 'Content-Type: application/json' \
     -d "{\"query\":{\"term\":{\"sessionId\":\"$run\"}}}" > "$out/count"
python3 - "$out/load" "$out/stats" "$out/count" "$drained" <<'PY'
import json, re, sys
summary = open(sys.argv[1]).read().strip().splitlines()[-1]
fresh = int(re.search(r"\((\d+) new\)", summary).group(1))
stats = json.load(open(sys.argv[2]))["node"]
indexed = json.load(open(sys.argv[3]))["count"]
fold, ship = stats["foldLagMillis"], stats["indexLagMillis"]
print(f"accepted new events {fresh}, folded {stats['folded']}, in Elasticsearch {indexed}:",
      "ZERO LOSS" if fresh == stats["folded"] == indexed else "MISMATCH")
print(f"backlog drained {sys.argv[4]} s after the load stopped")
print(f"profile-update lag ms  p50 {fold['p50']}  p90 {fold['p90']}  p99 {fold['p99']}  max {fold['max']}")
print(f"index lag ms           p50 {ship['p50']}  p90 {ship['p90']}  p99 {ship['p99']}  max {ship['max']}")
PY
