-- Outbox rows carry a status: pending -> sent, or pending -> parked when Kafka can never take the
-- row (too large, unserialisable); an admin re-drives a parked row back to pending.
alter table outbox_event add column status text not null default 'pending'
    check (status in ('pending', 'sent', 'parked'));
update outbox_event set status = 'sent' where sent_at is not null;
alter table outbox_event add column parked_at timestamptz;
drop index outbox_event_pending;
create index outbox_event_pending on outbox_event (id) where status = 'pending';
create index outbox_event_parked on outbox_event (id) where status = 'parked';

-- The change feed is read in commit-safe order: a row becomes visible to readers only once every
-- transaction older than its own has finished (tx < xmin of the reader's snapshot), and readers
-- walk it by (tx, seq). A row that commits late therefore can never sit behind a reader's position.
alter table statistics_change add column tx xid8 not null default pg_current_xact_id();
create index statistics_change_position on statistics_change (stream, tx, seq);
create index statistics_change_age on statistics_change (changed_at);

-- How far each stream's log was purged: a client resuming from before it is told to reload.
create table statistics_change_horizon (
    stream text   primary key,
    tx     xid8   not null,
    seq    bigint not null
);

-- Commits wake whoever waits on them (the outbox relay, the live streams) in every instance:
-- NOTIFY is delivered at commit, once per channel and transaction.
create function notify_table_channel() returns trigger language plpgsql as $$
begin
    perform pg_notify(tg_table_name, '');
    return null;
end $$;
create trigger outbox_event_notify after insert on outbox_event
    for each statement execute function notify_table_channel();
create trigger statistics_change_notify after insert on statistics_change
    for each statement execute function notify_table_channel();
