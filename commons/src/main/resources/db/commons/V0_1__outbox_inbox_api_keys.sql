-- Shared by every service (commons module): the transactional outbox, the record of consumed
-- events, and API keys. Versions 0.x are reserved for this file set; services start at 1.

create table outbox_event (
    id           bigint generated always as identity primary key,
    event_id     uuid        not null unique,
    topic        text        not null,
    aggregate_id text        not null,
    event_type   text        not null,
    payload      text        not null,
    created_at   timestamptz not null,
    sent_at      timestamptz,
    attempts     integer     not null default 0,
    last_error   text
);
create index outbox_event_pending on outbox_event (id) where sent_at is null;

create table processed_event (
    consumer     text        not null,
    event_id     text        not null,
    processed_at timestamptz not null,
    primary key (consumer, event_id)
);

create table api_key (
    id          uuid        primary key,
    key_hash    text        not null unique,
    key_prefix  text        not null,
    role        text        not null check (role in ('admin', 'editor', 'partner')),
    owner       text        not null,
    created_at  timestamptz not null,
    revoked_at  timestamptz
);
