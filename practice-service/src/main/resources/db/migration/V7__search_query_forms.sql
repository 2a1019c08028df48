-- A query as one tsquery (replaces V4's search_query):
-- - each distinct form once. Most languages stem a word alike, so V4's query for "refugees" held 15
--   alternatives where 4 differ; ranking (ts_rank_cd) and every recheck walk each alternative, which made a
--   broad query's ranking about twice as slow at 100 000 practices (infra/bench, search suite);
-- - a word excluded with a minus (-word, -"a phrase") is left out in every form, as written and stemmed in
--   every language, from the whole result, and the other words match as they do without an exclusion
--   (written and stemmed, so snippets mark them). V4 kept an excluding query to the written forms alone:
--   "-refugees" let "refugee" through, and nothing was marked.

-- The written and stemmed forms of a query, each distinct form once (V4's search_query without exclusions).
create or replace function search_forms(q text) returns tsquery
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

create or replace function search_query(q text) returns tsquery
    language plpgsql immutable parallel safe strict
    set search_path from current
as $$
declare
    exclusion constant text := '(^|\s)-("[^"]*"|[^\s"-][^\s"]*)';
    excluded text[] := array(select m[2] from regexp_matches(q, exclusion, 'g') m);
    rest text := regexp_replace(q, exclusion, '\1', 'g');
    unwanted tsquery;
begin
    if cardinality(excluded) = 0 then
        return search_forms(q);
    end if;
    unwanted := search_forms(array_to_string(excluded, ' or '));
    if rest ~ '^\s*$' then
        return !! unwanted;
    end if;
    return case when numnode(unwanted) = 0 then search_forms(rest) else search_forms(rest) && !! unwanted end;
end $$;
