-- Journal sequence numbers are handed out from a cache of 1000 instead of the default (32 on H2):
-- H2 writes the sequence to its catalogue every time a cache runs out, which cost about a tenth of
-- the ingest CPU at a few thousand events/s (docs/benchmarks.md). A crash may skip cached numbers;
-- seq only orders the journal, gaps are harmless.
alter table event_journal alter column seq set cache 1000;
