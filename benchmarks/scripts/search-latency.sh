#!/usr/bin/env bash
# Editor search latency against a running ./pagewright start (demo data), one request at a time.
#   benchmarks/scripts/search-latency.sh [requests] [base-url]
# Prints end-to-end HTTP latency (curl, new connection per request) and Elasticsearch's own "took".
set -euo pipefail
n=${1:-300}
base=${2:-http://127.0.0.1:8080}
url="$base/api/v1/search?q=free+shipping&surface=ecommerce-homepage&intent=ready-to-buy&intent=comparison"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for _ in $(seq 1 50); do curl -sf -o /dev/null "$url"; done   # warm-up
for _ in $(seq 1 "$n"); do
  curl -sf -o "$out/body" -w '%{time_total}\n' "$url" >> "$out/http"
  grep -o '"tookMillis":[0-9]*' "$out/body" | cut -d: -f2 >> "$out/took"
done
python3 - "$out/http" "$out/took" <<'PY'
import sys
http = sorted(float(x) * 1000 for x in open(sys.argv[1]))
took = sorted(int(x) for x in open(sys.argv[2]))
q = lambda a, p: a[min(len(a) - 1, int(p * len(a)))]
print(f"requests {len(http)}")
print(f"http ms  p50 {q(http,.5):.1f}  p95 {q(http,.95):.1f}  p99 {q(http,.99):.1f}  max {http[-1]:.1f}")
print(f"es took  p50 {q(took,.5)}  p95 {q(took,.95)}  p99 {q(took,.99)}  max {took[-1]}")
PY
