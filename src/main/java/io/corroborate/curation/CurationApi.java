package io.corroborate.curation;

import io.corroborate.entity.NamedEntity;
import io.corroborate.fact.Claim;
import io.corroborate.fact.Fact;
import io.corroborate.source.Source;
import io.corroborate.story.Story;
import io.corroborate.user.Access;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * The write API. Each mutation checks who may call it and hands the write to the service that owns it (the
 * bulk import and the corpus loader use the same services); the service checks the input fully before writing
 * and writes its audit entry in the same transaction.
 */
@GraphQLApi
public class CurationApi {

    private final Access access;
    private final SourceWriter sources;
    private final StoryWriter stories;
    private final EntityWriter entities;
    private final FactWriter facts;
    private final ClaimWriter claims;
    private final ClaimRevisions revisions;

    public CurationApi(Access access, SourceWriter sources, StoryWriter stories, EntityWriter entities, FactWriter facts,
                       ClaimWriter claims, ClaimRevisions revisions) {
        this.access = access;
        this.sources = sources;
        this.stories = stories;
        this.entities = entities;
        this.facts = facts;
        this.claims = claims;
        this.revisions = revisions;
    }

    @Mutation("addSource")
    @Description("Adds an article with its full text (curator).")
    public Source addSource(@Name("input") @NonNull @Description("The article.") Inputs.NewSource input) {
        return sources.add(input, access.requireCurator("add a source"));
    }

    @Mutation("updateSource")
    @Description("Changes a source's metadata (the curator who added it, or an editor); the article text never changes.")
    public Source updateSource(@Name("id") @NonNull @Id @Description("The source's id.") String id,
                               @Name("version") @NonNull @Description("The version the change is based on.") Integer version,
                               @Name("changes") @NonNull @Description("The new metadata; null fields stay as they are.") Inputs.SourceChanges changes) {
        return sources.update(id, version, changes, access.curator("update a source"));
    }

    @Mutation("addStory")
    @Description("Adds a story (curator).")
    public Story addStory(@Name("input") @NonNull @Description("The story.") Inputs.NewStory input) {
        return stories.add(input, access.requireCurator("add a story"));
    }

    @Mutation("addEntity")
    @Description("Adds a person, organisation or place with its aliases (curator).")
    public NamedEntity addEntity(@Name("input") @NonNull @Description("The entity.") Inputs.NewEntity input) {
        return entities.add(input, access.requireCurator("add an entity"));
    }

    @Mutation("addFact")
    @Description("Adds a question the sources answer (curator).")
    public Fact addFact(@Name("input") @NonNull @Description("The fact.") Inputs.NewFact input) {
        return facts.add(input, access.requireCurator("add a fact"));
    }

    @Mutation("addClaim")
    @Description("Adds what a source says for a fact (curator). The excerpt must stand verbatim in the article; the value"
            + " must be readable (or given typed). Ask the fact's comparison in the same response to see the verdict change.")
    public Claim addClaim(@Name("input") @NonNull @Description("The claim.") Inputs.NewClaim input) {
        return claims.add(input, access.requireCurator("add a claim"));
    }

    @Mutation("editClaim")
    @Description("Changes a claim, creating a new version (curators their own claims, editors any). Refused with"
            + " VERSION_CONFLICT when `version` is not the current one.")
    public Claim editClaim(@Name("id") @NonNull @Id @Description("The claim's id.") String id,
                           @Name("version") @NonNull @Description("The version the edit is based on.") Integer version,
                           @Name("changes") @NonNull @Description("The changes; null fields stay as they are.") Inputs.ClaimChanges changes) {
        return revisions.edit(id, version, changes, access.curator("edit a claim"));
    }

    @Mutation("retractClaim")
    @Description("Withdraws a claim with a reason (curators their own claims, editors any). It stays on record and in"
            + " the history but no longer counts in comparisons.")
    public Claim retractClaim(@Name("id") @NonNull @Id @Description("The claim's id.") String id,
                              @Name("version") @NonNull @Description("The version the retraction is based on.") Integer version,
                              @Name("reason") @NonNull @Description("Why the claim is withdrawn.") String reason) {
        return revisions.retract(id, version, reason, access.curator("retract a claim"));
    }

    @Mutation("mergeFacts")
    @Description("Merges a fact into another that asks the same question (editor): its claims move, it stays on record"
            + " pointing at the other (Fact.mergedInto), and the history keeps every move.")
    public Fact mergeFacts(@Name("from") @NonNull @Id @Description("The duplicate fact.") String from,
                           @Name("into") @NonNull @Id @Description("The fact to keep.") String into) {
        return facts.merge(from, into, access.requireEditor("merge facts"));
    }

    @Mutation("mergeEntities")
    @Description("Merges a duplicate entity into another (editor): claims and facts that name it move, its name and"
            + " aliases become aliases of the other, and it stays on record pointing at the other (Entity.mergedInto).")
    public NamedEntity mergeEntities(@Name("from") @NonNull @Id @Description("The duplicate entity.") String from,
                                     @Name("into") @NonNull @Id @Description("The entity to keep.") String into) {
        return entities.merge(from, into, access.requireEditor("merge entities"));
    }
}
