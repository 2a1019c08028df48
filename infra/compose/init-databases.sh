#!/bin/sh
# Run once by the postgres image on an empty data directory: one role and one database per service.
set -e
# the password comes from the secret file when SERVICE_DB_PASSWORD_FILE names one (docker-compose.yml)
if [ -n "${SERVICE_DB_PASSWORD_FILE:-}" ]; then
  SERVICE_DB_PASSWORD=$(cat "$SERVICE_DB_PASSWORD_FILE")
fi
: "${SERVICE_DB_PASSWORD:?set SERVICE_DB_PASSWORD or SERVICE_DB_PASSWORD_FILE}"
for service in practice assessment survey; do
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres <<SQL
CREATE ROLE $service LOGIN PASSWORD '${SERVICE_DB_PASSWORD}';
CREATE DATABASE $service OWNER $service;
SQL
  # practice search needs these; created here by the superuser, never by the service role
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$service" \
    -c "CREATE EXTENSION IF NOT EXISTS unaccent; CREATE EXTENSION IF NOT EXISTS pg_trgm; CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;"
done
