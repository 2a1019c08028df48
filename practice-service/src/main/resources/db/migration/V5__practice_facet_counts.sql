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

-- Adds delta (1 or -1) to every count the practice contributes to: total, themes, target groups,
-- country, source. Rows are touched in key order, so two writers lock them in the same order.
create function practice_facet_add(p practice, delta integer) returns void language plpgsql as $$
begin
    insert into practice_facet_count as c (status, facet, value, n)
    select p.status, f.facet, f.value, delta from (
        select 'total' as facet, '' as value
        union all select 'theme', t from unnest(p.themes) t
        union all select 'targetGroup', t from unnest(p.target_groups) t
        union all select 'country', cast(p.country as text) where p.country is not null
        union all select 'source', p.source_collection) f
    order by 1, 2
    on conflict (status, facet, value) do update set n = c.n + excluded.n;
end $$;

create function practice_facet_count_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform practice_facet_add(old, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform practice_facet_add(new, 1);
    end if;
    return null;
end $$;

create trigger practice_facet_count_written after insert or delete on practice
    for each row execute function practice_facet_count_changed();
create trigger practice_facet_count_updated after update on practice
    for each row when (old.status is distinct from new.status or old.themes is distinct from new.themes
        or old.target_groups is distinct from new.target_groups or old.country is distinct from new.country
        or old.source_collection is distinct from new.source_collection)
    execute function practice_facet_count_changed();

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
