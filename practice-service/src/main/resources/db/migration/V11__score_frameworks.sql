-- The criteria frameworks assessment-service publishes (topic frameworks, event framework.published): one row per
-- framework code with its latest version. They are the codes scoreFramework accepts; any other is refused.
create table score_framework (
    code           text        primary key,
    name           text        not null,
    latest_version integer     not null,
    updated_at     timestamptz not null
);
