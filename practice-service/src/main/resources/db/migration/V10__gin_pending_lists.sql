-- Small GIN pending lists, emptied now.
--
-- A GIN index takes new entries into an unsorted pending list (fastupdate) that every search through the index
-- reads in full, until VACUUM, autovacuum or an insert that finds the list over gin_pending_list_limit (4 MB by
-- default) merges it into the index. Search must not depend on the server's maintenance settings (autovacuum
-- may be off, as on the project's machine): at 100 000 practices the target-groups index held 46 840 pending
-- entries and its part of a filtered list took 14 ms instead of 4 (infra/bench, search suite, 2026-12-07).
-- At 256 kB a list is merged every few hundred writes and a search reads at most 32 pages of it. The service
-- role owns these indexes, which gin_clean_pending_list requires; Practice.analyse empties them again after
-- an import.
do $$
declare
    gin_index regclass;
begin
    for gin_index in select i.indexrelid::regclass from pg_index i
                         join pg_class c on c.oid = i.indexrelid join pg_am a on a.oid = c.relam
                     where a.amname = 'gin' and i.indrelid in ('practice'::regclass, 'search_word'::regclass) loop
        execute format('alter index %s set (gin_pending_list_limit = 256)', gin_index);
        perform gin_clean_pending_list(gin_index);
    end loop;
end $$;
