-- Consensus per story (issue 10): each story's truth discovery runs over that story's claims alone, so
-- that a run's memory is bounded by the largest story and a change recomputes only its own story.

-- runs over all claims cannot be split by story: they are dropped and every story is recomputed
delete from consensus_run;
alter table consensus_run add column story_id bigint not null references story (id) on delete cascade;
drop index consensus_run_latest_idx;
create index consensus_run_latest_idx on consensus_run (story_id, strategy, id desc);
create index fact_consensus_fact_idx on fact_consensus (fact_id);
create index source_reliability_source_idx on source_reliability (source_id);

-- Stories whose claims changed since their latest run: written in the changing transaction, one row per
-- statement and story (insert only, so concurrent writers never wait on each other), read and deleted
-- by the background job once it has recomputed the story. No foreign key: a row for a story deleted
-- since is simply skipped.
create table consensus_change (
    id          bigint generated always as identity primary key,
    story_id    bigint not null,
    changed_at  timestamptz not null default now()
);
create index consensus_change_story_idx on consensus_change (story_id, id);

create function note_consensus_change() returns trigger language plpgsql set search_path from current as $$
begin
    if tg_table_name = 'fact' then
        insert into consensus_change (story_id)
        select story_id from new_rows union select story_id from old_rows;
    elsif tg_op = 'INSERT' then
        insert into consensus_change (story_id)
        select distinct f.story_id from new_rows c join fact f on f.id = c.fact_id;
    elsif tg_op = 'DELETE' then
        insert into consensus_change (story_id)
        select distinct f.story_id from old_rows c join fact f on f.id = c.fact_id;
    else
        insert into consensus_change (story_id)
        select f.story_id from new_rows c join fact f on f.id = c.fact_id
        union select f.story_id from old_rows c join fact f on f.id = c.fact_id;
    end if;
    return null;
end $$;

create trigger claim_insert_changes_consensus after insert on claim
    referencing new table as new_rows for each statement execute function note_consensus_change();
create trigger claim_update_changes_consensus after update on claim
    referencing old table as old_rows new table as new_rows for each statement execute function note_consensus_change();
create trigger claim_delete_changes_consensus after delete on claim
    referencing old table as old_rows for each statement execute function note_consensus_change();
-- a fact moved to another story or merged into another fact changes both stories' claims
create trigger fact_update_changes_consensus after update on fact
    referencing old table as old_rows new table as new_rows for each statement execute function note_consensus_change();

insert into consensus_change (story_id) select id from story;
