package io.corroborate.value;

import org.eclipse.microprofile.graphql.Description;

@Description("How precisely a date was written: the width of the interval it stands for.")
public enum DatePrecision {
    @Description("A single day, e.g. \"July 3, 2025\".")
    DAY,
    @Description("A calendar month, e.g. \"March 2024\".")
    MONTH,
    @Description("A third of a year, e.g. \"early 2024\" (January to April), \"mid 2024\" or \"late 2024\".")
    PART_OF_YEAR,
    @Description("A calendar year, e.g. \"2024\".")
    YEAR,
    @Description("A decade, e.g. \"the 1980s\".")
    DECADE
}
