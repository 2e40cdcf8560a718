-- The review workflow of the worklist: a curator confirms or dismisses a fact's conflict with a reason.
-- The decision stays on record; when the fact's claims change it is outdated and the conflict is open again.
create table conflict_review (
    fact_id      bigint primary key references fact (id),
    status       text not null check (status in ('CONFIRMED', 'DISMISSED')),
    reason       text not null check (length(reason) > 0),
    reviewed_by  text not null,
    reviewed_at  timestamptz not null default now(),
    outdated     boolean not null default false,
    version      integer not null default 0
);

create function outdate_conflict_reviews() returns trigger language plpgsql set search_path from current as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        update conflict_review set outdated = true where fact_id = old.fact_id and not outdated;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        update conflict_review set outdated = true where fact_id = new.fact_id and not outdated;
    end if;
    return null;
end $$;

create trigger claim_change_outdates_reviews after insert or update or delete on claim
    for each row execute function outdate_conflict_reviews();
