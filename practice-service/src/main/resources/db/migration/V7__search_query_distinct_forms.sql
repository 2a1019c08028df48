-- A query as one tsquery (replaces V4's), each distinct form once. Most languages stem a word alike, so V4's
-- query for "refugees" held 15 alternatives where 4 differ; ranking (ts_rank_cd) and every recheck walk each
-- alternative, which made a broad query's ranking about twice as slow at 100 000 practices (infra/bench,
-- search suite). What matches is unchanged: the same forms, joined by "or".
create or replace function search_query(q text) returns tsquery
    language plpgsql immutable parallel safe strict
    set search_path from current
as $$
declare
    written tsquery := websearch_to_tsquery('search_simple', q);
    forms tsquery[] := array[written];
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
        if numnode(stemmed) = numnode(written) and not stemmed = any(forms) then
            forms := forms || stemmed;
            combined := combined || stemmed;
        end if;
    end loop;
    return combined;
end $$;
