-- (1) one fact with its claims, their excerpts and sources, and its stored verdict, as one JSON document
\set n random(1, :facts)
select json_build_object('key', f.key, 'question', f.question, 'kind', f.kind, 'verdict', fc.verdict,
  'claims', (select json_agg(json_build_object('key', c.key, 'value', c.value_as_written, 'exact', c.excerpt_exact,
                 'start', c.excerpt_start, 'end', c.excerpt_end,
                 'source', json_build_object('key', s.key, 'outlet', s.outlet, 'headline', s.headline)) order by c.id)
             from claim c join source s on s.id = c.source_id where c.fact_id = f.id))
from fact f left join fact_comparison fc on fc.fact_id = f.id
where f.key = 'fact-' || lpad(:n::text, 6, '0');
