#!/usr/bin/env bash
# Resolve throughput and latency over HTTP against a running server (./pagewright start: WildFly,
# Elasticsearch and the decision log on), with wrk from Debian (apt-get install wrk).
#   benchmarks/scripts/resolve-load.sh [seconds] [connections] [threads] [surface] [base-url] [es-url]
# Every request is a delivery-key resolve of the demo surface for one of 10,000 visitors with a
# random intent, so impression counters, the profile cache and the decision log all work. Also
# prints the CPU time WildFly and Elasticsearch spent per resolve during the measurement (the
# processes listening on the two URLs' ports).
set -euo pipefail
seconds=${1:-30}
connections=${2:-16}
threads=${3:-2}
surface=${4:-ecommerce-homepage}
base=${5:-http://127.0.0.1:8080}
es=${6:-http://127.0.0.1:9200}
root=$(cd "$(dirname "$0")/../.." && pwd)
credentials=${PAGEWRIGHT_DEMO_CREDENTIALS_FILE:-$root/var/demo-credentials.properties}
key=$(sed -n 's/^delivery=//p' "$credentials")
[ -n "$key" ] || { echo "no delivery key in $credentials" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install wrk" >&2; exit 1; }
script=$(mktemp --suffix=.lua)
trap 'rm -f "$script"' EXIT
cat > "$script" <<LUA
local intents = {"research", "comparison", "ready-to-buy", "post-purchase"}
local n = 0
wrk.method = "POST"
wrk.path = "/api/v1/surfaces/$surface/resolve"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Basic $(printf '%s' "$key" | base64 -w0)"
request = function()
  n = n + 1
  local body = string.format('{"visitorId":"load-%d","context":{"intent":"%s"}}',
                             math.random(1, 10000), intents[n % 4 + 1])
  return wrk.format(nil, nil, nil, body)
end
done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors (non-2xx/3xx) %d, socket errors %d\n",
    summary.requests, summary.errors.status, summary.errors.connect + summary.errors.read +
    summary.errors.write + summary.errors.timeout))
  io.write(string.format("throughput %.0f resolves/s\n", summary.requests / (summary.duration / 1e6)))
  for _, p in ipairs({50, 90, 99, 99.9}) do
    io.write(string.format("latency p%s %.2f ms\n", p, latency:percentile(p) / 1000))
  end
end
LUA
. "$(dirname "$0")/processes.sh"
wildfly=$(listener "$(port_of "$base")")
elasticsearch=$(listener "$(port_of "$es")")
# warm up (JIT, caches), then measure
wrk -t"$threads" -c"$connections" -d10s -s "$script" "$base" > /dev/null
w0=$(ticks "$wildfly"); e0=$(ticks "$elasticsearch")
out=$(wrk -t"$threads" -c"$connections" -d"${seconds}s" -s "$script" "$base" | sed -n '/^requests/,$p')
w1=$(ticks "$wildfly"); e1=$(ticks "$elasticsearch")
echo "$out"
resolves=$(echo "$out" | sed -n 's/^requests \([0-9]*\),.*/\1/p')
hz=$(getconf CLK_TCK)
if [ -n "$wildfly" ] && [ "${resolves:-0}" -gt 0 ]; then
  echo "cpu per resolve: WildFly $(( (w1 - w0) * 1000000 / hz / resolves )) us," \
       "Elasticsearch $(( (e1 - e0) * 1000000 / hz / resolves )) us"
fi
