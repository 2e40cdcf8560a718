-- the largest change of a source's reliability in a run's last iteration (0 for MAJORITY, which counts once)
alter table consensus_run add column residual double precision not null default 0;
