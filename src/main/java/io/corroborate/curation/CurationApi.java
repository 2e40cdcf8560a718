package io.corroborate.curation;

import io.corroborate.api.BadUserInputException;
import io.corroborate.api.NotFoundException;
import io.corroborate.entity.NamedEntity;
import io.corroborate.fact.Claim;
import io.corroborate.fact.Fact;
import io.corroborate.fact.FactSubject;
import io.corroborate.source.Source;
import io.corroborate.story.Story;
import io.corroborate.user.Access;
import io.corroborate.compare.SettlesVerdicts;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The write API. Every mutation checks its input fully before writing, and writes its audit entry in the same transaction. */
@SettlesVerdicts
@GraphQLApi
public class CurationApi {

    private final Access access;
    private final Audit audit;
    private final ClaimWriter claims;
    private final SourceWriter sources;
    private final FactWriter facts;

    public CurationApi(Access access, Audit audit, ClaimWriter claims, SourceWriter sources, FactWriter facts) {
        this.facts = facts;
        this.access = access;
        this.audit = audit;
        this.claims = claims;
        this.sources = sources;
    }

    @Mutation("addSource")
    @Description("Adds an article with its full text (curator).")
    public Source addSource(@Name("input") @NonNull @Description("The article.") Inputs.NewSource input) {
        return sources.add(input, access.requireCurator("add a source"));
    }

    @Mutation("updateSource")
    @Description("Changes a source's metadata (curator); the article text never changes.")
    public Source updateSource(@Name("id") @NonNull @Id @Description("The source's id.") String id,
                               @Name("version") @NonNull @Description("The version the change is based on.") Integer version,
                               @Name("changes") @NonNull @Description("The new metadata; null fields stay as they are.") Inputs.SourceChanges changes) {
        return sources.update(id, version, changes, access.requireCurator("update a source"));
    }

    @Mutation("addStory")
    @Transactional
    @Description("Adds a story (curator).")
    public Story addStory(@Name("input") @NonNull @Description("The story.") Inputs.NewStory input) {
        String actor = access.requireCurator("add a story");
        String id = Check.newId("input.id", input.id(), "story", Story::byKey);
        Story story = new Story();
        story.key = id;
        story.title = Check.required("input.title", input.title(), Check.SHORT);
        story.summary = Check.optional("input.summary", input.summary(), Check.LONG);
        story.persist();
        audit.record(actor, "ADD_STORY", "STORY", id, null, null, Map.of("id", id, "title", story.title));
        return story;
    }

    @Mutation("addEntity")
    @Transactional
    @Description("Adds a person, organisation or place with its aliases (curator).")
    public NamedEntity addEntity(@Name("input") @NonNull @Description("The entity.") Inputs.NewEntity input) {
        String actor = access.requireCurator("add an entity");
        String id = Check.newId("input.id", input.id(), "entity", NamedEntity::byKey);
        if (input.kind() == null) {
            throw new BadUserInputException("input.kind", "must be given");
        }
        NamedEntity entity = new NamedEntity();
        entity.key = id;
        entity.kind = input.kind();
        entity.name = Check.required("input.name", input.name(), Check.SHORT);
        entity.description = Check.optional("input.description", input.description(), Check.LONG);
        for (String alias : Check.list("input.aliases", input.aliases())) {
            entity.aliases.add(Check.required("input.aliases", alias, Check.SHORT));
        }
        entity.persist();
        audit.record(actor, "ADD_ENTITY", "ENTITY", id, null, null, Map.of("id", id, "name", entity.name, "aliases", entity.aliases));
        return entity;
    }

    @Mutation("addFact")
    @Description("Adds a question the sources answer (curator).")
    public Fact addFact(@Name("input") @NonNull @Description("The fact.") Inputs.NewFact input) {
        return facts.add(input, access.requireCurator("add a fact"));
    }

    @Mutation("addClaim")
    @Transactional
    @Description("Adds what a source says for a fact (curator). The excerpt must stand verbatim in the article; the value"
            + " must be readable (or given typed). Ask the fact's comparison in the same response to see the verdict change.")
    public Claim addClaim(@Name("input") @NonNull @Description("The claim.") Inputs.NewClaim input) {
        String actor = access.requireCurator("add a claim");
        Lookup lookup = new Lookup();
        Fact fact = lookup.fact("input.fact", input.fact());
        Source source = lookup.source("input.source", input.source());
        return claims.add(fact, source, ClaimWriter.Draft.of(input), actor, lookup);
    }

