-- A bulk submission sent with an Idempotency-Key: the fingerprint of its items, so that a replay is
-- recognised and a different batch under the same key is refused. Each item of such a batch is stored
-- under the derived item key "<batch key>#<index>" (or its own key) in idempotency_record, which is
-- what makes a replay, even one racing the first request or following a crash, store nothing twice.
create table bulk_submission (
    owner        text        not null,
    key          text        not null,
    request_hash text        not null,
    item_count   integer     not null,
    created_at   timestamptz not null,
    primary key (owner, key)
);
