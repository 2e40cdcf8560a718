-- The comparison of each fact's claims (verdict, groups, conflicts), kept in PostgreSQL so that every
-- replica serves the same answer without recomputing the corpus per request.
create table fact_comparison (
    fact_id      bigint primary key references fact (id) on delete cascade,
    story_id     bigint not null references story (id),
    verdict      text not null check (verdict in ('AGREE', 'CONSISTENT', 'CONFLICT', 'SINGLE_SOURCE', 'NO_CLAIMS')),
    severity     integer not null,
    conflict_kinds text[] not null default '{}',
    comparison   jsonb not null,
    computed_at  timestamptz not null default now()
);
create index fact_comparison_worklist_idx on fact_comparison (story_id, severity desc, fact_id) where verdict = 'CONFLICT';

-- Any change to a story's claims or facts drops that story's comparisons (misattributions are found
-- across the facts of a story); the service recomputes them before it next serves them. Entities and
-- sources appear in the explanations (names, aliases, outlets), so changing one drops every comparison.
--
-- The story's advisory lock (also taken by the service while it recomputes) orders writers and
-- recomputations: a recomputation never stores a verdict from claims a concurrent writer has changed.
create function forget_story_comparisons(story bigint) returns void language plpgsql set search_path from current as $$
begin
    perform pg_advisory_xact_lock(1129270867, story::integer);
    delete from fact_comparison where story_id = story;
end $$;

create function forget_claim_story_comparisons() returns trigger language plpgsql set search_path from current as $$
begin
    if tg_op <> 'INSERT' then
        perform forget_story_comparisons(f.story_id) from fact f where f.id = old.fact_id;
    end if;
    if tg_op <> 'DELETE' then
        perform forget_story_comparisons(f.story_id) from fact f where f.id = new.fact_id;
    end if;
    return null;
end $$;

create function forget_fact_story_comparisons() returns trigger language plpgsql set search_path from current as $$
begin
    if tg_op <> 'INSERT' then
        perform forget_story_comparisons(old.story_id);
    end if;
    if tg_op <> 'DELETE' then
        perform forget_story_comparisons(new.story_id);
    end if;
    return null;
end $$;

create function forget_all_comparisons() returns trigger language plpgsql set search_path from current as $$
begin
    delete from fact_comparison;
    return null;
end $$;

create trigger claim_change_forgets_comparisons after insert or update or delete on claim
    for each row execute function forget_claim_story_comparisons();
create trigger fact_change_forgets_comparisons after insert or update or delete on fact
    for each row execute function forget_fact_story_comparisons();
create trigger entity_change_forgets_comparisons after update or delete on entity
    for each statement execute function forget_all_comparisons();
create trigger source_change_forgets_comparisons after update or delete on source
    for each statement execute function forget_all_comparisons();
