# Shared set-up steps for scripts/run and scripts/test (sourced, not executed).
# Each step checks first and only installs or starts what is missing.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
cd "$ROOT"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else return 1; fi
}

apt_install() {
  command -v apt-get >/dev/null || return 1
  say "installing $* (Debian packages)"
  if [ -z "${_APT_UPDATED:-}" ]; then as_root apt-get update -qq || return 1; _APT_UPDATED=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

find_python() {
  for py in python3.11 python3; do
    if command -v "$py" >/dev/null && "$py" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
      echo "$py"; return 0
    fi
  done
  return 1
}

ensure_venv() {
  local py stamp
  py="$(find_python)" || { apt_install python3.11 python3.11-venv && py=python3.11; } \
    || die "Python 3.11 is required (Debian: apt-get install python3.11 python3.11-venv)"
  if [ ! -x "$VENV/bin/python" ]; then
    say "creating the virtualenv in .venv"
    "$py" -m venv "$VENV" 2>/dev/null || { apt_install python3.11-venv && "$py" -m venv "$VENV"; } \
      || die "cannot create a virtualenv (Debian: apt-get install python3.11-venv)"
  fi
  # Reinstall only when the dependency list changed.
  stamp="$VENV/.installed-$(sha1sum pyproject.toml | cut -c1-12)"
  if [ ! -f "$stamp" ]; then
    say "installing the project and its dependencies"
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q -e ".[test]"
    rm -f "$VENV"/.installed-*; touch "$stamp"
  fi
  export PATH="$VENV/bin:$PATH"
}

redis_up() { "$VENV/bin/python" - "$1" <<'PY' 2>/dev/null
import sys, redis
redis.Redis.from_url(sys.argv[1], socket_connect_timeout=1).ping()
PY
}

ensure_redis() {
  local url="$1"
  redis_up "$url" && return 0
  case "$url" in
    redis://127.0.0.1*|redis://localhost*) ;;
    *) die "Redis is not reachable at $url (a remote server: start it there)";;
  esac
  command -v redis-server >/dev/null || apt_install redis-server \
    || die "Redis is not reachable at $url and redis-server could not be installed (apt-get install redis-server)"
  say "starting a local Redis server"
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no >/dev/null
  for _ in $(seq 50); do redis_up "$url" && return 0; sleep 0.1; done
  die "started redis-server but it does not answer at $url"
}

pg_up() { "$VENV/bin/python" - "$1" <<'PY' 2>/dev/null
import sys, sqlalchemy
with sqlalchemy.create_engine(sys.argv[1]).connect() as c:
    c.exec_driver_sql("select 1")
PY
}

# Makes TEST_DATABASE_URL reachable: start the local cluster, or install one.
ensure_postgres() {
  local url="${TEST_DATABASE_URL:-postgresql+psycopg://postgres@127.0.0.1:5432/test}"
  export TEST_DATABASE_URL="$url"
  pg_up "$url" && return 0
  if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
    apt_install postgresql || { say "PostgreSQL is not available and could not be installed"; return 1; }
  fi
  say "starting the local PostgreSQL cluster"
  local version; version="$(ls /etc/postgresql | sort -V | tail -1)"
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || true
  for _ in $(seq 50); do pg_up "$url" && return 0; sleep 0.2; done
  # A freshly installed cluster asks for a password on TCP: give the test user one.
  as_root su postgres -c "psql -qc \"ALTER USER postgres PASSWORD 'postgres'\"" >/dev/null 2>&1 || true
  as_root su postgres -c "createdb test" >/dev/null 2>&1 || true
  url="postgresql+psycopg://postgres:postgres@127.0.0.1:5432/test"
  pg_up "$url" && { export TEST_DATABASE_URL="$url"; return 0; }
  say "PostgreSQL is still not reachable at $TEST_DATABASE_URL"
  return 1
}

# The browser tests (tests/browser) drive Debian's chromium through Playwright;
# Playwright's own browser download (`playwright install`) is never used.
CHROMIUM="${CHECKINS_CHROMIUM:-/usr/bin/chromium}"

ensure_chromium() {
  if [ ! -x "$CHROMIUM" ]; then
    apt_install chromium \
      || die "Chromium is required for the browser tests and could not be installed (Debian: apt-get install chromium)"
    [ -x "$CHROMIUM" ] || die "installed Debian's chromium but there is no browser at $CHROMIUM (set CHECKINS_CHROMIUM)"
  fi
  export CHECKINS_CHROMIUM="$CHROMIUM"
}
