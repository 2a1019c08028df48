-- Search across Europe's languages: accent- and case-insensitive, stemmed per language, translations
-- included, with trigram similarity for compound parts and typos.
--
-- unaccent and pg_trgm are created by whoever may create extensions (infra/postgres.sh, the compose
-- init script, the test set-up), never by this unprivileged role.
do $$
begin
    if (select count(*) from pg_extension where extname in ('unaccent', 'pg_trgm')) < 2 then
        raise exception 'practice search needs the PostgreSQL extensions unaccent and pg_trgm in database "%"', current_database()
            using hint = 'as a superuser: psql -d ' || current_database()
                || ' -c "CREATE EXTENSION IF NOT EXISTS unaccent; CREATE EXTENSION IF NOT EXISTS pg_trgm" (infra/postgres.sh does it)';
    end if;
end $$;

-- Folds case and accents the same way for every Latin-script language: Malmö -> malmo, İğdır -> igdir,
-- DİYARBAKIR -> diyarbakir, Straße -> strasse, Łódź -> lodz, Århus -> arhus, Æ -> ae (unaccent.rules).
create or replace function search_fold(value text) returns text
    language sql immutable parallel safe strict
    return lower(public.unaccent('public.unaccent'::regdictionary, value));

-- One configuration per stemmed language, and search_simple for the language-neutral forms; each
-- unaccents before it stems. Flyway's clean leaves text search configurations in place: create once.
do $$
declare
    language text;
begin
    if not exists (select from pg_ts_config where cfgname = 'search_simple') then
        create text search configuration search_simple (copy = simple);
        alter text search configuration search_simple
            alter mapping for word, hword, hword_part, asciiword, asciihword, hword_asciipart with public.unaccent, simple;
    end if;
    foreach language in array array['english', 'german', 'french', 'italian', 'spanish', 'portuguese', 'dutch',
            'swedish', 'danish', 'norwegian', 'finnish', 'hungarian', 'romanian', 'turkish'] loop
        if not exists (select from pg_ts_config where cfgname = 'search_' || language) then
            execute format('create text search configuration %I (copy = %I)', 'search_' || language, language);
            execute format('alter text search configuration %I alter mapping for word, hword, hword_part with public.unaccent, %I',
                'search_' || language, language || '_stem');
        end if;
    end loop;
end $$;

-- The configuration for an ISO 639-1 language code; search_simple where PostgreSQL has no stemmer
-- (Polish, Slovenian, Czech, Croatian...).
create or replace function search_config(language text) returns regconfig
    language sql immutable parallel safe
    return case language
        when 'en' then 'search_english'::regconfig when 'de' then 'search_german'::regconfig
        when 'fr' then 'search_french'::regconfig when 'it' then 'search_italian'::regconfig
        when 'es' then 'search_spanish'::regconfig when 'pt' then 'search_portuguese'::regconfig
        when 'nl' then 'search_dutch'::regconfig when 'sv' then 'search_swedish'::regconfig
        when 'da' then 'search_danish'::regconfig when 'no' then 'search_norwegian'::regconfig
        when 'nb' then 'search_norwegian'::regconfig when 'fi' then 'search_finnish'::regconfig
        when 'hu' then 'search_hungarian'::regconfig when 'ro' then 'search_romanian'::regconfig
        when 'tr' then 'search_turkish'::regconfig else 'search_simple'::regconfig end;

-- A query text as one tsquery: the words as written (folded) or stemmed in any of the configured
-- languages, so a query matches whichever language the practice or its translation is written in.
create or replace function search_query(q text) returns tsquery
    language sql immutable parallel safe strict
    return websearch_to_tsquery('search_simple', q) || websearch_to_tsquery('search_english', q)
        || websearch_to_tsquery('search_german', q) || websearch_to_tsquery('search_french', q)
        || websearch_to_tsquery('search_italian', q) || websearch_to_tsquery('search_spanish', q)
        || websearch_to_tsquery('search_portuguese', q) || websearch_to_tsquery('search_dutch', q)
        || websearch_to_tsquery('search_swedish', q) || websearch_to_tsquery('search_danish', q)
        || websearch_to_tsquery('search_norwegian', q) || websearch_to_tsquery('search_finnish', q)
        || websearch_to_tsquery('search_hungarian', q) || websearch_to_tsquery('search_romanian', q)
        || websearch_to_tsquery('search_turkish', q);

-- The practice's text is English in the catalogue's collections (SPRING, IncluCities, YOUMIG); each
-- translation is stemmed in its own language. Titles weigh A, summaries B, descriptions C; every text
-- is also indexed language-neutrally, so the exact word always matches.
create or replace function practice_search_document(title text, summary text, description text, translations jsonb)
    returns tsvector language plpgsql immutable parallel safe
    set search_path from current
as $$
declare
    document tsvector;
    translation record;
begin
    document := setweight(to_tsvector('search_simple', title) || to_tsvector('search_english', title), 'A')
        || setweight(to_tsvector('search_simple', summary) || to_tsvector('search_english', summary), 'B')
        || setweight(to_tsvector('search_simple', coalesce(description, ''))
            || to_tsvector('search_english', coalesce(description, '')), 'C');
    for translation in select key, value from jsonb_each(coalesce(translations, '{}')) loop
        document := document
            || setweight(to_tsvector('search_simple', coalesce(translation.value ->> 'title', ''))
                || to_tsvector(search_config(translation.key), coalesce(translation.value ->> 'title', '')), 'A')
            || setweight(to_tsvector('search_simple', coalesce(translation.value ->> 'summary', ''))
                || to_tsvector(search_config(translation.key), coalesce(translation.value ->> 'summary', '')), 'B');
    end loop;
    return document;
end $$;

-- The short texts similarity matching runs over (folded): title, summary, place and translated titles.
-- Descriptions stay out: trigram matches over long texts are mostly noise.
create or replace function practice_search_text(title text, summary text, city text, region text, translations jsonb)
    returns text language sql immutable parallel safe
    return search_fold(concat_ws(' ', title, summary, city, region,
        (select string_agg(t.value ->> 'title', ' ') from jsonb_each(coalesce(translations, '{}')) t)));

alter table practice drop column search_vector;
alter table practice add column search_vector tsvector
    generated always as (practice_search_document(title, summary, description, translations)) stored;
alter table practice add column search_text text
    generated always as (practice_search_text(title, summary, city, region, translations)) stored;

create index practice_search on practice using gin (search_vector);
create index practice_search_text on practice using gin (search_text gin_trgm_ops);
-- search-as-you-type over titles and places
create index practice_title_folded on practice using gin (search_fold(title) gin_trgm_ops);
create index practice_city_folded on practice (search_fold(city) text_pattern_ops);
create index practice_region_folded on practice (search_fold(region) text_pattern_ops);
