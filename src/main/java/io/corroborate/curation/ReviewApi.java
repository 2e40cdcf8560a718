package io.corroborate.curation;

import io.corroborate.compare.Review;
import io.corroborate.compare.ReviewStatus;
import io.corroborate.user.Access;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** The worklist's review workflow: curators confirm or dismiss a conflict; editors change or reopen a decision. */
@GraphQLApi
public class ReviewApi {

    private final Access access;
    private final ConflictReviews reviews;

    public ReviewApi(Access access, ConflictReviews reviews) {
        this.access = access;
        this.reviews = reviews;
    }

    @Mutation("reviewConflict")
    @Description("Confirms or dismisses a fact's conflict, with a reason (curator). The decision holds until the fact's"
            + " claims change; changing a decision that holds takes an editor and its current version.")
    public Review reviewConflict(
            @Name("fact") @Id @NonNull @Description("The fact whose conflict is reviewed.") String factId,
            @Name("decision") @NonNull @Description("CONFIRMED or DISMISSED.") ReviewStatus decision,
            @Name("reason") @NonNull @Description("Why, for the next reader (up to 2,000 characters).") String reason,
            @Name("version") @DefaultValue("0") @Description("The review's version as last read (Review.version); 0 when no decision was ever taken.") int version) {
        return reviews.decide(factId, decision, reason, version, access.curator("review a conflict"));
    }

    @Mutation("reopenConflict")
    @Description("Withdraws the decision on a fact's conflict, which is OPEN again (editor); the decision stays on record as"
            + " outdated, and the audit log keeps the reason.")
    public Review reopenConflict(
            @Name("fact") @Id @NonNull @Description("The fact whose conflict is reopened.") String factId,
            @Name("reason") @NonNull @Description("Why.") String reason) {
        return reviews.reopen(factId, reason, access.requireEditor("reopen a conflict"));
    }
}
