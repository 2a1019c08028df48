-- The assessments' changes feed (AssessmentChanges) reads the change log's stream 'assessments', written with each
-- submission and withdrawal from now on. Assessments public before that are logged once here, oldest first, so a
-- mirror that follows the feed from 0-0 sees them too (until the log's retention purges these rows; then the feed
-- answers 400 for 0-0 and the mirror copies the list, as for any purged position).
insert into statistics_change (stream, subject, changed_at)
select 'assessments', id::text, now() from assessment where status <> 'draft' order by created_at, id;
