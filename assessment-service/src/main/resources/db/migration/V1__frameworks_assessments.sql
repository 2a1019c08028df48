create table framework (
    id          uuid        primary key,
    code        text        not null,
    version     integer     not null,
    name        text        not null,
    kind        text        not null check (kind in ('checklist', 'benchmark')),
    definition  jsonb       not null,
    created_at  timestamptz not null,
    unique (code, version)
);

-- The catalogue as this service knows it, built only from the practices topic.
create table practice_replica (
    id          uuid        primary key,
    title       text        not null,
    country     char(2),
    themes      jsonb       not null default '[]',
    status      text        not null,
    version     bigint      not null,
    deleted     boolean     not null default false,
    updated_at  timestamptz not null
);

create table assessment (
    id                uuid        primary key,
    framework_code    text        not null,
    framework_version integer     not null,
    subject_type      text        not null check (subject_type in ('practice', 'place')),
    practice_id       uuid,
    subject_name      text,
    subject_country   char(2),
    assessor          text        not null,
    owner             text        not null,
    status            text        not null check (status in ('draft', 'submitted', 'withdrawn')),
    answers           jsonb       not null,
    ratings           jsonb       not null,
    evidence          jsonb       not null,
    scores            jsonb       not null,
    version           bigint      not null,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    submitted_at      timestamptz,
    withdrawn_at      timestamptz,
    foreign key (framework_code, framework_version) references framework (code, version)
);
create index assessment_subject on assessment (framework_code, practice_id, subject_name, subject_country);

-- Statistics projections, kept by consuming the assessments topic.
-- segment: 'all', 'country:BE' or 'theme:employment'; metric: 'overall', 'area:IP', 'item:IP.1.1'
-- (n = times rated, total = times met, or maturity points for key factors) or 'band:40' (n = assessments
-- whose overall score falls in [40, 50)).
create table score_stat (
    framework   text    not null,
    segment     text    not null,
    metric      text    not null,
    n           bigint  not null,
    total       numeric not null,
    primary key (framework, segment, metric)
);

-- What each submitted assessment added to score_stat, so that a withdrawal removes exactly that.
create table score_contribution (
    assessment_id uuid   primary key,
    framework     text   not null,
    segments      jsonb  not null,
    metrics       jsonb  not null
);
