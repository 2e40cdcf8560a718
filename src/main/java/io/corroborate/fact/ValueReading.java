package io.corroborate.fact;

import io.corroborate.value.EntityValue;
import io.corroborate.value.SetValue;
import io.corroborate.value.Stance;
import io.corroborate.value.YesNoValue;

import io.corroborate.value.ClaimValue;
import io.corroborate.value.DateParser;
import io.corroborate.value.DateValue;
import io.corroborate.value.QuantityParser;
import io.corroborate.value.QuoteValue;
import io.corroborate.value.TextValue;
import io.corroborate.value.UnreadableValueException;

/** Turns a claim's written value into the typed value its fact's kind calls for. */
public final class ValueReading {

    private ValueReading() {
    }

    /**
     * @param written   the value as written, or the curator's interpretation when one is given
     * @param published the source's publication date (for relative dates), or null
     * @param entityId  the speaker of a quote or the entity a text names, or null
     */
    public static ClaimValue read(FactKind kind, String written, DateValue published, Long entityId) {
        return switch (kind) {
            case DATE -> DateParser.parse(written, published);
            case QUANTITY -> QuantityParser.parse(written);
            case QUOTE -> {
                if (entityId == null) {
                    throw new UnreadableValueException(written, "a quote needs its speaker");
                }
                yield new QuoteValue(requireText(written), entityId);
            }
            case TEXT -> new TextValue(requireText(written), entityId);
            case YES_NO -> new YesNoValue(Stance.read(written).orElseThrow(() -> new UnreadableValueException(String.valueOf(written),
                    "a yes-or-no answer needs the curator's reading: interpretedAs \"yes\", \"no\" or \"hedged\"")));
            case ENTITY -> {
                if (entityId == null) {
                    throw new UnreadableValueException(written, "an entity answer needs the entity it names (entity id)");
                }
                yield new EntityValue(entityId);
            }
            case SET -> SetValue.read(requireText(written));
        };
    }

    private static String requireText(String written) {
        if (written == null || written.isBlank()) {
            throw new UnreadableValueException(String.valueOf(written), "the value is empty");
        }
        return written.strip();
    }
}
