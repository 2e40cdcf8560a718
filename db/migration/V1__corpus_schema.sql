-- Corroborate: stories, sources (articles), entities, facts and claims with per-source provenance.

create table story (
    id          bigint generated always as identity primary key,
    key         text not null unique check (key ~ '^[a-z0-9][a-z0-9-]*$'),
    title       text not null,
    summary     text,
    created_at  timestamptz not null default now()
);

create table source (
    id                   bigint generated always as identity primary key,
    key                  text not null unique check (key ~ '^[a-z0-9][a-z0-9-]*$'),
    outlet               text,
    headline             text not null,
    author               text,
    url                  text,
    published_earliest   date,
    published_latest     date,
    published_precision  text,
    language             text not null,
    content_sha256       text not null check (content_sha256 ~ '^[0-9a-f]{64}$'),
    article_file         text,
    article_text         text,
    created_at           timestamptz not null default now(),
    check ((published_earliest is null) = (published_latest is null)),
    check (published_earliest is null or published_earliest <= published_latest)
);

create table entity (
    id           bigint generated always as identity primary key,
    key          text not null unique check (key ~ '^[a-z0-9][a-z0-9-]*$'),
    kind         text not null check (kind in ('PERSON', 'ORGANIZATION', 'PLACE')),
    name         text not null,
    description  text,
    aliases      text[] not null default '{}',
    created_at   timestamptz not null default now()
);

create table fact (
    id          bigint generated always as identity primary key,
    key         text not null unique check (key ~ '^[a-z0-9][a-z0-9-]*$'),
    story_id    bigint not null references story (id),
    kind        text not null check (kind in ('DATE', 'QUANTITY', 'QUOTE', 'TEXT')),
    question    text not null,
    created_at  timestamptz not null default now(),
    unique (id, kind)
);
create index fact_story_idx on fact (story_id);

-- the entities a fact is about
create table fact_entity (
    fact_id    bigint not null references fact (id),
    entity_id  bigint not null references entity (id),
    primary key (fact_id, entity_id)
);
create index fact_entity_entity_idx on fact_entity (entity_id);

create table claim (
    id                  bigint generated always as identity primary key,
    key                 text not null unique,
    fact_id             bigint not null,
    kind                text not null,
    source_id           bigint not null references source (id),
    value_as_written    text not null,
    interpreted_as      text,
    -- typed value: exactly the columns of the fact's kind are filled
    date_earliest       date,
    date_latest         date,
    date_precision      text check (date_precision in ('DAY', 'MONTH', 'PART_OF_YEAR', 'YEAR', 'DECADE')),
    quantity_amount     numeric,
    quantity_unit       text,
    quantity_qualifier  text check (quantity_qualifier in ('EXACT', 'AT_LEAST', 'MORE_THAN', 'AT_MOST', 'FEWER_THAN', 'ABOUT', 'NEARLY')),
    quote_text          text,
    text_value          text,
    value_entity_id     bigint references entity (id),
    -- provenance: W3C Web Annotation TextQuoteSelector + TextPositionSelector (offsets in code points)
    excerpt_exact       text not null check (length(excerpt_exact) > 0),
    excerpt_start       integer not null check (excerpt_start >= 0),
    excerpt_end         integer not null,
    excerpt_prefix      text not null,
    excerpt_suffix      text not null,
    note                text,
    curated_by          text not null,
    curated_at          timestamptz not null,
    foreign key (fact_id, kind) references fact (id, kind),
    check (excerpt_end - excerpt_start = length(excerpt_exact)),
    check ((kind = 'DATE') = (date_earliest is not null and date_latest is not null and date_precision is not null)),
    check (date_earliest is null or date_earliest <= date_latest),
    check ((kind = 'QUANTITY') = (quantity_amount is not null and quantity_qualifier is not null)),
    check ((kind = 'QUOTE') = (quote_text is not null)),
    check (kind <> 'QUOTE' or value_entity_id is not null),
    check (value_entity_id is null or kind in ('QUOTE', 'TEXT')),
    check ((kind = 'TEXT') = (text_value is not null))
);
create index claim_fact_idx on claim (fact_id);
create index claim_source_idx on claim (source_id);
create index claim_value_entity_idx on claim (value_entity_id);

-- one row per curated corpus file loaded, so that loading the same file again is a no-op
create table corpus_load (
    id          bigint generated always as identity primary key,
    file        text not null,
    sha256      text not null,
    inserted    integer not null,
    kept        integer not null,
    loaded_at   timestamptz not null default now(),
    unique (file, sha256)
);
