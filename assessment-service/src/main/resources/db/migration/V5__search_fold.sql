-- Folds case and accents for the practice picker (Malmö -> malmo, İğdır -> igdir), as practice-service's
-- catalogue search does (its V3__multilingual_search.sql); unaccent is created by whoever may create
-- extensions (infra/postgres.sh, the compose init script, the test set-up), never by this role.
do $$
begin
    if not exists (select from pg_extension where extname = 'unaccent') then
        raise exception 'the practice picker needs the PostgreSQL extension unaccent in database "%"', current_database()
            using hint = 'as a superuser: psql -d ' || current_database()
                || ' -c "CREATE EXTENSION IF NOT EXISTS unaccent" (infra/postgres.sh does it)';
    end if;
end $$;

create or replace function search_fold(value text) returns text
    language sql immutable parallel safe strict
    return lower(public.unaccent('public.unaccent'::regdictionary, value));
