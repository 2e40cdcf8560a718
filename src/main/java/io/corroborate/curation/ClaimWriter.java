package io.corroborate.curation;

import io.corroborate.api.BadUserInputException;
import io.corroborate.fact.Claim;
import io.corroborate.fact.Excerpt;
import io.corroborate.fact.Fact;
import io.corroborate.fact.FactKind;
import io.corroborate.fact.ValueReading;
import io.corroborate.source.Source;
import io.corroborate.value.ClaimValue;
import io.corroborate.value.DateValue;
import io.corroborate.value.QuantityValue;
import io.corroborate.value.Qualifier;
import io.corroborate.value.UnreadableValueException;
import io.corroborate.compare.SettlesVerdicts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/** Checks and writes claims for the write API and the bulk import alike. */
@ApplicationScoped
public class ClaimWriter {

    private final Audit audit;

    public ClaimWriter(Audit audit) {
        this.audit = audit;
    }

    /** A claim as the curator gave it, with the field names errors should point at. */
    record Draft(String value, String excerpt, Integer near, String interpretedAs, String speaker, String entity,
                 String note, Inputs.DateInput date, Inputs.QuantityInput quantity) {

        static Draft of(Inputs.NewClaim in) {
            return new Draft(in.value(), in.excerpt(), in.near(), in.interpretedAs(), in.speaker(), in.entity(), in.note(),
                    in.date(), in.quantity());
        }

        static Draft of(ImportLine line) {
            return new Draft(line.value(), line.excerpt(), line.near(), line.interpretedAs(), line.speaker(), line.entity(),
                    line.note(), null, null);
        }
    }

    @Transactional
    @SettlesVerdicts
    public Claim add(Inputs.NewClaim input, String actor) {
        Lookup lookup = new Lookup();
        Fact fact = lookup.fact("input.fact", input.fact());
        Source source = lookup.source("input.source", input.source());
        return add(fact, source, Draft.of(input), actor, lookup);
    }

    Claim add(Fact fact, Source source, Draft draft, String actor, Lookup lookup) {
        Claim claim = new Claim();
        claim.key = lookup.freeClaimKey(fact.key + "/" + source.key, fact);
        claim.factId = fact.id;
        claim.kind = fact.kind;
        claim.sourceId = source.id;
        fill(claim, fact, source, draft, lookup);
        refuseRepeat(claim);
        claim.curatedBy = actor;
        claim.curatedAt = Instant.now();
        return insert(claim, fact, source, actor);
    }

    /** Stores a checked claim and records it in the audit log. */
    Claim insert(Claim claim, Fact fact, Source source, String actor) {
        claim.persist();
        audit.record(actor, "ADD_CLAIM", "CLAIM", claim.key, fact.key, null, snapshot(claim, fact, source));
        return claim;
    }

    /** The same words at the same place of the same source, on the same fact, are one claim: a repeat (a retried import) is refused. */
    private static void refuseRepeat(Claim claim) {
        Integer start = claim.excerpt == null ? null : claim.excerpt.start;
        List<Claim> same = Claim.list("factId = ?1 and sourceId = ?2 and retractedAt is null and valueAsWritten = ?3",
                claim.factId, claim.sourceId, claim.valueAsWritten);
        same.stream().filter(c -> java.util.Objects.equals(c.excerpt == null ? null : c.excerpt.start, start)).findFirst()
                .ifPresent(c -> {
                    throw new BadUserInputException("value", "the source already has this claim on this fact (\"" + c.key
                            + "\"); edit that one instead");
                });
    }

    /** Applies a draft's fields (value, excerpt, typed value, speaker or entity, note) to a claim. */
    void fill(Claim claim, Fact fact, Source source, Draft draft, Lookup lookup) {
        String value = Check.required("value", draft.value(), Check.LONG);
        claim.valueAsWritten = value;
        claim.interpretedAs = Check.optional("interpretedAs", draft.interpretedAs(), Check.SHORT);
        claim.note = Check.optional("note", draft.note(), Check.LONG);
        claim.excerpt = excerpt(source, value, Check.optional("excerpt", draft.excerpt(), Check.LONG), draft.near());
        Long entityId = entity(fact.kind, draft, lookup);
        claim.setValue(typed(fact.kind, draft, source, entityId));
    }

    private static Long entity(FactKind kind, Draft draft, Lookup lookup) {
        if (kind == FactKind.QUOTE) {
            if (draft.speaker() == null) {
                throw new BadUserInputException("speaker", "a quote needs the id of the entity the source says spoke");
            }
            return lookup.entity("speaker", draft.speaker()).id;
        }
        if (draft.speaker() != null) {
            throw new BadUserInputException("speaker", "only QUOTE facts have speakers");
        }
        if (draft.entity() != null && kind != FactKind.TEXT) {
            throw new BadUserInputException("entity", "only TEXT facts name an entity");
        }
        return draft.entity() == null ? null : lookup.entity("entity", draft.entity()).id;
    }

