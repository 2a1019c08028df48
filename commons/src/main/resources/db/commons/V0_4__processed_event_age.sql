-- processed_event rows are purged by age (ProcessedEvents.purgeBefore); rows arrive in time order, so a
-- BRIN index finds the old ones for a fraction of a B-tree's size and write cost.
create index processed_event_processed_at on processed_event using brin (processed_at);
