-- Bulk imports insert claims and audit entries in JDBC batches: their ids come from plain sequences
-- that hand out blocks of 50 (Hibernate's pooled allocation) instead of one identity value per row.
-- The sequences start well past the ids in use, whichever end of a block Hibernate counts from.
alter table claim alter column id drop identity;
create sequence claim_id_seq increment by 50 owned by claim.id;
select setval('claim_id_seq', coalesce((select max(id) from claim), 0) + 100);
alter table claim alter column id set default nextval('claim_id_seq');

alter table audit_event alter column id drop identity;
create sequence audit_event_id_seq increment by 50 owned by audit_event.id;
select setval('audit_event_id_seq', coalesce((select max(id) from audit_event), 0) + 100);
alter table audit_event alter column id set default nextval('audit_event_id_seq');

-- the comparison triggers drop a story's comparisons on every claim change
create index fact_comparison_story_idx on fact_comparison (story_id);
