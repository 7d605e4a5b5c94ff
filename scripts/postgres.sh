#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests, from Debian's postgresql package.
#
#   postgres.sh start <dir> <port> <database> <user> <password>
#   postgres.sh stop  <dir>
#   postgres.sh resume <dir> <port>   (start a stopped cluster again, keeping its data)
#
# The cluster lives entirely in <dir> and listens on 127.0.0.1:<port> only. As root it runs as the
# "postgres" system user that the Debian package creates.
set -euo pipefail

die() { echo "postgres.sh: $*" >&2; exit 1; }

bindir() {
  local d
  for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && { echo "$d"; return; }; done
  command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return; }
  die "PostgreSQL server binaries not found: apt-get install postgresql (./pagewright test does it as root)"
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop_pg() {
  local dir=$1 bin
  [ -f "$dir/data/postmaster.pid" ] || return 0
  bin=$(bindir)
  as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
}

start_pg() {
  local dir port db user password bin
  dir=$(readlink -m "$1"); port=$2; db=$3; user=$4; password=$5
  bin=$(bindir)
  stop_pg "$dir"
  rm -rf "$dir"; mkdir -p "$dir"
  printf '%s\n' "$password" > "$dir/pwfile"
  if [ "$(id -u)" = 0 ]; then
    chown -R postgres: "$dir"
    runuser -u postgres -- test -x "$dir" || die "user postgres cannot reach $dir"
  fi
  as_owner "$bin/initdb" -D "$dir/data" -U "$user" --auth-local=trust --auth-host=scram-sha-256 \
    --pwfile="$dir/pwfile" -E UTF8 --locale=C.UTF-8 > "$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -c listen_addresses=127.0.0.1 -k $dir -c fsync=off -c synchronous_commit=off" start >/dev/null \
    || { tail -20 "$dir/server.log" >&2; die "PostgreSQL did not start"; }
  as_owner "$bin/createdb" -h "$dir" -p "$port" -U "$user" "$db"
  echo "PostgreSQL ready on 127.0.0.1:$port (database $db, user $user)"
}

resume_pg() {
  local dir port bin
  dir=$(readlink -m "$1"); port=$2
  bin=$(bindir)
  [ -d "$dir/data" ] || die "no cluster in $dir"
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -c listen_addresses=127.0.0.1 -k $dir -c fsync=off -c synchronous_commit=off" start >/dev/null \
    || { tail -20 "$dir/server.log" >&2; die "PostgreSQL did not start"; }
  echo "PostgreSQL resumed on 127.0.0.1:$port"
}

case "${1:-}" in
  start) [ $# -eq 6 ] || die "usage: $0 start <dir> <port> <database> <user> <password>"; start_pg "$2" "$3" "$4" "$5" "$6" ;;
  stop) [ $# -eq 2 ] || die "usage: $0 stop <dir>"; stop_pg "$(readlink -m "$2")"; echo "PostgreSQL stopped" ;;
  resume) [ $# -eq 3 ] || die "usage: $0 resume <dir> <port>"; resume_pg "$2" "$3" ;;
  *) die "usage: $0 start <dir> <port> <database> <user> <password> | stop <dir> | resume <dir> <port>" ;;
esac
