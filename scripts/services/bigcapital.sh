#!/usr/bin/env bash
# bigcapital.sh: Bigcapital (a real single-page invoicing app: NestJS API, React webapp, MariaDB,
# Redis) built from its upstream source at a pinned commit, seeded, and served on 127.0.0.1 for
# test/e2e/bigcapital.test.ts. Idempotent: what is built is kept under BIGCAPITAL_BASE (the first
# run takes 10-15 min on 2 cores, later ones seconds); what is not running is started.
#
# Source: downloaded from upstream at $COMMIT; when that fails (no network), the archive named by
# BIGCAPITAL_ARCHIVE, else ../shared/bigcapital/bigcapital-af80afcf.tar.gz beside the project.
#
#   BIGCAPITAL_BASE       working folder (${TMPDIR:-/tmp}/bigcapital): src/ data/ run/
#   BIGCAPITAL_ARCHIVE    a local copy of the source archive (fallback)
#   BIGCAPITAL_WEB_PORT (13080)  BIGCAPITAL_API_PORT (13000)  BIGCAPITAL_REDIS_PORT (16379)
#   BIGCAPITAL_UPSTREAM   where to download the archive from (default: the upstream project)
#   RESET=1  stop what this script started, wipe the data, seed again
#   bigcapital.sh source  only fetches and unpacks the source
# MariaDB listens on 127.0.0.1:3306: the server reads no port for it (DB_PORT is ignored).
# Processes started are "name pid" lines in run/pids; bigcapital-stop.sh stops exactly those.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
COMMIT=af80afcf598377d50c819661fa7ae56e19893d2e
UPSTREAM=${BIGCAPITAL_UPSTREAM:-https://github.com/bigcapitalhq/bigcapital/archive/$COMMIT.tar.gz}
BASE=${BIGCAPITAL_BASE:-${TMPDIR:-/tmp}/bigcapital}
SRC=$BASE/src RUN=$BASE/run DATA=$BASE/data
DB_PORT=3306
# MariaDB runs as whoever runs this script, so it can reach BASE wherever it is: a `mktemp -d`
# folder (mode 700, as .ci/run makes) is closed to the system's `mysql` user.
DB_OS_USER=$(id -un)
REDIS_PORT=${BIGCAPITAL_REDIS_PORT:-16379}
API_PORT=${BIGCAPITAL_API_PORT:-13000}
WEB_PORT=${BIGCAPITAL_WEB_PORT:-13080}
WEB_URL=http://127.0.0.1:$WEB_PORT
PNPM_VERSION=8.15.9   # the lockfile is pnpm 8's (lockfileVersion 6.0)
export HUSKY=0 PUPPETEER_SKIP_DOWNLOAD=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 CYPRESS_INSTALL_BINARY=0 \
  NX_DAEMON=false NX_NO_CLOUD=true CI=true npm_config_nodedir=/usr

mkdir -p "$RUN" "$DATA"
touch "$RUN/pids"
say() { echo "[bigcapital $(date +%H:%M:%S)] $*"; }
die() { echo "[bigcapital] ERROR: $*" >&2; exit 1; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
wait_port() { # port seconds name
  local i; for ((i = 0; i < $2; i++)); do port_open "$1" && return 0; sleep 1; done
  die "$3 did not open 127.0.0.1:$1 within $2 s"
}
pid_of() { awk -v n="$1" '$1==n{print $2}' "$RUN/pids" | tail -n1; }
alive() { local p; p=$(pid_of "$1"); [ -n "$p" ] && kill -0 "$p" 2>/dev/null; }
record() { sed -i "/^$1 /d" "$RUN/pids"; echo "$1 $2" >> "$RUN/pids"; }
# A port someone else holds is an error: never talk to a stranger's server as if it were ours.
free_or_die() { port_open "$1" && die "127.0.0.1:$1 is taken by a process this script did not start ($2)"; return 0; }

if [ "${RESET:-0}" = 1 ]; then
  say "RESET=1: stopping what runs and wiping the data"
  bash "$HERE/bigcapital-stop.sh" "$BASE"
  rm -rf "$DATA/mysql" "$DATA/redis" "$RUN/credentials.env"
fi

# ------------------------------------------------------------------ 1. source
# Upstream first; a local archive only when the download fails.
fetch_source() {
  local archive=$BASE/bigcapital-$COMMIT.tar.gz
  if [ ! -s "$archive" ]; then
    say "downloading the source at ${COMMIT:0:8} from upstream"
    if ! curl -fsSL --connect-timeout 10 --max-time "${BIGCAPITAL_DOWNLOAD_TIMEOUT:-300}" -o "$archive.part" "$UPSTREAM"; then
      rm -f "$archive.part"
      local local_copy=${BIGCAPITAL_ARCHIVE:-$ROOT/../shared/bigcapital/bigcapital-${COMMIT:0:8}.tar.gz}
      [ -f "$local_copy" ] || die "the download failed and there is no local archive (set BIGCAPITAL_ARCHIVE to bigcapital-${COMMIT:0:8}.tar.gz)"
      say "download failed; using the local archive $local_copy"
      cp "$local_copy" "$archive.part"
    fi
    mv "$archive.part" "$archive"
  fi
  { tar -tzf "$archive" 2>/dev/null || true; } | grep -qE '^[^/]+/packages/server/package.json$' \
    || { rm -f "$archive"; die "$archive is not Bigcapital's source archive"; }
  mkdir -p "$SRC"
  tar -xzf "$archive" -C "$SRC" --strip-components=1
  say "source unpacked into $SRC"
}
[ -f "$SRC/package.json" ] || fetch_source
[ "${1:-}" = source ] && exit 0   # `bigcapital.sh source`: only the source

# ------------------------------------------------------------------ 2. system packages, pnpm
bash "$ROOT/scripts/services/apt-install.sh" mariadb-server redis-server curl build-essential python3
if ! command -v pnpm >/dev/null || [ "$(pnpm -v)" != "$PNPM_VERSION" ]; then
  say "installing pnpm $PNPM_VERSION (npm i -g)"
  npm i -g --no-audit --no-fund "pnpm@$PNPM_VERSION" > "$RUN/npm-pnpm.log" 2>&1 || die "see $RUN/npm-pnpm.log"
fi
# flexboxgrid: the webapp's page links it from a CDN; it is served from the build instead.
if [ ! -f "$BASE/tools/node_modules/flexboxgrid/dist/flexboxgrid.min.css" ]; then
  mkdir -p "$BASE/tools"
  echo '{"name":"bigcapital-tools","private":true}' > "$BASE/tools/package.json"
  (cd "$BASE/tools" && npm i --no-audit --no-fund flexboxgrid@6.3.1 > "$RUN/npm-tools.log" 2>&1) || die "see $RUN/npm-tools.log"
fi

# ------------------------------------------------------------------ 3. dependencies, patch, builds
if [ ! -f "$SRC/node_modules/.modules.yaml" ] || [ ! -e "$SRC/packages/server/node_modules/@nestjs/core" ]; then
  say "pnpm install (a few minutes)"
  (cd "$SRC" && pnpm install --frozen-lockfile > "$RUN/pnpm-install.log" 2>&1) \
    || { tail -n 30 "$RUN/pnpm-install.log"; die "pnpm install failed (see $RUN/pnpm-install.log)"; }
fi
# The API listens on every interface upstream: bind it to HOST (127.0.0.1 here).
main_ts=$SRC/packages/server/src/main.ts
if grep -q "await app.listen(process.env.PORT ?? 3000);" "$main_ts"; then
  sed -i "s|await app.listen(process.env.PORT ?? 3000);|await app.listen(process.env.PORT ?? 3000, process.env.HOST \|\| '127.0.0.1');|" "$main_ts"
  rm -f "$SRC/packages/server/dist/main.js"
fi
build() { # name done-file log command...
  local name=$1 done=$2 log=$3; shift 3
  [ -f "$SRC/$done" ] && return 0
  say "building $name"
  (cd "$SRC" && "$@" > "$RUN/$log" 2>&1) || { tail -n 30 "$RUN/$log"; die "building $name failed (see $RUN/$log)"; }
}
build @bigcapital/utils shared/bigcapital-utils/dist/index.js build-utils.log pnpm --filter @bigcapital/utils run build
build @bigcapital/pdf-templates shared/pdf-templates/dist/components.umd.js build-pdf.log pnpm --filter @bigcapital/pdf-templates run build
build @bigcapital/email-components shared/email-components/dist/email-components.umd.js build-email.log pnpm --filter @bigcapital/email-components run build
# The server and the webapp build in parallel (each mostly waits on its own compiler).
pids=()
[ -f "$SRC/packages/server/dist/main.js" ] || { build "the server" packages/server/dist/main.js build-server.log pnpm --filter @bigcapital/server run build & pids+=($!); }
[ -f "$SRC/packages/webapp/dist/index.html" ] || { NODE_OPTIONS=--max-old-space-size=6144 build "the webapp" packages/webapp/dist/index.html build-webapp.log pnpm --filter @bigcapital/webapp run build & pids+=($!); }
for p in "${pids[@]}"; do wait "$p" || exit 1; done
[ -d "$SRC/packages/server/dist/i18n" ] || cp -r "$SRC/packages/server/src/i18n" "$SRC/packages/server/dist/i18n"
index=$SRC/packages/webapp/dist/index.html
mkdir -p "$SRC/packages/webapp/dist/vendor"
cp "$BASE/tools/node_modules/flexboxgrid/dist/flexboxgrid.min.css" "$SRC/packages/webapp/dist/vendor/"
# No page of the test app loads anything from outside: the CSS comes from the build, and the
# billing script of Bigcapital's cloud (lemon.js) is dropped.
perl -0pi -e 's#https://cdnjs\.cloudflare\.com/ajax/libs/flexboxgrid/6\.3\.1/flexboxgrid\.min\.css#/vendor/flexboxgrid.min.css#; s#\n\s*<script src="https://app\.lemonsqueezy\.com/js/lemon\.js"></script>##' "$index"

# ------------------------------------------------------------------ 4. MariaDB, Redis
if alive mariadb; then :; else
  free_or_die $DB_PORT MariaDB
  if [ ! -d "$DATA/mysql/mysql" ]; then
    mkdir -p "$DATA/mysql"
    mariadb-install-db --no-defaults --datadir="$DATA/mysql" --user="$DB_OS_USER" \
      --auth-root-authentication-method=normal --skip-test-db > "$RUN/mysql-install.log" 2>&1 || die "see $RUN/mysql-install.log"
  fi
  mkdir -p "$RUN/mysql"
  setsid nohup /usr/sbin/mariadbd --no-defaults --datadir="$DATA/mysql" --socket="$RUN/mysql/mysqld.sock" \
    --port=$DB_PORT --bind-address=127.0.0.1 --user="$DB_OS_USER" --pid-file="$RUN/mysql/mysqld.pid" \
    --log-error="$RUN/mysql/mysqld.err" --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    --innodb-buffer-pool-size=256M --skip-name-resolve > "$RUN/mysqld.out" 2>&1 < /dev/null &
  record mariadb $!
  wait_port $DB_PORT 60 MariaDB
  for _ in $(seq 30); do mariadb-admin --no-defaults -uroot --socket="$RUN/mysql/mysqld.sock" ping >/dev/null 2>&1 && break; sleep 1; done
  mariadb --no-defaults -uroot --socket="$RUN/mysql/mysqld.sock" -e "
    CREATE USER IF NOT EXISTS 'bigcapital'@'127.0.0.1' IDENTIFIED BY 'bigcapital';
    CREATE USER IF NOT EXISTS 'bigcapital'@'localhost' IDENTIFIED BY 'bigcapital';
    GRANT ALL PRIVILEGES ON *.* TO 'bigcapital'@'127.0.0.1' WITH GRANT OPTION;
    GRANT ALL PRIVILEGES ON *.* TO 'bigcapital'@'localhost' WITH GRANT OPTION;
    CREATE DATABASE IF NOT EXISTS bigcapital_system CHARACTER SET utf8 COLLATE utf8_unicode_ci;
    FLUSH PRIVILEGES;"
  say "MariaDB up on 127.0.0.1:$DB_PORT"
fi
if alive redis; then :; else
  free_or_die "$REDIS_PORT" Redis
  mkdir -p "$DATA/redis"
  setsid nohup redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --dir "$DATA/redis" --save '' \
    --appendonly no --daemonize no --protected-mode yes > "$RUN/redis.log" 2>&1 < /dev/null &
  record redis $!
  wait_port "$REDIS_PORT" 30 Redis
  say "Redis up on 127.0.0.1:$REDIS_PORT"
fi

# ------------------------------------------------------------------ 5. API server, webapp
cat > "$RUN/server.env" <<ENV
NODE_ENV=production
TZ=UTC
HOST=127.0.0.1
PORT=$API_PORT
BASE_URL=$WEB_URL
APP_JWT_SECRET=owed-test-bigcapital-jwt-secret
JWT_SECRET=owed-test-bigcapital-jwt-secret
DB_HOST=127.0.0.1
DB_PORT=$DB_PORT
DB_USER=bigcapital
DB_PASSWORD=bigcapital
DB_CHARSET=utf8
SYSTEM_DB_NAME=bigcapital_system
TENANT_DB_NAME_PERFIX=bigcapital_tenant_
REDIS_HOST=127.0.0.1
REDIS_PORT=$REDIS_PORT
QUEUE_HOST=127.0.0.1
QUEUE_PORT=$REDIS_PORT
SIGNUP_DISABLED=false
SIGNUP_EMAIL_CONFIRMATION=false
THROTTLE_GLOBAL_LIMIT=100000
THROTTLE_AUTH_LIMIT=10000
MAIL_HOST=127.0.0.1
MAIL_PORT=9
MAIL_SECURE=false
MAIL_FROM_NAME=Bigcapital
MAIL_FROM_ADDRESS=noreply@example.com
GOTENBERG_URL=http://127.0.0.1:9
GOTENBERG_DOCS_URL=http://127.0.0.1:$API_PORT/public/
EXCHANGE_RATE_SERVICE=open-exchange-rate
OPEN_EXCHANGE_RATE_APP_ID=
POSTHOG_API_KEY=
BANK_FEED_ENABLED=false
HOSTED_ON_BIGCAPITAL_CLOUD=false
S3_REGION=us-east-1
S3_ACCESS_KEY_ID=disabled
S3_SECRET_ACCESS_KEY=disabled
S3_ENDPOINT=http://127.0.0.1:9
S3_BUCKET=disabled
S3_FORCE_PATH_STYLE=true
ENV
if alive server; then :; else
  free_or_die "$API_PORT" "the API"
  say "migrating the databases"
  (cd "$SRC/packages/server" && set -a && . "$RUN/server.env" && set +a &&
    node dist/cli.js system:migrate:latest && node dist/cli.js tenants:migrate:latest) > "$RUN/migrate.log" 2>&1 \
    || { tail -n 30 "$RUN/migrate.log"; die "migrations failed (see $RUN/migrate.log)"; }
  (cd "$SRC/packages/server" && set -a && . "$RUN/server.env" && set +a &&
    exec setsid nohup node dist/main.js >> "$RUN/server.log" 2>&1 < /dev/null) &
  record server $!
  wait_port "$API_PORT" 180 "the API" || { tail -n 40 "$RUN/server.log"; exit 1; }
  say "API up on 127.0.0.1:$API_PORT"
fi
if alive web; then :; else
  free_or_die "$WEB_PORT" "the webapp"
  WEB_PORT=$WEB_PORT API_PORT=$API_PORT WEB_ROOT="$SRC/packages/webapp/dist" \
    setsid nohup node "$HERE/bigcapital-web.mjs" >> "$RUN/web.log" 2>&1 < /dev/null &
  record web $!
  wait_port "$WEB_PORT" 30 "the webapp"
  say "webapp up on $WEB_URL"
fi

# ------------------------------------------------------------------ 6. seed (idempotent)
API_BASE=http://127.0.0.1:$API_PORT/api WEB_URL=$WEB_URL CRED_FILE=$RUN/credentials.env \
  node "$HERE/bigcapital-seed.mjs" 2>&1 | tee -a "$RUN/seed.log" | sed 's/^/[bigcapital] /'
[ "${PIPESTATUS[0]}" = 0 ] || die "seeding failed (see $RUN/seed.log, $RUN/server.log)"
curl -fsS -o /dev/null --max-time 10 "$WEB_URL/invoices" || die "$WEB_URL/invoices is not served"
say "up: $WEB_URL (credentials in $RUN/credentials.env; stop: bash $HERE/bigcapital-stop.sh)"
