#!/usr/bin/env bash
# bigcapital-stop.sh [BASE]: stops the processes bigcapital.sh started, by the pids it recorded.
RUN=${1:-${BIGCAPITAL_BASE:-${TMPDIR:-/tmp}/bigcapital}}/run
[ -f "$RUN/pids" ] || exit 0
for name in web server redis mariadb; do
  p=$(awk -v n="$name" '$1==n{print $2}' "$RUN/pids" | tail -n1)
  if [ -n "$p" ] && kill -0 "$p" 2>/dev/null; then
    echo "[bigcapital] stopping $name (pid $p)"; kill "$p"
    for _ in $(seq 30); do kill -0 "$p" 2>/dev/null || break; sleep 1; done
    kill -0 "$p" 2>/dev/null && kill -9 "$p"
  fi
  sed -i "/^$name /d" "$RUN/pids"
done
