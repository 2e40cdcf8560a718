-- Curation: users, optimistic locking, retraction, merges, an append-only audit log, claims without excerpts.

create table app_user (
    id             bigint generated always as identity primary key,
    username       text not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
    password_hash  text not null,
    roles          text[] not null default '{}',
    created_at     timestamptz not null default now()
);

alter table source add column version integer not null default 1;
alter table story  add column version integer not null default 1;
alter table entity add column version integer not null default 1;
alter table entity add column merged_into_id bigint references entity (id);
alter table fact   add column version integer not null default 1;
alter table fact   add column merged_into_id bigint references fact (id);

alter table claim add column version integer not null default 1;
alter table claim add column retracted_at timestamptz;
alter table claim add column retracted_by text;
alter table claim add column retraction_reason text;
alter table claim add check ((retracted_at is null) = (retraction_reason is null));

-- Claims imported from structured data sets may have no article text to quote from.
alter table claim alter column excerpt_exact drop not null;
alter table claim alter column excerpt_start drop not null;
alter table claim alter column excerpt_end drop not null;
alter table claim alter column excerpt_prefix drop not null;
alter table claim alter column excerpt_suffix drop not null;
alter table claim add check ((excerpt_exact is null) = (excerpt_start is null)
    and (excerpt_exact is null) = (excerpt_end is null));

-- who did what, when, before and after; rows are never changed or removed
create table audit_event (
    id           bigint generated always as identity primary key,
    at           timestamptz not null default clock_timestamp(),
    actor        text not null,
    action       text not null,
    target_type  text not null check (target_type in ('SOURCE', 'STORY', 'ENTITY', 'FACT', 'CLAIM')),
    target_key   text not null,
    fact_key     text,
    before       jsonb,
    after        jsonb
);
create index audit_event_target_idx on audit_event (target_type, target_key, id);
create index audit_event_fact_idx on audit_event (fact_key, id);

create function refuse_audit_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only';
end $$;
create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function refuse_audit_change();
