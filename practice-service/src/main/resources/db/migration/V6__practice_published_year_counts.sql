-- Published practices per calendar year (UTC) of their publication, a facet of its own in practice_facet_count
-- (facet 'publishedYear', value the year as text, e.g. '2019'), kept by the same triggers as the other facets, so
-- the dashboard's "published per year" reads the counts, never the practice rows. As for the other facets of the
-- published status, what counts is what is published now: archiving takes a practice out of its year, publishing
-- it again counts it in the year of its new publication (published_at is set anew). Only the published status
-- has this facet; a draft or archived practice contributes none.

-- writers wait until the new trigger function and the backfill are committed, so no write is counted twice or lost
lock table practice in share row exclusive mode;

-- the calendar year (UTC) of a publication, as the value of the publishedYear facet
create function practice_published_year(published_at timestamptz) returns text language sql immutable strict
    return cast(cast(extract(year from published_at at time zone 'UTC') as integer) as text);

-- as in V5, with published_at in the changed rows and the publishedYear facet added
create or replace function practice_facets_changed() returns trigger language plpgsql as $$
declare
    changed text := case tg_op
        when 'INSERT' then 'select status, themes, target_groups, country, source_collection, published_at, 1 as delta from inserted'
        when 'DELETE' then 'select status, themes, target_groups, country, source_collection, published_at, -1 as delta from deleted'
        else 'select status, themes, target_groups, country, source_collection, published_at, 1 as delta from after_update'
            || ' union all select status, themes, target_groups, country, source_collection, published_at, -1 from before_update' end;
begin
    execute 'with changed as (' || changed || $sql$)
        insert into practice_facet_count as c (status, facet, value, n)
        select status, facet, value, sum(delta) from (
            select status, 'total' as facet, '' as value, delta from changed
            union all select status, 'theme', t, delta from changed, unnest(themes) t
            union all select status, 'targetGroup', t, delta from changed, unnest(target_groups) t
            union all select status, 'country', cast(country as text), delta from changed where country is not null
            union all select status, 'source', source_collection, delta from changed
            union all select status, 'publishedYear', practice_published_year(published_at), delta from changed
                where status = 'published' and published_at is not null) f
        group by status, facet, value
        having sum(delta) <> 0
        order by status, facet, value
        on conflict (status, facet, value) do update set n = c.n + excluded.n$sql$;
    return null;
end $$;

-- the counts of the rows already there
insert into practice_facet_count as c (status, facet, value, n)
select status, 'publishedYear', practice_published_year(published_at), count(*) from practice
where status = 'published' and published_at is not null
group by status, practice_published_year(published_at)
on conflict (status, facet, value) do update set n = excluded.n;
