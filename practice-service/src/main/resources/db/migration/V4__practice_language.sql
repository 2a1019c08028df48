-- The language of a practice's own title, summary and description (ISO 639-1), so that they are stemmed
-- in that language; the collections the catalogue starts from are written in English.
alter table practice add column language text not null default 'en';

alter table practice drop column search_vector;
drop function practice_search_document(text, text, text, jsonb);

-- As in V3, with the practice's own text stemmed in its language instead of always in English.
create or replace function practice_search_document(language text, title text, summary text, description text,
        translations jsonb)
    returns tsvector language plpgsql immutable parallel safe
    set search_path from current
as $$
declare
    config regconfig := search_config(language);
    document tsvector;
    translation record;
begin
    document := setweight(to_tsvector('search_simple', title) || to_tsvector(config, title), 'A')
        || setweight(to_tsvector('search_simple', summary) || to_tsvector(config, summary), 'B')
        || setweight(to_tsvector('search_simple', coalesce(description, ''))
            || to_tsvector(config, coalesce(description, '')), 'C');
    for translation in select key, value from jsonb_each(coalesce(translations, '{}')) loop
        document := document
            || setweight(to_tsvector('search_simple', coalesce(translation.value ->> 'title', ''))
                || to_tsvector(search_config(translation.key), coalesce(translation.value ->> 'title', '')), 'A')
            || setweight(to_tsvector('search_simple', coalesce(translation.value ->> 'summary', ''))
                || to_tsvector(search_config(translation.key), coalesce(translation.value ->> 'summary', '')), 'B');
    end loop;
    return document;
end $$;

alter table practice add column search_vector tsvector
    generated always as (practice_search_document(language, title, summary, description, translations)) stored;
create index practice_search on practice using gin (search_vector);

-- A query as one tsquery (replaces V3's). The words as written (folded) always count; a language's
-- stemmed form joins in only when that language keeps every word of the query, since a word that is a
-- stop word in one language would otherwise drop out of it ("app learning" matching all "learning").
-- A query that excludes a word (-word) uses the written forms alone, so that the word is excluded in
-- every form the document holds.
create or replace function search_query(q text) returns tsquery
    language plpgsql immutable parallel safe strict
    set search_path from current
as $$
declare
    written tsquery := websearch_to_tsquery('search_simple', q);
    combined tsquery := written;
    stemmed tsquery;
    config regconfig;
begin
    if q ~ '(^|\s)-[^\s-]' then
        return written;
    end if;
    foreach config in array array['search_english', 'search_german', 'search_french', 'search_italian',
            'search_spanish', 'search_portuguese', 'search_dutch', 'search_swedish', 'search_danish',
            'search_norwegian', 'search_finnish', 'search_hungarian', 'search_romanian', 'search_turkish']::regconfig[] loop
        stemmed := websearch_to_tsquery(config, q);
        if numnode(stemmed) = numnode(written) then
            combined := combined || stemmed;
        end if;
    end loop;
    return combined;
end $$;
