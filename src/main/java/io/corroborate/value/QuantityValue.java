package io.corroborate.value;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("QuantityValue")
@Description("An amount with its unit and hedge: \"at least 143 people\" is AT_LEAST 143 person; \"140 to 150 people\""
        + " is BETWEEN 140 and upperAmount 150 person.")
public record QuantityValue(
        @Description("The number, with scale words applied (\"1.3 million\" is 1300000); the lower end of a range or vague amount.") BigDecimal amount,
        @Description("The normalised unit (\"person\", \"year\", \"USD per person\"); null when the text gives none.") String unit,
        @Description("The hedge word before the number, or BETWEEN for a range and VAGUE for a vague amount.") Qualifier qualifier,
        @Description("The upper end of a range (BETWEEN, included) or of a vague amount (VAGUE, excluded):"
                + " \"140 to 150\" has 150, \"dozens\" has 100; null for every other qualifier.") BigDecimal upperAmount)
        implements ClaimValue {

    public QuantityValue {
        if (qualifier != null && qualifier.hasUpperAmount() != (upperAmount != null)) {
            throw new IllegalArgumentException(qualifier + " needs an upper amount exactly when it is a range or a vague amount");
        }
        if (upperAmount != null && amount != null && upperAmount.compareTo(amount) < 0) {
            throw new IllegalArgumentException("a range cannot end below its start");
        }
    }

    /** An amount with a single number. */
    public QuantityValue(BigDecimal amount, String unit, Qualifier qualifier) {
        this(amount, unit, qualifier, null);
    }
}
