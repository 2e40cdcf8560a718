-- Free-text answers worded differently are no longer a conflict: the rules cannot tell, and say so.
alter table fact_comparison drop constraint fact_comparison_verdict_check;
alter table fact_comparison add constraint fact_comparison_verdict_check
    check (verdict in ('AGREE', 'CONSISTENT', 'CONFLICT', 'SINGLE_SOURCE', 'NO_CLAIMS', 'WORDING_DIFFERS'));
-- stored verdicts were computed by the older rules
delete from fact_comparison;
