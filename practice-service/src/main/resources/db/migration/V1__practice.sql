create table practice (
    id                uuid        primary key,
    title             text        not null,
    summary           text        not null,
    description       text,
    translations      jsonb       not null default '{}',
    country           char(2),
    region            text,
    city              text,
    scope             text        not null,
    organisations     jsonb       not null default '[]',
    partners          text[]      not null default '{}',
    themes            text[]      not null default '{}',
    target_groups     text[]      not null default '{}',
    start_year        integer,
    end_year          integer,
    ongoing           boolean     not null default false,
    funding           text[]      not null default '{}',
    budget_amount     numeric(16, 2),
    budget_currency   char(3),
    website           text,
    source_collection text        not null,
    source_reference  text,
    status            text        not null check (status in ('draft', 'published', 'archived')),
    version           bigint      not null,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    published_at      timestamptz,
    search_vector     tsvector generated always as (
        setweight(to_tsvector('english', title), 'A') ||
        setweight(to_tsvector('english', summary), 'B') ||
        setweight(to_tsvector('english', coalesce(description, '')), 'C')) stored
);

create unique index practice_source_reference on practice (source_collection, source_reference)
    where source_reference is not null;
create index practice_search on practice using gin (search_vector);
create index practice_themes on practice using gin (themes);
create index practice_target_groups on practice using gin (target_groups);
create index practice_funding on practice using gin (funding);
create index practice_country on practice (country);
create index practice_status on practice (status);