    private static ClaimValue typed(FactKind kind, Draft draft, Source source, Long entityId) {
        if (draft.date() != null) {
            return structuredDate(kind, draft.date());
        }
        if (draft.quantity() != null) {
            return structuredQuantity(kind, draft.quantity());
        }
        String field = draft.interpretedAs() != null ? "interpretedAs" : "value";
        String reading = draft.interpretedAs() != null ? draft.interpretedAs() : draft.value();
        try {
            return ValueReading.read(kind, reading, source.getPublished(), entityId);
        } catch (UnreadableValueException e) {
            throw new BadUserInputException(field, e.getMessage() + "; give interpretedAs or a typed value");
        }
    }

    private static DateValue structuredDate(FactKind kind, Inputs.DateInput date) {
        if (kind != FactKind.DATE) {
            throw new BadUserInputException("date", "only DATE facts take a typed date");
        }
        if (date.earliest() == null || date.latest() == null || date.precision() == null || date.earliest().isAfter(date.latest())) {
            throw new BadUserInputException("date", "needs earliest <= latest and a precision");
        }
        return new DateValue(date.earliest(), date.latest(), date.precision());
    }

    private static QuantityValue structuredQuantity(FactKind kind, Inputs.QuantityInput quantity) {
        if (kind != FactKind.QUANTITY) {
            throw new BadUserInputException("quantity", "only QUANTITY facts take a typed amount");
        }
        if (quantity.amount() == null) {
            throw new BadUserInputException("quantity.amount", "must be given");
        }
        Check.amount("quantity.amount", quantity.amount());
        Check.amount("quantity.upperAmount", quantity.upperAmount());
        Qualifier qualifier = quantity.qualifier() == null ? Qualifier.EXACT : quantity.qualifier();
        if (qualifier.hasUpperAmount() != (quantity.upperAmount() != null)
                || (quantity.upperAmount() != null && quantity.upperAmount().compareTo(quantity.amount()) < 0)) {
            throw new BadUserInputException("quantity.upperAmount", "must be given, not below the amount, exactly when the"
                    + " qualifier is BETWEEN or VAGUE");
        }
        return new QuantityValue(quantity.amount(), Check.optional("quantity.unit", quantity.unit(), Check.SHORT),
                qualifier, quantity.upperAmount());
    }

    /** Finds the excerpt in the article and records where; null for a source without text and no excerpt given. */
    private static Excerpt excerpt(Source source, String value, String given, Integer near) {
        String wanted = given == null ? value : given;
        if (source.articleText == null) {
            if (given != null) {
                throw new BadUserInputException("excerpt", "the source \"" + source.key + "\" has no article text to check an excerpt against");
            }
            return null;
        }
        if (!wanted.contains(value)) {
            throw new BadUserInputException("value", "\"" + value + "\" does not occur in the excerpt");
        }
        ExcerptLocator.Passage found = ExcerptLocator.find(source.articleText, wanted, near).orElseThrow(() ->
                new BadUserInputException(given == null ? "value" : "excerpt", "not found in the article of \"" + source.key + "\""
                        + ExcerptLocator.closest(source.articleText, wanted).map(p -> "; the closest passage is \"" + p.exact()
                        + "\" at " + p.start()).orElse("")));
        Excerpt excerpt = new Excerpt();
        excerpt.exact = found.exact();
        excerpt.start = found.start();
        excerpt.end = found.end();
        excerpt.prefix = ExcerptCheck.slice(source.articleText, Math.max(0, found.start() - ExcerptCheck.CONTEXT), found.start());
        int length = source.articleText.codePointCount(0, source.articleText.length());
        excerpt.suffix = ExcerptCheck.slice(source.articleText, found.end(), Math.min(length, found.end() + ExcerptCheck.CONTEXT));
        return excerpt;
    }

    /** The claim as recorded in the audit log. */
    static Map<String, Object> snapshot(Claim claim, Fact fact, Source source) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("id", claim.key);
        snapshot.put("version", claim.version);
        snapshot.put("fact", fact.key);
        snapshot.put("source", source.key);
        snapshot.put("valueAsWritten", claim.valueAsWritten);
        snapshot.put("interpretedAs", claim.interpretedAs);
        snapshot.put("value", claim.getValue());
        snapshot.put("excerpt", claim.excerpt == null ? null : Map.of("exact", claim.excerpt.exact,
                "start", claim.excerpt.start, "end", claim.excerpt.end));
        snapshot.put("note", claim.note);
        snapshot.put("retraction", claim.getRetraction());
        return snapshot;
    }

}
