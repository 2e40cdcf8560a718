package io.corroborate.curation;

import io.corroborate.api.BadUserInputException;
import io.corroborate.api.ForbiddenException;
import io.corroborate.api.NotFoundException;
import io.corroborate.compare.SettlesVerdicts;
import io.corroborate.entity.NamedEntity;
import io.corroborate.fact.Claim;
import io.corroborate.fact.Fact;
import io.corroborate.fact.FactKind;
import io.corroborate.source.Source;
import io.corroborate.user.Role;
import io.corroborate.user.Curator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Map;

/**
 * Edits and retractions of claims: each makes a new version of the claim, checked against the version the
 * writer saw, and is recorded in the audit log with the claim before and after.
 */
@ApplicationScoped
public class ClaimRevisions {

    private final Audit audit;
    private final ClaimWriter claims;

    public ClaimRevisions(Audit audit, ClaimWriter claims) {
        this.audit = audit;
        this.claims = claims;
    }

    @Transactional
    @SettlesVerdicts
    public Claim edit(String id, int version, Inputs.ClaimChanges changes, Curator reviser) {
        if (changes.equals(new Inputs.ClaimChanges(null, null, null, null, null, null, null, null, null))) {
            throw new BadUserInputException("changes", "nothing to change: give at least one field");
        }
        return revise(id, version, reviser, "edit", "EDIT_CLAIM", (claim, fact, source) -> {
            Lookup lookup = new Lookup();
            String entityKey = claim.valueEntityId == null ? null : NamedEntity.<NamedEntity>findById(claim.valueEntityId).key;
            boolean quote = claim.kind == FactKind.QUOTE;
            claims.fill(claim, fact, source, new ClaimWriter.Draft(
                    or(changes.value(), claim.valueAsWritten),
                    or(changes.excerpt(), claim.excerpt == null ? null : claim.excerpt.exact),
                    changes.excerpt() == null && claim.excerpt != null ? Integer.valueOf(claim.excerpt.start) : changes.near(),
                    or(changes.interpretedAs(), claim.interpretedAs),
                    quote ? or(changes.speaker(), entityKey) : changes.speaker(),
                    quote ? changes.entity() : or(changes.entity(), entityKey),
                    or(changes.note(), claim.note), changes.date(), changes.quantity()), lookup);
        });
    }

    @Transactional
    @SettlesVerdicts
    public Claim retract(String id, int version, String reason, Curator reviser) {
        String why = Check.required("reason", reason, Check.LONG);
        return revise(id, version, reviser, "retract", "RETRACT_CLAIM", (claim, fact, source) -> {
            claim.retractedAt = Instant.now();
            claim.retractedBy = reviser.name();
            claim.retractionReason = why;
        });
    }

    /** A change to one claim. */
    private interface Change {
        void apply(Claim claim, Fact fact, Source source);
    }

    private Claim revise(String id, int version, Curator reviser, String verb, String action, Change change) {
        Claim claim = editable(id, version, reviser, verb);
        Fact fact = Fact.findById(claim.factId);
        Source source = Source.findById(claim.sourceId);
        Map<String, Object> before = ClaimWriter.snapshot(claim, fact, source);
        change.apply(claim, fact, source);
        Versions.flush("claim", id, version, () -> Claim.<Claim>find("key", id).firstResult().version);
        audit.record(reviser.name(), action, "CLAIM", id, fact.key, before, ClaimWriter.snapshot(claim, fact, source));
        return claim;
    }

    private static Claim editable(String id, int version, Curator reviser, String verb) {
        Claim claim = Claim.<Claim>find("key", id).firstResultOptional().orElseThrow(() -> new NotFoundException("claim", id));
        if (!claim.curatedBy.equals(reviser.name()) && !reviser.editor()) {
            throw new ForbiddenException(Role.EDITOR, verb + " a claim someone else curated");
        }
        if (claim.retracted()) {
            throw new BadUserInputException("id", "the claim \"" + id + "\" is retracted");
        }
        Versions.require("claim", id, version, claim.version);
        return claim;
    }

    private static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
