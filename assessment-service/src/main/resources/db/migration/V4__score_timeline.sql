-- Issue 18: assessments per month, and statistics over a range of submission dates.
-- score_contribution keeps when its assessment was submitted, so that a withdrawal knows the month it leaves and
-- a date range can be summed from the contributions at read time.
alter table score_contribution add column submitted_at timestamptz;
update score_contribution c set submitted_at = a.submitted_at from assessment a where a.id = c.assessment_id;
create index score_contribution_submitted on score_contribution (framework, submitted_at);

-- Submitted assessments counted per framework version ('code@version') and calendar month of their submission
-- (UTC; period is the month's first day), kept by the score statistics projection with score_stat.
create table score_timeline (
    framework   text    not null,
    period      date    not null,
    n           bigint  not null,
    primary key (framework, period)
);
insert into score_timeline (framework, period, n)
select framework, cast(date_trunc('month', submitted_at at time zone 'UTC') as date), count(*)
from score_contribution where submitted_at is not null
group by 1, 2;
