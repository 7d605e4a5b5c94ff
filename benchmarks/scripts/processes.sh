# Sourced by the benchmark scripts: the process behind a URL, and its CPU time.
# Several servers may run on one machine, so a process is found by the port it listens on.

# The port of a URL such as http://127.0.0.1:8080/path.
port_of() { local rest=${1#*://}; rest=${rest%%/*}; echo "${rest##*:}"; }

# The pid of the process listening on a TCP port, empty if none.
listener() { ss -Hltnp "sport = :$1" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1; }

# User + system CPU time of a process in clock ticks (getconf CLK_TCK a second); 0 without a pid.
ticks() { if [ -n "$1" ]; then awk '{print $14 + $15}' "/proc/$1/stat"; else echo 0; fi; }
