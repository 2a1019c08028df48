-- A response's contribution is kept as the answers it was computed from (about 1 KB) instead of its
-- amounts (about 10 KB: one entry per segment and metric); the projection recomputes the amounts from
-- the published definition, which never changes. Rows written before keep their amounts; a withdrawn
-- response keeps amounts '{}' and no answers.
alter table survey_contribution add column answers jsonb;
alter table survey_contribution alter column amounts drop not null;

-- The counters churn while their keys never change: room on each page lets PostgreSQL update them
-- in place (HOT) and prune old versions without waiting for (auto)vacuum.
alter table survey_stat set (fillfactor = 70);
alter table survey_contribution set (fillfactor = 70);
