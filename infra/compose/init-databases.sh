#!/bin/sh
# Run once by the postgres image on an empty data directory: one role and one database per service.
set -e
for service in practice assessment survey; do
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres <<SQL
CREATE ROLE $service LOGIN PASSWORD '${SERVICE_DB_PASSWORD}';
CREATE DATABASE $service OWNER $service;
SQL
done