    @Mutation("editClaim")
    @Transactional
    @Description("Changes a claim, creating a new version (curators their own claims, editors any). Refused with"
            + " VERSION_CONFLICT when `version` is not the current one.")
    public Claim editClaim(@Name("id") @NonNull @Id @Description("The claim's id.") String id,
                           @Name("version") @NonNull @Description("The version the edit is based on.") Integer version,
                           @Name("changes") @NonNull @Description("The changes; null fields stay as they are.") Inputs.ClaimChanges changes) {
        String actor = access.requireCurator("edit a claim");
        return changeClaim(id, version, actor, "edit", "EDIT_CLAIM", (claim, fact, source) -> {
            Lookup lookup = new Lookup();
            String entityKey = claim.valueEntityId == null ? null : NamedEntity.<NamedEntity>findById(claim.valueEntityId).key;
            boolean quote = claim.kind == io.corroborate.fact.FactKind.QUOTE;
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

    @Mutation("retractClaim")
    @Transactional
    @Description("Withdraws a claim with a reason (curators their own claims, editors any). It stays on record and in"
            + " the history but no longer counts in comparisons.")
    public Claim retractClaim(@Name("id") @NonNull @Id @Description("The claim's id.") String id,
                              @Name("version") @NonNull @Description("The version the retraction is based on.") Integer version,
                              @Name("reason") @NonNull @Description("Why the claim is withdrawn.") String reason) {
        String actor = access.requireCurator("retract a claim");
        String why = Check.required("reason", reason, Check.LONG);
        return changeClaim(id, version, actor, "retract", "RETRACT_CLAIM", (claim, fact, source) -> {
            claim.retractedAt = java.time.Instant.now();
            claim.retractedBy = actor;
            claim.retractionReason = why;
        });
    }

    /** A change to one claim. */
    private interface ClaimChange {
        void apply(Claim claim, Fact fact, Source source);
    }

    /** Checks that the actor may change the claim at this version, applies the change, writes it and logs it. */
    private Claim changeClaim(String id, int version, String actor, String verb, String action, ClaimChange change) {
        Claim claim = editable(id, version, actor, verb);
        Fact fact = Fact.findById(claim.factId);
        Source source = Source.findById(claim.sourceId);
        Map<String, Object> before = ClaimWriter.snapshot(claim, fact, source);
        change.apply(claim, fact, source);
        Versions.flush("claim", id, version, () -> Claim.<Claim>find("key", id).firstResult().version);
        audit.record(actor, action, "CLAIM", id, fact.key, before, ClaimWriter.snapshot(claim, fact, source));
        return claim;
    }

    @Mutation("mergeFacts")
    @Transactional
    @Description("Merges a fact into another that asks the same question (editor): its claims move, it stays on record"
            + " pointing at the other (Fact.mergedInto), and the history keeps every move.")
    public Fact mergeFacts(@Name("from") @NonNull @Id @Description("The duplicate fact.") String from,
                           @Name("into") @NonNull @Id @Description("The fact to keep.") String into) {
        String actor = access.requireEditor("merge facts");
        Lookup lookup = new Lookup();
        Fact duplicate = lookup.fact("from", from);
        Fact kept = lookup.fact("into", into);
        if (duplicate.id.equals(kept.id)) {
            throw new BadUserInputException("into", "a fact cannot be merged into itself");
        }
        if (duplicate.kind != kept.kind || !duplicate.storyId.equals(kept.storyId)) {
            throw new BadUserInputException("into", "only facts of the same kind and story can be merged");
        }
        for (Claim claim : Claim.<Claim>list("factId", duplicate.id)) {
            claim.factId = kept.id;
            audit.record(actor, "MOVE_CLAIM", "CLAIM", claim.key, kept.key, Map.of("fact", from), Map.of("fact", into));
        }
        Set<Long> keptSubjects = new LinkedHashSet<>(FactSubject.<FactSubject>list("factId", kept.id).stream().map(s -> s.entityId).toList());
        for (FactSubject subject : FactSubject.<FactSubject>list("factId", duplicate.id)) {
            if (keptSubjects.add(subject.entityId)) {
                FactSubject.of(kept.id, subject.entityId).persist();
            }
        }
        duplicate.mergedIntoId = kept.id;
        audit.record(actor, "MERGE_FACTS", "FACT", from, from, Map.of("id", from), Map.of("id", from, "mergedInto", into));
        audit.record(actor, "MERGE_FACTS", "FACT", into, into, null, Map.of("id", into, "absorbed", from));
        return kept;
    }

    @Mutation("mergeEntities")
    @Transactional
    @Description("Merges a duplicate entity into another (editor): claims and facts that name it move, its name and"
            + " aliases become aliases of the other, and it stays on record pointing at the other (Entity.mergedInto).")
    public NamedEntity mergeEntities(@Name("from") @NonNull @Id @Description("The duplicate entity.") String from,
                                     @Name("into") @NonNull @Id @Description("The entity to keep.") String into) {
        String actor = access.requireEditor("merge entities");
        Lookup lookup = new Lookup();
        NamedEntity duplicate = lookup.entity("from", from);
        NamedEntity kept = lookup.entity("into", into);
        if (duplicate.id.equals(kept.id)) {
            throw new BadUserInputException("into", "an entity cannot be merged into itself");
        }
        Map<String, Object> before = Map.of("id", into, "aliases", new ArrayList<>(kept.aliases));
        Set<String> aliases = new LinkedHashSet<>(kept.aliases);
        aliases.add(duplicate.name);
        aliases.addAll(duplicate.aliases);
        aliases.remove(kept.name);
        kept.aliases = new ArrayList<>(aliases);
        Claim.update("valueEntityId = ?1 where valueEntityId = ?2", kept.id, duplicate.id);
        for (FactSubject subject : FactSubject.<FactSubject>list("entityId", duplicate.id)) {
            if (FactSubject.count("factId = ?1 and entityId = ?2", subject.factId, kept.id) == 0) {
                FactSubject.of(subject.factId, kept.id).persist();
            }
            subject.delete();
        }
        duplicate.mergedIntoId = kept.id;
        audit.record(actor, "MERGE_ENTITIES", "ENTITY", from, null, Map.of("id", from), Map.of("id", from, "mergedInto", into));
        audit.record(actor, "MERGE_ENTITIES", "ENTITY", into, null, before, Map.of("id", into, "aliases", kept.aliases));
        return kept;
    }

    private Claim editable(String id, int version, String actor, String verb) {
        Claim claim = Claim.<Claim>find("key", id).firstResultOptional().orElseThrow(() -> new NotFoundException("claim", id));
        if (!claim.curatedBy.equals(actor) && !access.isEditor()) {
            throw new io.corroborate.api.ForbiddenException(io.corroborate.user.Role.EDITOR, verb + " a claim someone else curated");
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
