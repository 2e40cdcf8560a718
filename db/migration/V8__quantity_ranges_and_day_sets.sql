-- Amounts that are intervals: a range ("140 to 150", BETWEEN) or a vague amount ("dozens", VAGUE) keeps its upper end.
alter table claim add column quantity_upper numeric;
alter table claim drop constraint claim_quantity_qualifier_check;
alter table claim add constraint claim_quantity_qualifier_check check (quantity_qualifier in
    ('EXACT', 'AT_LEAST', 'MORE_THAN', 'AT_MOST', 'FEWER_THAN', 'ABOUT', 'NEARLY', 'BETWEEN', 'VAGUE'));
alter table claim add constraint claim_quantity_upper_check check (
    (quantity_upper is not null) = (quantity_qualifier in ('BETWEEN', 'VAGUE'))
    and (quantity_upper is null or quantity_upper >= quantity_amount));

-- A date that can mean several separate days ("Thursday" in an article known only to its month) keeps them,
-- in order; date_earliest and date_latest are the first and the last of them. Null when the date is one interval.
alter table claim add column date_days date[];
alter table claim add constraint claim_date_days_check check (date_days is null or (kind = 'DATE'
    and cardinality(date_days) >= 2 and date_days[1] = date_earliest and date_days[cardinality(date_days)] = date_latest));

-- Weekdays were stored as the hull of the days they can mean (from the weekday on or before the first possible
-- publication day to the one on or before the last): they are those weekdays, a week apart.
update claim set date_precision = 'DAY',
    date_days = array(select d::date from generate_series(date_earliest, date_latest, interval '7 days') d)
where kind = 'DATE' and date_earliest < date_latest and extract(isodow from date_earliest) = extract(isodow from date_latest)
    and lower(coalesce(interpreted_as, value_as_written)) ~ '^\s*(on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)[.,;:]?\s*$';

-- The comparison rules changed with this reading: every stored verdict is recomputed on its next read.
delete from fact_comparison;
