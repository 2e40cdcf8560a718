package io.corroborate.value;

import io.smallrye.graphql.api.Union;
import org.eclipse.microprofile.graphql.Description;

@Union
@Description("The typed form of a claim's value; which member it is follows the fact's kind.")
public sealed interface ClaimValue permits DateValue, QuantityValue, QuoteValue, TextValue, YesNoValue, EntityValue, SetValue {
}
