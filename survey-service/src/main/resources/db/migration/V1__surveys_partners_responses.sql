create table survey (
    id           uuid        primary key,
    code         text        not null,
    version      integer     not null,
    title        text        not null,
    status       text        not null check (status in ('draft', 'published')),
    definition   jsonb       not null,
    created_at   timestamptz not null,
    published_at timestamptz,
    unique (code, version)
);

create table partner (
    id            uuid        primary key,
    code          text        not null unique,
    name          text        not null,
    contact_email text,
    created_at    timestamptz not null
);

create table survey_response (
    id             uuid        primary key,
    survey_code    text        not null,
    survey_version integer     not null,
    owner          text        not null,
    answers        jsonb       not null,
    other_text     jsonb       not null,
    status         text        not null check (status in ('submitted', 'withdrawn')),
    version        bigint      not null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    withdrawn_at   timestamptz,
    foreign key (survey_code, survey_version) references survey (code, version)
);
create index survey_response_owner on survey_response (survey_code, owner, created_at);

-- A retried request with the same Idempotency-Key returns the first result.
create table idempotency_record (
    owner         text        not null,
    key           text        not null,
    request_hash  text        not null,
    response_id   uuid        not null,
    created_at    timestamptz not null,
    primary key (owner, key)
);

-- Statistics projection kept from the survey-responses topic: per survey version, segment
-- ('all' or 'question=option' for a one-answer filter) and metric, a count n and a total.
create table survey_stat (
    survey   text    not null,
    segment  text    not null,
    metric   text    not null,
    n        bigint  not null,
    total    numeric not null,
    primary key (survey, segment, metric)
);

-- What each response currently adds to survey_stat, so an update or a withdrawal moves exactly that.
-- version: the response version last applied; an older event arriving late is skipped. A withdrawn
-- response keeps its row with no amounts, so a late update cannot bring it back.
create table survey_contribution (
    response_id uuid   primary key,
    survey      text   not null,
    version     bigint not null,
    amounts     jsonb  not null
);
