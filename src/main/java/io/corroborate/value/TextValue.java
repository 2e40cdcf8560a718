package io.corroborate.value;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Type;

@Type("TextValue")
@Description("A short textual answer (a name, a title, a place), optionally linked to the entity it names.")
public record TextValue(
        @Description("The text as written.") String text,
        @Ignore Long entityId) implements ClaimValue {
}
