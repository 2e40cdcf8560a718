package io.corroborate.curation;

import io.corroborate.api.BadUserInputException;
import io.corroborate.api.ForbiddenException;
import io.corroborate.api.NotFoundException;
import io.corroborate.api.VersionConflictException;
import io.corroborate.compare.ComparisonStore;
import io.corroborate.compare.ConflictReview;
import io.corroborate.compare.Review;
import io.corroborate.compare.ReviewStatus;
import io.corroborate.compare.Verdict;
import io.corroborate.fact.Fact;
import io.corroborate.user.Curator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Decisions on conflicts: a curator confirms or dismisses one; changing a decision that holds takes an editor and
 * its current version; an editor reopens one. Each is recorded in the audit log.
 */
@ApplicationScoped
public class ConflictReviews {

    private final Audit audit;
    private final ComparisonStore comparisons;

    public ConflictReviews(Audit audit, ComparisonStore comparisons) {
        this.audit = audit;
        this.comparisons = comparisons;
    }

    @Transactional
    public Review decide(String factId, ReviewStatus decision, String reason, int version, Curator reviewer) {
        if (decision == ReviewStatus.OPEN) {
            throw new BadUserInputException("decision", "CONFIRMED or DISMISSED; an editor reopens a conflict with reopenConflict");
        }
        String why = Check.required("reason", reason, Check.LONG);
        Fact fact = Fact.byKey(factId).orElseThrow(() -> new NotFoundException("fact", factId));
        Verdict verdict = comparisons.forFacts(List.of(fact.id)).get(fact.id).verdict;
        if (verdict != Verdict.CONFLICT) {
            throw new BadUserInputException("fact", "has no conflict to review (its verdict is " + verdict + ")");
        }
        ConflictReview row = ConflictReview.findById(fact.id);
        Review before = Review.of(row);
        if (version != Review.version(row)) {
            throw new VersionConflictException("review of", fact.key, version, Review.version(row));
        }
        if (row != null && !row.outdated) {
            if (!reviewer.editor()) {
                throw new ForbiddenException("editor", "change a decision on a conflict");
            }
        }
        if (row == null) {
            row = new ConflictReview();
            row.factId = fact.id;
        }
        row.status = decision;
        row.reason = why;
        row.reviewedBy = reviewer.name();
        row.reviewedAt = Instant.now();
        row.outdated = false;
        persist(row, fact.key, version);
        audit.record(reviewer.name(), "REVIEW_CONFLICT", "FACT", fact.key, fact.key, described(before), described(Review.of(row)));
        return Review.of(row);
    }

    @Transactional
    public Review reopen(String factId, String reason, String editor) {
        String why = Check.required("reason", reason, Check.LONG);
        Fact fact = Fact.byKey(factId).orElseThrow(() -> new NotFoundException("fact", factId));
        ConflictReview row = ConflictReview.<ConflictReview>findByIdOptional(fact.id)
                .orElseThrow(() -> new BadUserInputException("fact", "no decision has been taken on its conflict"));
        if (row.outdated) {
            throw new BadUserInputException("fact", "its conflict is open already");
        }
        Map<String, Object> before = described(Review.of(row));
        row.outdated = true;
        row.persistAndFlush();
        audit.record(editor, "REOPEN_CONFLICT", "FACT", fact.key, fact.key, before, Map.of("reason", why));
        return Review.of(row);
    }

    /**
     * Two decisions taken at once both passed the version check: the second to reach the database (a duplicate first
     * decision, or a stale version) gets a version conflict, not a server error.
     */
    private static void persist(ConflictReview row, String factKey, int version) {
        try {
            row.persistAndFlush();
        } catch (OptimisticLockException | ConstraintViolationException e) {
            throw new VersionConflictException("review of", factKey, version, version + 1);
        } catch (PersistenceException e) {
            if (e.getCause() instanceof ConstraintViolationException || e.getCause() instanceof StaleStateException) {
                throw new VersionConflictException("review of", factKey, version, version + 1);
            }
            throw e;
        }
    }

    private static Map<String, Object> described(Review review) {
        return review.decision() == null ? Map.of("status", review.status().name())
                : Map.of("status", review.status().name(), "decision", review.decision().name(), "reason", review.reason(),
                "by", review.by(), "outdated", review.outdated());
    }
}
