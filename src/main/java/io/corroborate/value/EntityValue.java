package io.corroborate.value;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Type;

@Type("EntityValue")
@Description("An answer that names an entity (who announced, which body decided); the wording stays in valueAsWritten.")
public record EntityValue(@Ignore Long entityId) implements ClaimValue {
}
