-- Typed answers beyond dates, amounts and quotes: YES_NO (a proposition the source affirms, denies or hedges),
-- ENTITY (the answer is an entity) and SET (a list of items, possibly "only" those).
alter table fact drop constraint fact_kind_check;
alter table fact add constraint fact_kind_check
    check (kind in ('DATE', 'QUANTITY', 'QUOTE', 'TEXT', 'YES_NO', 'ENTITY', 'SET'));

alter table claim drop constraint claim_check6;
alter table claim add constraint claim_value_entity_kinds check (value_entity_id is null or kind in ('QUOTE', 'TEXT', 'ENTITY'));
alter table claim add constraint claim_entity_answer check (kind <> 'ENTITY' or value_entity_id is not null);

alter table claim add column stance text check (stance in ('AFFIRMS', 'DENIES', 'HEDGES'));
alter table claim add constraint claim_yes_no_stance check ((kind = 'YES_NO') = (stance is not null));

alter table claim add column set_items text[];
alter table claim add column set_exclusive boolean;
alter table claim add constraint claim_set_items check ((kind = 'SET') = (set_items is not null and set_exclusive is not null));
