#!/usr/bin/env bash
# Starts or stops a local Elasticsearch (the integ-test-zip distribution from Maven Central).
#
#   elasticsearch.sh start <es-home> <base-dir> <port> [--fresh]
#   elasticsearch.sh stop  <base-dir>
#
# <base-dir> holds data/, logs/ and es.pid. --fresh wipes data/ first (tests). Elasticsearch refuses
# to run as root, so as root it runs as the unprivileged system user "esrun", created when missing.
set -euo pipefail

die() { echo "elasticsearch.sh: $*" >&2; exit 1; }

stop_es() {
  local base=$1 pidfile=$1/es.pid pid
  [ -f "$pidfile" ] || return 0
  pid=$(cat "$pidfile" 2>/dev/null || true)
  if [ -n "$pid" ] && kill "$pid" 2>/dev/null; then
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
}

java_home() {
  if [ -n "${ES_JAVA_HOME:-}" ]; then echo "$ES_JAVA_HOME"; return; fi
  if [ -n "${JAVA_HOME:-}" ]; then echo "$JAVA_HOME"; return; fi
  dirname "$(dirname "$(readlink -f "$(command -v java)")")"
}

start_es() {
  local home base port fresh pidfile run=()
  home=$(readlink -f "$1"); base=$(readlink -m "$2"); port=$3; fresh=${4:-}
  [ -x "$home/bin/elasticsearch" ] || chmod +x "$home"/bin/* 2>/dev/null || true
  [ -f "$home/bin/elasticsearch" ] || die "no Elasticsearch distribution at $home"
  pidfile=$base/es.pid
  stop_es "$base"
  [ "$fresh" = "--fresh" ] && rm -rf "$base/data"
  mkdir -p "$base/data" "$base/logs"
  if [ "$(id -u)" = 0 ]; then
    id esrun >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin esrun
    chown -R esrun: "$home" "$base"
    runuser -u esrun -- test -x "$base" || die "user esrun cannot reach $base: choose a folder outside private (700) directories"
    run=(runuser -u esrun --)
  fi
  "${run[@]}" env ES_JAVA_HOME="$(java_home)" ES_JAVA_OPTS="${ES_JAVA_OPTS:--Xms256m -Xmx256m}" \
    "$home/bin/elasticsearch" -d -p "$pidfile" \
      -E cluster.name=pagewright -E node.name=pagewright-1 \
      -E discovery.type=single-node -E xpack.security.enabled=false \
      -E http.host=127.0.0.1 -E transport.host=127.0.0.1 -E http.port="$port" -E transport.port=0 \
      -E path.data="$base/data" -E path.logs="$base/logs" \
      -E cluster.routing.allocation.disk.threshold_enabled=false \
      -E action.destructive_requires_name=true > "$base/console.log" 2>&1 \
    || { tail -40 "$base/console.log" >&2; die "Elasticsearch failed to start"; }
  for _ in $(seq 1 180); do
    if curl -sf -o /dev/null "http://127.0.0.1:$port/_cluster/health?wait_for_status=yellow&timeout=1s"; then
      echo "Elasticsearch ready on http://127.0.0.1:$port (pid $(cat "$pidfile"))"
      return 0
    fi
    if [ -f "$pidfile" ] && ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then break; fi
    sleep 0.5
  done
  echo "Elasticsearch did not become ready; last log lines:" >&2
  tail -40 "$base/logs/pagewright.log" "$base/console.log" >&2 2>/dev/null || true
  stop_es "$base"
  exit 1
}

case "${1:-}" in
  start) [ $# -ge 4 ] || die "usage: $0 start <es-home> <base-dir> <port> [--fresh]"; start_es "$2" "$3" "$4" "${5:-}" ;;
  stop)  [ $# -ge 2 ] || die "usage: $0 stop <base-dir>"; stop_es "$(readlink -m "$2")"; echo "Elasticsearch stopped" ;;
  *) die "usage: $0 start <es-home> <base-dir> <port> [--fresh] | stop <base-dir>" ;;
esac
