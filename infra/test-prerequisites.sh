#!/usr/bin/env bash
# Installs or starts what the tests need on a fresh machine of this kind, idempotently. ./mvnw verify
# runs it first (root pom, validate phase; skipped with -DskipTests or -Dprerequisites.skip):
#   - PostgreSQL, started, with the service roles and databases (infra/postgres.sh);
#   - Chromium and its driver, for the dashboards' browser test;
#   - docker-compose (Debian's Compose v1), which the compose-file test uses to validate docker-compose.yml;
#   - the AsyncAPI 3.0.0 JSON Schema (npm package @asyncapi/specs), which AsyncApiDocumentTest validates
#     commons' asyncapi.yaml against, unpacked under ~/.cache/inclusionhub/.
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
ASYNCAPI_SPECS_VERSION=6.11.1
specs_dir="$HOME/.cache/inclusionhub/asyncapi-specs-$ASYNCAPI_SPECS_VERSION"
if [[ ! -f "$specs_dir/schemas/3.0.0-without-\$id.json" ]]; then
  echo "test prerequisites: fetching @asyncapi/specs@$ASYNCAPI_SPECS_VERSION from the npm registry"
  mkdir -p "$specs_dir"
  tarball=$(cd "$specs_dir" && npm pack --silent "@asyncapi/specs@$ASYNCAPI_SPECS_VERSION")
  tar -xzf "$specs_dir/$tarball" -C "$specs_dir" --strip-components=1 && rm "$specs_dir/$tarball"
fi

echo "test prerequisites: PostgreSQL, Chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}'), docker-compose ready"
