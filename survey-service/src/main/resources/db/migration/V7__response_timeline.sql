-- Responses over time (issue 18), kept by the statistics projection: when each counted response was first
-- counted (its submission), and how many responses each survey version received per week.
alter table survey_contribution add column submitted_at timestamptz;
update survey_contribution c set submitted_at = r.created_at from survey_response r where r.id = c.response_id;
create index survey_contribution_submitted on survey_contribution (survey, submitted_at);

-- period: the Monday (UTC) that starts the week; n: responses submitted that week and counted now.
create table survey_timeline (
    survey  text    not null,
    period  date    not null,
    n       bigint  not null,
    primary key (survey, period)
);
insert into survey_timeline (survey, period, n)
select survey, cast(date_trunc('week', submitted_at at time zone 'UTC') as date), count(*)
from survey_contribution
where submitted_at is not null and (answers is not null or (amounts is not null and amounts <> '{}'))
group by 1, 2;
