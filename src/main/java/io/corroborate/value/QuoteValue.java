package io.corroborate.value;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Type;

@Type("QuoteValue")
@Description("Words a source puts in someone's mouth, with the speaker the source names.")
public record QuoteValue(
        @Description("The quoted words as printed, without the surrounding quotation marks.") String text,
        @Ignore Long speakerId) implements ClaimValue {
}
