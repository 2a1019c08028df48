-- Facet counts of the whole catalogue per status, kept by triggers in the writing transaction, so a list
-- without filters (a portal's landing page) reads its total and facets here instead of counting every row
-- (0.5 s at 100 000 practices, infra/bench search suite). Rows at n = 0 stay; readers skip them.
create table practice_facet_count (
    status text   not null,
    facet  text   not null,
    value  text   not null,
    n      bigint not null,
    primary key (status, facet, value)
);

-- Adds what the inserted rows contribute and subtracts what the deleted ones did (total, themes, target
-- groups, country, source), once per statement: a bulk import touches each count once, an update that
-- changes none of these columns touches none, and counts are locked in key order, the same for every writer.
-- The transition table of each trigger below is named after its event.
create function practice_facets_changed() returns trigger language plpgsql as $$
declare
    changed text := case tg_op
        when 'INSERT' then 'select status, themes, target_groups, country, source_collection, 1 as delta from inserted'
        when 'DELETE' then 'select status, themes, target_groups, country, source_collection, -1 as delta from deleted'
        else 'select status, themes, target_groups, country, source_collection, 1 as delta from after_update'
            || ' union all select status, themes, target_groups, country, source_collection, -1 from before_update' end;
begin
    execute 'with changed as (' || changed || $sql$)
        insert into practice_facet_count as c (status, facet, value, n)
        select status, facet, value, sum(delta) from (
            select status, 'total' as facet, '' as value, delta from changed
            union all select status, 'theme', t, delta from changed, unnest(themes) t
            union all select status, 'targetGroup', t, delta from changed, unnest(target_groups) t
            union all select status, 'country', cast(country as text), delta from changed where country is not null
            union all select status, 'source', source_collection, delta from changed) f
        group by status, facet, value
        having sum(delta) <> 0
        order by status, facet, value
        on conflict (status, facet, value) do update set n = c.n + excluded.n$sql$;
    return null;
end $$;

create trigger practice_facet_count_inserted after insert on practice referencing new table as inserted
    for each statement execute function practice_facets_changed();
create trigger practice_facet_count_deleted after delete on practice referencing old table as deleted
    for each statement execute function practice_facets_changed();
create trigger practice_facet_count_updated after update on practice
    referencing old table as before_update new table as after_update
    for each statement execute function practice_facets_changed();

insert into practice_facet_count (status, facet, value, n)
select status, facet, value, count(*) from (
    select p.status, 'total' as facet, '' as value from practice p
    union all select p.status, 'theme', t from practice p, unnest(p.themes) t
    union all select p.status, 'targetGroup', t from practice p, unnest(p.target_groups) t
    union all select p.status, 'country', cast(p.country as text) from practice p where p.country is not null
    union all select p.status, 'source', p.source_collection from practice p) f
group by status, facet, value;

-- the landing page: published practices by title
create index practice_published_title on practice (lower(title), id) where status = 'published';
