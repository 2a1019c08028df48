-- The words of a practice's titles (its own and its translations'), written and stemmed as search_vector holds
-- them (V4's practice_search_document), in a vector of their own with its own index.
--
-- Relevance ranks a query's matches in tiers: a match in a title first, then a match elsewhere in the text,
-- then a compound part, then a typo (Practices). Ranking every match (ts_rank_cd reads each match's whole
-- search vector) cost about 300 ms for a broad word at 100 000 practices (infra/bench, search suite); with the
-- titles indexed on their own, a page that the title matches fill is ranked from those alone. The vector is
-- short (a title has a few words), so it stays inside the row.
create function practice_title_document(language text, title text, translations jsonb)
    returns tsvector language plpgsql immutable parallel safe
    set search_path from current
as $$
declare
    document tsvector := setweight(to_tsvector('search_simple', title) || to_tsvector(search_config(language), title), 'A');
    translation record;
begin
    for translation in select key, value from jsonb_each(coalesce(translations, '{}')) loop
        document := document
            || setweight(to_tsvector('search_simple', coalesce(translation.value ->> 'title', ''))
                || to_tsvector(search_config(translation.key), coalesce(translation.value ->> 'title', '')), 'A');
    end loop;
    return document;
end $$;

alter table practice add column title_vector tsvector
    generated always as (practice_title_document(language, title, translations)) stored;
create index practice_title_search on practice using gin (title_vector);
