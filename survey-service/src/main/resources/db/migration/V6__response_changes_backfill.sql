-- The responses' changes feed (ResponseChanges) reads the change log's stream 'survey-responses', written with each
-- submission, update and withdrawal from now on. Responses stored before that are logged once here, oldest first, so
-- a mirror that follows the feed from 0-0 sees them too (until the log's retention purges these rows; then the feed
-- answers 400 for 0-0 and the mirror copies the list, as for any purged position).
insert into statistics_change (stream, subject, changed_at)
select 'survey-responses', id::text, now() from survey_response order by created_at, id;
