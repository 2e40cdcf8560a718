-- How entities stand to each other, typed and directed: "Sergei Lavrov HEADS the Russian Foreign Ministry",
-- "the Foreign Ministry is PART_OF Russia". The comparison rules use them (a more specific answer, a quote
-- attributed to a person or to the body he heads), so any change drops every stored comparison.
create table entity_relation (
    id          bigint generated always as identity primary key,
    subject_id  bigint not null references entity (id),
    kind        text not null check (kind in ('PART_OF', 'MEMBER_OF', 'HEADS', 'SPEAKS_FOR', 'LOCATED_IN')),
    object_id   bigint not null references entity (id),
    since       date,
    until       date,
    note        text,
    curated_by  text not null,
    curated_at  timestamptz not null default now(),
    unique (subject_id, kind, object_id),
    check (subject_id <> object_id),
    check (until is null or since is null or since <= until)
);
create index entity_relation_object_idx on entity_relation (object_id);

create trigger entity_relation_forgets_comparisons after insert or update or delete on entity_relation
    for each statement execute function forget_all_comparisons();
