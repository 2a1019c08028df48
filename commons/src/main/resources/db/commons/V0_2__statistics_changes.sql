-- Every change of a statistics projection, in order: what the Server-Sent Events streams send,
-- and where a reconnecting client resumes (Last-Event-ID = seq).
create table statistics_change (
    seq        bigint generated always as identity primary key,
    stream     text        not null,
    subject    text        not null,
    changed_at timestamptz not null
);
