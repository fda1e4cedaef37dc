#!/usr/bin/env bash
# tryton.sh: a seeded Tryton 6.0 (Debian's packages: server + the sao web client) on 127.0.0.1, for
# test/e2e/tryton.test.ts. Installs the packages when missing (apt, as root or with sudo).
# Idempotent: when the server this script started is up and was seeded today, it does nothing;
# otherwise it stops it, builds a fresh SQLite database (dates relative to today), seeds it
# (tryton-seed.py) and starts the server.
#
#   TRYTON_WORKDIR (${TMPDIR:-/tmp}/owed-tryton)  TRYTON_DB (invoices)  TRYTON_PORT (8000)
#   TRYTON_ADMIN_PASSWORD (admin)  RESET=1 rebuilds even when up to date
set -euo pipefail
export PYTHONWARNINGS=ignore::DeprecationWarning

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
WORKDIR=${TRYTON_WORKDIR:-${TMPDIR:-/tmp}/owed-tryton}
DB=${TRYTON_DB:-invoices}
PORT=${TRYTON_PORT:-8000}
PASSWORD=${TRYTON_ADMIN_PASSWORD:-admin}
URL=http://127.0.0.1:$PORT
SAO=/usr/share/tryton-sao/www
CONF=$WORKDIR/trytond.conf
PIDFILE=$WORKDIR/trytond.pid
SEEDED=$WORKDIR/seeded-on
TODAY=$(date +%F)

say() { echo "[tryton] $*"; }
die() { echo "[tryton] ERROR: $*" >&2; [ -f "$WORKDIR/trytond.log" ] && tail -20 "$WORKDIR/trytond.log" >&2; exit 1; }
ours_alive() { [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null && grep -q trytond "/proc/$(cat "$PIDFILE")/cmdline" 2>/dev/null; }
answers() { curl -sf -o /dev/null --max-time 5 "$URL/"; }

bash "$HERE/apt-install.sh" curl tryton-server tryton-sao tryton-proteus \
  tryton-modules-account-invoice tryton-modules-account-dunning
[ -f "$SAO/index.html" ] || die "the sao web client is not in $SAO"

if [ "${RESET:-0}" != 1 ] && ours_alive && answers && [ "$(cat "$SEEDED" 2>/dev/null)" = "$TODAY" ]; then
  say "up on $URL (seeded today), nothing to do"
  exit 0
fi

if ours_alive; then
  pid=$(cat "$PIDFILE"); say "stopping the previous server (pid $pid)"; kill "$pid"
  for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
fi
answers && die "something else answers on $URL (Debian's tryton-server service? 'service tryton-server stop', or set TRYTON_PORT)"

say "building a fresh database in $WORKDIR"
rm -rf "$WORKDIR"; mkdir -p "$WORKDIR/attachments"
cat > "$CONF" <<CONF
[web]
listen = 127.0.0.1:$PORT
root = $SAO
[database]
uri = sqlite://
path = $WORKDIR
language = en
[session]
timeout = 86400
max_attempt = 100
[attachment]
store_prefix =
CONF
printf '%s\n' "$PASSWORD" > "$WORKDIR/admin.pass"
: > "$WORKDIR/$DB.sqlite"   # the sqlite backend opens an existing file only

TRYTONPASSFILE=$WORKDIR/admin.pass trytond-admin -c "$CONF" -d "$DB" \
  -u account_invoice account_dunning --activate-dependencies --all --email admin@example.com \
  > "$WORKDIR/admin.log" 2>&1 || { tail -30 "$WORKDIR/admin.log" >&2; die "trytond-admin failed"; }
# /usr/bin/python3 on purpose: another python3 earlier on PATH may lack Tryton's libraries.
CONF=$CONF DB=$DB /usr/bin/python3 "$HERE/tryton-seed.py" > "$WORKDIR/seed.log" 2>&1 \
  || { tail -30 "$WORKDIR/seed.log" >&2; die "seeding failed"; }
tail -1 "$WORKDIR/seed.log" | sed 's/^ */[tryton] /'

setsid nohup trytond -c "$CONF" --pidfile "$PIDFILE" > "$WORKDIR/trytond.log" 2>&1 < /dev/null &
for _ in $(seq 150); do answers && break; sleep 0.2; done
answers || die "trytond did not come up on $URL"
echo "$TODAY" > "$SEEDED"
say "up on $URL (database $DB, admin / $PASSWORD, pid $(cat "$PIDFILE"); stop: kill \$(cat $PIDFILE))"
