-- Filtered statistics find their responses by survey and answers: with the GIN index on the answers alone,
-- a filter such as country=DE matched every survey's DE responses and kept only this survey's afterwards
-- (330 ms for a 55-response survey beside three of 100 000; 0.1 ms with this index, 96 ms instead of 330 ms
-- for a survey of 100 000, where PostgreSQL combines both indexes).
create index survey_contribution_survey on survey_contribution (survey);
