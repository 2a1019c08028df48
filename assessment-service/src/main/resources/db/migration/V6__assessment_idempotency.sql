-- Idempotency keys of assessment creation (POST /api/v1/assessments with Idempotency-Key): a retry with the same
-- key and the same request answers the assessment the first one created; with ?submit=true a retry would
-- otherwise count a second submitted assessment. A request claims its key first (assessment_id still null), so a
-- concurrent retry waits on the key until the first commits, then reads its assessment.
create table idempotency_record (
    owner          text        not null,
    key            text        not null,
    request_hash   text        not null,
    assessment_id  uuid,
    created_at     timestamptz not null default now(),
    primary key (owner, key)
);
