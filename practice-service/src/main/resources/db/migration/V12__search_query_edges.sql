-- Two edges of websearch syntax that asked for something else than the words say (found by a new-user trial):
-- - an excluded phrase without its closing quote (-"refugees) was not seen as an exclusion, and websearch
--   parsing left nothing of it, so the whole catalogue matched: it now excludes up to the end of the text;
-- - an "or" with nothing on one side (refugees or, or refugees) is no operator to websearch_to_tsquery, so it
--   was asked for as a word: it is now left out.
create or replace function search_query(q text) returns tsquery
    language plpgsql immutable parallel safe strict
    set search_path from current
as $$
declare
    exclusion constant text := '(^|\s)-("[^"]*"?|[^\s"-][^\s"]*)';
    trimmed text := regexp_replace(q, '^\s*or(\s+|$)|(^|\s+)or\s*$', '', 'gi');
    excluded text[] := array(select m[2] from regexp_matches(trimmed, exclusion, 'g') m);
    rest text := regexp_replace(trimmed, exclusion, '\1', 'g');
    unwanted tsquery;
begin
    if cardinality(excluded) = 0 then
        return search_forms(trimmed);
    end if;
    unwanted := search_forms(array_to_string(excluded, ' or '));
    if rest ~ '^\s*$' then
        return !! unwanted;
    end if;
    return case when numnode(unwanted) = 0 then search_forms(rest) else search_forms(rest) && !! unwanted end;
end $$;
