package io.corroborate.value;

import org.eclipse.microprofile.graphql.Description;

@Description("How a source hedges a number: the word before it (\"at least 143\", \"roughly 1.3 million\").")
public enum Qualifier {
    @Description("No hedge: the number as stated.")
    EXACT,
    @Description("\"at least\", \"no fewer than\": the number is a lower bound.")
    AT_LEAST,
    @Description("\"more than\", \"over\": strictly above the number.")
    MORE_THAN,
    @Description("\"at most\", \"up to\", \"no more than\": the number is an upper bound.")
    AT_MOST,
    @Description("\"fewer than\", \"less than\", \"under\": strictly below the number.")
    FEWER_THAN,
    @Description("\"about\", \"roughly\", \"approximately\", \"around\", \"some\": close to the number either way.")
    ABOUT,
    @Description("\"nearly\", \"almost\": just below the number.")
    NEARLY
}
