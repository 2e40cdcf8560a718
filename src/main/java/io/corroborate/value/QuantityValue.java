package io.corroborate.value;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("QuantityValue")
@Description("An amount with its unit and hedge: \"at least 143 people\" is AT_LEAST 143 person.")
public record QuantityValue(
        @Description("The number, with scale words applied (\"1.3 million\" is 1300000).") BigDecimal amount,
        @Description("The normalised unit (\"person\", \"year\", \"USD per person\"); null when the text gives none.") String unit,
        @Description("The hedge word before the number.") Qualifier qualifier) implements ClaimValue {
}
