package io.corroborate.value;

import org.eclipse.microprofile.graphql.Description;

@Description("How a source hedges a number: the word before it (\"at least 143\", \"roughly 1.3 million\"), or a range"
        + " (\"140 to 150\") or vague amount (\"dozens\") that also has an upperAmount.")
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
    @Description("\"about\", \"roughly\", \"approximately\", \"around\", \"some\", \"decade-long\": close to the number either way.")
    ABOUT,
    @Description("\"nearly\", \"almost\": just below the number.")
    NEARLY,
    @Description("A range, \"between 140 and 150\", \"140 to 150\", \"140-150\": from amount to upperAmount, both included.")
    BETWEEN,
    @Description("A vague amount, \"dozens\", \"a few dozen\", \"hundreds of\", \"several thousand\", \"tens of thousands\":"
            + " from amount up to but not including upperAmount (the intervals are listed in docs/comparison-rules.md).")
    VAGUE;

    /** Whether an amount with this qualifier is an interval given by two numbers. */
    public boolean hasUpperAmount() {
        return this == BETWEEN || this == VAGUE;
    }
}
