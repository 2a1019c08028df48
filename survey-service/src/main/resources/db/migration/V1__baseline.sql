-- survey-service: the shared tables (outbox, processed events, API keys) come from db/commons.
-- This service's own tables arrive with its feature work.
comment on schema public is 'Inclusion Hub survey-service';
