-- Verdicts are maintained when claims change instead of being recomputed on the first read after a change.
-- Every change queues the facts whose comparison it can alter; the writing transaction settles its own
-- entries before it commits (mutations) or a background drainer settles them (bulk imports, SQL). Readers
-- never compute: they serve the stored comparison and say when a newer one is pending.
drop trigger claim_change_forgets_comparisons on claim;
drop trigger fact_change_forgets_comparisons on fact;
drop trigger entity_change_forgets_comparisons on entity;
drop trigger source_change_forgets_comparisons on source;
drop trigger entity_relation_forgets_comparisons on entity_relation;
drop function forget_claim_story_comparisons();
drop function forget_fact_story_comparisons();
drop function forget_all_comparisons();
drop function forget_story_comparisons(bigint);

create table comparison_queue (
    id         bigint generated always as identity primary key,
    fact_id    bigint not null references fact (id) on delete cascade,
    story_id   bigint not null,
    -- the transaction that queued the entry: a mutation settles exactly its own entries before committing
    xact       xid8 not null default pg_current_xact_id(),
    queued_at  timestamptz not null default now()
);
create index comparison_queue_story_idx on comparison_queue (story_id, id);
create index comparison_queue_fact_idx on comparison_queue (fact_id);
create index comparison_queue_xact_idx on comparison_queue (xact);

-- The word shingles of each fact's quotes: a quote can only run inside another quote if its leading shingle
-- is one of the other's shingles, so the facts a quote change can affect across the story are found here
-- instead of by comparing every quote of the story. `lead` marks the first shingle of a quote.
create table quote_shingle (
    story_id  bigint not null,
    shingle   bigint not null,
    fact_id   bigint not null references fact (id) on delete cascade,
    lead      boolean not null,
    primary key (story_id, shingle, fact_id)
);
create index quote_shingle_fact_idx on quote_shingle (fact_id);

-- Statement-level triggers with transition tables: one insert per statement, so bulk writes stay set-based.
create function queue_facts(facts bigint[]) returns void language sql set search_path from current as $$
    insert into comparison_queue (fact_id, story_id) select f.id, f.story_id from fact f where f.id = any(facts);
$$;

-- a change of a fact's claims also reopens its reviewed conflict (replaces V11's row-level trigger)
create function queue_claims_facts(facts bigint[]) returns void language sql set search_path from current as $$
    select queue_facts(facts);
    update conflict_review set outdated = true where fact_id = any(facts) and not outdated;
$$;

create function claims_inserted() returns trigger language plpgsql set search_path from current as $$
begin
    perform queue_claims_facts(array(select distinct fact_id from new_rows));
    return null;
end $$;

create function claims_updated() returns trigger language plpgsql set search_path from current as $$
begin
    perform queue_claims_facts(array(select fact_id from new_rows union select fact_id from old_rows));
    return null;
end $$;

create function claims_deleted() returns trigger language plpgsql set search_path from current as $$
begin
    perform queue_claims_facts(array(select distinct fact_id from old_rows));
    return null;
end $$;

drop trigger claim_change_outdates_reviews on claim;
drop function outdate_conflict_reviews();
create trigger claim_insert_queues_comparisons after insert on claim
    referencing new table as new_rows for each statement execute function claims_inserted();
create trigger claim_update_queues_comparisons after update on claim
    referencing new table as new_rows old table as old_rows for each statement execute function claims_updated();
create trigger claim_delete_queues_comparisons after delete on claim
    referencing old table as old_rows for each statement execute function claims_deleted();

-- a new fact gets its first comparison (NO_CLAIMS); a changed one (story, kind, merge) is compared again
create function facts_written() returns trigger language plpgsql set search_path from current as $$
begin
    perform queue_facts(array(select id from new_rows));
    return null;
end $$;

create trigger fact_insert_queues_comparisons after insert on fact
    referencing new table as new_rows for each statement execute function facts_written();
create trigger fact_update_queues_comparisons after update on fact
    referencing new table as new_rows for each statement execute function facts_written();

-- Explanations name entities and sources, and entity relations decide whether two speakers act for each
-- other: such a change queues only the facts whose claims name the entities or cite the sources.
create function queue_entity_facts(entities bigint[]) returns void language sql set search_path from current as $$
    select queue_facts(array(select distinct fact_id from claim where value_entity_id = any(entities)));
$$;

create function entities_updated() returns trigger language plpgsql set search_path from current as $$
begin
    perform queue_entity_facts(array(select n.id from new_rows n join old_rows o on o.id = n.id
        where (n.key, n.kind, n.name, n.aliases, n.merged_into_id) is distinct from (o.key, o.kind, o.name, o.aliases, o.merged_into_id)));
    return null;
end $$;

create trigger entity_update_queues_comparisons after update on entity
    referencing new table as new_rows old table as old_rows for each statement execute function entities_updated();

create function sources_updated() returns trigger language plpgsql set search_path from current as $$
begin
    perform queue_facts(array(select distinct c.fact_id from claim c where c.source_id in (
        select n.id from new_rows n join old_rows o on o.id = n.id
        where (n.key, n.outlet, n.headline) is distinct from (o.key, o.outlet, o.headline))));
    return null;
end $$;

create trigger source_update_queues_comparisons after update on source
    referencing new table as new_rows old table as old_rows for each statement execute function sources_updated();

-- A relation links its entities' whole neighbourhood (PART_OF chains): queue the facts naming any entity
-- connected to either end, over the relations as they are after the change.
create function queue_related_facts(ends bigint[]) returns void language sql set search_path from current as $$
    with recursive linked(id) as (
        select unnest(ends)
        union
        select case when r.subject_id = l.id then r.object_id else r.subject_id end
        from entity_relation r join linked l on l.id in (r.subject_id, r.object_id)
    )
    select queue_entity_facts(array(select id from linked));
$$;

create function relations_inserted() returns trigger language plpgsql set search_path from current as $$
begin
    perform queue_related_facts(array(select subject_id from new_rows union select object_id from new_rows));
    return null;
end $$;

create function relations_deleted() returns trigger language plpgsql set search_path from current as $$
begin
    perform queue_related_facts(array(select subject_id from old_rows union select object_id from old_rows));
    return null;
end $$;

create function relations_updated() returns trigger language plpgsql set search_path from current as $$
begin
    perform queue_related_facts(array(select subject_id from new_rows union select object_id from new_rows
        union select subject_id from old_rows union select object_id from old_rows));
    return null;
end $$;

create trigger entity_relation_insert_queues_comparisons after insert on entity_relation
    referencing new table as new_rows for each statement execute function relations_inserted();
create trigger entity_relation_update_queues_comparisons after update on entity_relation
    referencing new table as new_rows old table as old_rows for each statement execute function relations_updated();
create trigger entity_relation_delete_queues_comparisons after delete on entity_relation
    referencing old table as old_rows for each statement execute function relations_deleted();

-- Existing databases: every fact is compared once more, which also fills the shingle index.
insert into comparison_queue (fact_id, story_id) select id, story_id from fact;
