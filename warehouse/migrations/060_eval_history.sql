-- History of `veille eval`: one row per model scored against a gold file, and its figures,
-- so that a prompt or model change that lowers quality shows against the previous run of
-- the same model on the same gold file (same gold_hash).
create table if not exists ops.eval_runs (
    eval_id          varchar primary key,
    batch_id         varchar not null,   -- one `veille eval` command (one or several models)
    model            varchar not null,
    prompt_version   varchar not null,
    schema_version   varchar not null,
    gold_path        varchar,
    gold_hash        varchar not null,   -- sha256 of the gold file's bytes
    input_path       varchar,
    input_hash       varchar,            -- sha256 of the articles file (null when --db)
    status           varchar not null,   -- scored, failed
    error            varchar,
    articles         integer,
    articles_missing integer,
    input_tokens     bigint,
    output_tokens    bigint,
    cost_usd         double,
    wall_s           double,             -- pipeline wall time (null when an existing db is scored)
    pipeline_run_id  varchar,
    warehouse        varchar,            -- the scored warehouse, when it was kept
    created_at       timestamp not null
);

-- The figures of a run: overall (language 'all') and per curated.articles.language
-- ('missing' for gold articles absent from the warehouse, 'unknown' for a null language).
-- category is orgs, amounts, deals, or deal_type (accuracy = tp_gold / n_gold: right types
-- over matched gold deals; precision, recall and f1 null).
create table if not exists ops.eval_scores (
    eval_id    varchar not null,
    language   varchar not null,
    category   varchar not null,
    precision  double,
    recall     double,
    f1         double,
    accuracy   double,
    tp_pred    integer not null,
    n_pred     integer not null,
    tp_gold    integer not null,
    n_gold     integer not null,
    articles   integer not null,
    primary key (eval_id, language, category)
);
