-- A small pending list for the GIN index that filtered statistics read (see practice-service V10 for why):
-- every filtered read scans the whole list, which autovacuum (if it is on at all) or an insert past
-- gin_pending_list_limit (4 MB by default) merges into the index. At 256 kB the projection's inserts merge it
-- every few hundred responses, and a read scans at most 32 pages of it.
alter index survey_contribution_answers set (gin_pending_list_limit = 256);
select gin_clean_pending_list('survey_contribution_answers'::regclass);
