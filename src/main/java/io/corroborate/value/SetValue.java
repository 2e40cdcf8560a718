package io.corroborate.value;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@Type("SetValue")
@Description("A list of items a source gives, e.g. \"lithium and rare earth minerals\"; \"only …\" makes it exclusive.")
public record SetValue(
        @NonNull @Description("The items, normalised (lower case, no articles), in the source's order.") List<@NonNull String> items,
        @Description("True when the source says these are the only ones (\"only X\"): another item then contradicts it.") boolean exclusive)
        implements ClaimValue {

    /** Reads "lithium, rare earth minerals and gold" or "only lithium" into items. */
    public static SetValue read(String written) {
        String text = written.strip();
        boolean exclusive = text.toLowerCase(Locale.ROOT).startsWith("only ");
        if (exclusive) {
            text = text.substring(5);
        }
        List<String> items = new ArrayList<>();
        for (String item : text.split("\\s*(?:,|;|\\band\\b|&)\\s*")) {
            String normal = item.toLowerCase(Locale.ROOT).replaceAll("^(the|a|an)\\s+", "").replaceAll("[.\\s]+$", "").strip();
            if (!normal.isEmpty() && !items.contains(normal)) {
                items.add(normal);
            }
        }
        if (items.isEmpty()) {
            throw new UnreadableValueException(written, "no items: list them separated by commas or \"and\"");
        }
        return new SetValue(List.copyOf(items), exclusive);
    }
}
