-- The practice replica keeps what recommendations weigh as relevance (issue 16). Rows written before this
-- migration fill in with the practice's next event.
alter table practice_replica add column region text;
alter table practice_replica add column scope text;
alter table practice_replica add column target_groups jsonb not null default '[]';

-- The learning projection, kept from the assessments topic: one row per submitted assessment, with what the
-- recommendations compare. levels: rated element -> 1/0 (checklist item met / not met) or maturity 0-3
-- (benchmark key factor); not-applicable elements are absent. area_scores: area code -> score 0-100.
-- latest: the newest submission of its subject under its framework version, the only one that counts.
create table learning_profile (
    assessment_id   uuid        primary key,
    framework       text        not null,
    subject_key     text        not null,
    subject_type    text        not null,
    practice_id     uuid,
    subject_name    text,
    subject_country char(2),
    submitted_at    timestamptz not null,
    overall         numeric,
    area_scores     jsonb       not null,
    levels          jsonb       not null,
    latest          boolean     not null default false
);
create index learning_profile_latest on learning_profile (framework, subject_key) where latest;
create index learning_profile_subject on learning_profile (framework, subject_key, submitted_at desc);
