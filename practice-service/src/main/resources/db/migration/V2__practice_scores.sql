-- Submitted assessment scores of catalogue practices, kept from the assessments topic.
-- One row per submitted assessment; a withdrawal deletes its row, so the latest remaining one shows.
create table practice_score (
    assessment_id     uuid        primary key,
    practice_id       uuid        not null,
    framework         text        not null,
    framework_version integer     not null,
    overall           numeric,
    coverage          numeric,
    areas             jsonb       not null,
    submitted_at      timestamptz not null
);
create index practice_score_latest on practice_score (practice_id, framework, submitted_at desc);
