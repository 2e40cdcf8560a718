-- (2) a page of 50 facts of a story (one of its first ten pages) with claims and sources, as one JSON document
\set s random(1, :stories)
\set p random(0, 9)
select json_agg(json_build_object('key', f.key, 'question', f.question, 'kind', f.kind,
  'claims', (select json_agg(json_build_object('key', c.key, 'value', c.value_as_written,
                 'source', json_build_object('key', s.key, 'outlet', s.outlet, 'headline', s.headline)) order by c.id)
             from claim c join source s on s.id = c.source_id where c.fact_id = f.id)) order by f.id)
from (select f.* from fact f join story st on st.id = f.story_id
      where st.key = 'story-s' || lpad(:s::text, 2, '0') order by f.id limit 50 offset :p * 50) f;
