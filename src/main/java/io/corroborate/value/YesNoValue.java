package io.corroborate.value;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("YesNoValue")
@Description("A source's stance on the fact's yes-or-no question; the wording stays in valueAsWritten.")
public record YesNoValue(@NonNull @Description("Affirms, denies or hedges.") Stance stance) implements ClaimValue {
}
