-- Consensus runs: truth discovery over all claims, kept in PostgreSQL so that replicas agree. A run is
-- written whole, then served; readers keep reading the previous run while a new one is computed.
create table consensus_run (
    id            bigint generated always as identity primary key,
    strategy      text not null check (strategy in ('ACCU', 'MAJORITY')),
    -- fingerprint of the claims the run was computed from (count, versions, ids, facts); a run whose
    -- fingerprint differs from the claims' current one is stale and is recomputed in the background
    input         text not null,
    computed_at   timestamptz not null default now(),
    iterations    integer not null,
    converged     boolean not null,
    params        jsonb not null
);
create index consensus_run_latest_idx on consensus_run (strategy, id desc);

create table fact_consensus (
    run_id   bigint not null references consensus_run (id) on delete cascade,
    fact_id  bigint not null references fact (id) on delete cascade,
    result   jsonb not null,
    primary key (run_id, fact_id)
);

create table source_reliability (
    run_id             bigint not null references consensus_run (id) on delete cascade,
    source_id          bigint not null references source (id) on delete cascade,
    reliability        double precision not null,
    facts              integer not null,
    with_consensus     integer not null,
    against_consensus  integer not null,
    alone              integer not null,
    copy_weight        double precision not null,
    primary key (run_id, source_id)
);

