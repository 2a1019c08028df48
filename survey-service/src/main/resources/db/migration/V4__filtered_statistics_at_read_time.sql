-- Filtered statistics are computed when read, from the stored answers of the matching responses
-- (survey_contribution, through the GIN index below), instead of being kept per filterable answer:
-- a response now adds a hundred-odd keys to survey_stat instead of about a thousand.
delete from survey_stat where segment <> 'all';

-- Contributions kept as amounts (written before V3) keep only what the projection still holds.
update survey_contribution
set amounts = (select coalesce(jsonb_object_agg(key, value), '{}') from jsonb_each(amounts) where key like 'all|%')
where amounts is not null;

create index survey_contribution_answers on survey_contribution using gin (answers jsonb_path_ops);

-- New metrics of the contributions computed from answers, added for the responses already counted, so that
-- subtracting a contribution later removes exactly what was added:
-- asked:q, per question with a condition that held ("not asked" apart from "not answered") ...
insert into survey_stat (survey, segment, metric, n, total)
select c.survey, 'all', 'asked:' || (q ->> 'code'), count(*), 0
from survey s
cross join lateral jsonb_array_elements(s.definition -> 'questions') q
join survey_contribution c on c.survey = s.code || '@' || s.version and c.answers is not null
where s.status = 'published' and jsonb_typeof(q -> 'condition') = 'object'
  and exists (select 1 from jsonb_array_elements_text(q -> 'condition' -> 'anyOf') o(v)
              where c.answers -> (q -> 'condition' ->> 'question') = to_jsonb(o.v)
                 or (jsonb_typeof(c.answers -> (q -> 'condition' ->> 'question')) = 'array'
                     and c.answers -> (q -> 'condition' ->> 'question') @> jsonb_build_array(o.v)))
group by c.survey, q ->> 'code';

-- ... and cross:q:o1:q:o2 for each ordered pair of two options chosen together in a multiple-choice answer.
insert into survey_stat (survey, segment, metric, n, total)
select c.survey, 'all', 'cross:' || (q ->> 'code') || ':' || a.v || ':' || (q ->> 'code') || ':' || b.v, count(*), 0
from survey s
cross join lateral jsonb_array_elements(s.definition -> 'questions') q
join survey_contribution c on c.survey = s.code || '@' || s.version and c.answers is not null
cross join lateral jsonb_array_elements_text(case when jsonb_typeof(c.answers -> (q ->> 'code')) = 'array'
                                                  then c.answers -> (q ->> 'code') else '[]' end) a(v)
cross join lateral jsonb_array_elements_text(c.answers -> (q ->> 'code')) b(v)
where s.status = 'published' and q ->> 'type' = 'multiple-choice' and a.v <> b.v
group by c.survey, 3;
