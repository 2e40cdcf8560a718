-- The sources each source likely copies or is copied by in a run (AccuCopy probability >= 0.5), as
-- [{"sourceId": key, "probability": p}]; empty for MAJORITY and for runs stored before copy detection was kept.
alter table source_reliability add column copies jsonb not null default '[]';
