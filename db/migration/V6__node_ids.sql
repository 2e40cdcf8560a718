-- Public ids are unique across sources, stories, entities, facts and claims, so that any object can be
-- fetched again by its id alone (GraphQL's Node interface, `node(id:)`). Every id is registered here
-- with the type it names; a second object with a taken id is refused by the primary key.
create table node_key (
    key   text primary key,
    type  text not null check (type in ('Source', 'Story', 'Entity', 'Fact', 'Claim'))
);

insert into node_key (key, type)
select key, 'Source' from source
union all select key, 'Story' from story
union all select key, 'Entity' from entity
union all select key, 'Fact' from fact
union all select key, 'Claim' from claim;

create function register_node_key() returns trigger language plpgsql set search_path from current as $$
begin
    if tg_op = 'INSERT' then
        insert into node_key (key, type) values (new.key, tg_argv[0]);
    elsif new.key is distinct from old.key then
        update node_key set key = new.key where key = old.key;
    end if;
    return new;
end $$;

create trigger source_node_key after insert or update of key on source for each row execute function register_node_key('Source');
create trigger story_node_key after insert or update of key on story for each row execute function register_node_key('Story');
create trigger entity_node_key after insert or update of key on entity for each row execute function register_node_key('Entity');
create trigger fact_node_key after insert or update of key on fact for each row execute function register_node_key('Fact');
create trigger claim_node_key after insert or update of key on claim for each row execute function register_node_key('Claim');
