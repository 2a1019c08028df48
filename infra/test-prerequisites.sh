#!/usr/bin/env bash
# Installs or starts what the tests need on a fresh machine of this kind, idempotently. ./mvnw verify
# runs it first (root pom, validate phase; skipped with -DskipTests or -Dprerequisites.skip):
#   - PostgreSQL, started, with the service roles and databases (infra/postgres.sh);
#   - Chromium and its driver, for the dashboards' browser test;
#   - docker-compose (Debian's Compose v1), which the compose-file test uses to validate docker-compose.yml.
# Packages come from Debian with apt-get, as root (or through sudo).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash infra/postgres.sh

missing=()
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
[[ -x /usr/bin/chromedriver ]] || missing+=(chromium-driver)
command -v docker-compose >/dev/null 2>&1 || missing+=(docker-compose)
if (( ${#missing[@]} > 0 )); then
  echo "test prerequisites: installing ${missing[*]} with apt-get"
  as_root() { if [[ $EUID -eq 0 ]]; then "$@"; else sudo "$@"; fi; }
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
fi
echo "test prerequisites: PostgreSQL, Chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}'), docker-compose ready"
