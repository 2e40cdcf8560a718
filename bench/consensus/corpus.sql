-- Synthetic corpus for the consensus benchmark, built in SQL: :stories stories, 2,000 sources without
-- article text, :facts facts and ten claims per fact from ten different sources. QUANTITY and DATE facts
-- alternate; per fact, most claims state one main value and the rest one of two rivals, so that every story
-- has agreement, conflict and sources of unequal reliability. Row triggers are bypassed for speed; the
-- node keys and the consensus changes they would have written are inserted set-wise instead.
--   psql -v schema=corroborate_c -v stories=20 -v facts=100000 -f corpus.sql
\set ON_ERROR_STOP on
set search_path to :schema;
set session_replication_role = replica;

insert into story (key, title)
select 'bench-story-' || s, 'Synthetic story ' || s from generate_series(1, :stories) s;

insert into source (key, outlet, headline, language, content_sha256)
select 'bench-source-' || s, 'Outlet ' || s, 'Synthetic source ' || s, 'en', repeat('0', 64)
from generate_series(1, 2000) s;

insert into fact (key, story_id, kind, question)
select 'bench-fact-' || f, st.id, case when f % 2 = 0 then 'QUANTITY' else 'DATE' end, 'Synthetic question ' || f
from generate_series(1, :facts) f
join story st on st.key = 'bench-story-' || (1 + f % :stories);

-- claim i of fact f comes from source 1 + (7f + 191i) mod 2000 (ten distinct sources per fact) and states
-- the main value for i < 7, else one of two rivals; sources whose number is a multiple of 5 always state a rival
with numbered as (
    select f.id as fact_id, f.kind, f.key as fact_key, substr(f.key, 12)::int as f, i
    from fact f, generate_series(0, 9) i
    where f.key like 'bench-fact-%'
), bench_claim as (
    select fact_id, kind, fact_key, 1 + (f * 7 + i * 191) % 2000 as source_no,
           case when i >= 7 or (1 + (f * 7 + i * 191) % 2000) % 5 = 0 then 1 + (f + i) % 2 else 0 end as variant
    from numbered
)
insert into claim (key, fact_id, kind, source_id, value_as_written, quantity_amount, quantity_unit, quantity_qualifier,
                   date_earliest, date_latest, date_precision, curated_by, curated_at)
select c.fact_key || '/' || s.key, c.fact_id, c.kind, s.id,
       case when c.kind = 'QUANTITY' then (100 + c.variant * 10) || ' people'
            else to_char(date '2025-07-01' + c.variant, 'FMDD Month YYYY') end,
       case when c.kind = 'QUANTITY' then 100 + c.variant * 10 end,
       case when c.kind = 'QUANTITY' then 'people' end,
       case when c.kind = 'QUANTITY' then 'EXACT' end,
       case when c.kind = 'DATE' then date '2025-07-01' + c.variant end,
       case when c.kind = 'DATE' then date '2025-07-01' + c.variant end,
       case when c.kind = 'DATE' then 'DAY' end,
       'bench', now()
from bench_claim c
join source s on s.key = 'bench-source-' || c.source_no;

insert into node_key (key, type)
select key, 'Story' from story where key like 'bench-story-%'
union all select key, 'Source' from source where key like 'bench-source-%'
union all select key, 'Fact' from fact where key like 'bench-fact-%'
union all select key, 'Claim' from claim where key like 'bench-fact-%';

insert into consensus_change (story_id) select id from story where key like 'bench-story-%';
set session_replication_role = origin;
analyze;
