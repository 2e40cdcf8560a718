-- Bulk imports write hundreds of thousands of claims (and their new facts) in one statement. The triggers
-- that register their ids run once per statement over its transition table instead of once per row
-- (V12 did the same for the comparison queue and the outdating of reviews).
drop trigger claim_node_key on claim;
drop trigger fact_node_key on fact;

create function register_node_keys() returns trigger language plpgsql set search_path from current as $$
begin
    insert into node_key (key, type) select key, tg_argv[0] from new_rows;
    return null;
end $$;

create function rename_node_keys() returns trigger language plpgsql set search_path from current as $$
begin
    update node_key n set key = r.key
    from old_rows o join new_rows r on r.id = o.id
    where n.key = o.key and r.key <> o.key;
    return null;
end $$;

-- PostgreSQL allows transition tables only on triggers of one event, so inserts and updates have one each.
create trigger claim_node_keys after insert on claim
    referencing new table as new_rows for each statement execute function register_node_keys('Claim');
create trigger claim_node_key_renames after update on claim
    referencing old table as old_rows new table as new_rows for each statement execute function rename_node_keys();
create trigger fact_node_keys after insert on fact
    referencing new table as new_rows for each statement execute function register_node_keys('Fact');
create trigger fact_node_key_renames after update on fact
    referencing old table as old_rows new table as new_rows for each statement execute function rename_node_keys();

-- Provenance of what a bulk import wrote: the import's one audit entry (IMPORT_CLAIMS). No foreign key:
-- the audit log is append-only, so the entry cannot go away, and a check per inserted row would cost
-- as much as the insert itself.
alter table claim add column import_id bigint;
alter table fact add column import_id bigint;
alter table source add column import_id bigint;
