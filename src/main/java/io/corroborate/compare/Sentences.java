package io.corroborate.compare;

import io.corroborate.value.DateValue;
import io.corroborate.value.QuantityValue;
import io.corroborate.value.QuoteValue;

import java.util.List;
import java.util.stream.Collectors;

/** The one-sentence explanations a fact-checker can paste into a report. */
final class Sentences {

    private Sentences() {
    }

    static String verdict(Verdict verdict, List<ComparedClaim> claims, List<FactComparison.Conflict> conflicts) {
        return verdict(verdict, claims, conflicts, List.of());
    }

    /** The verdict in a sentence; reasons say what makes different values compatible (a relation, a hedge). */
    static String verdict(Verdict verdict, List<ComparedClaim> claims, List<FactComparison.Conflict> conflicts, List<String> reasons) {
        long sources = claims.stream().map(ComparedClaim::source).distinct().count();
        return switch (verdict) {
            case NO_CLAIMS -> "No source reports this fact yet.";
            case PENDING -> "The claims are being compared; ask again in a moment.";
            case SINGLE_SOURCE -> "Only " + claims.get(0).sourceLabel() + " reports this: " + quoted(claims.get(0)) + ".";
            case AGREE -> "All " + sources + " sources agree: " + quoted(claims.get(0)) + ".";
            case CONSISTENT -> "The " + sources + " sources do not contradict each other" + (reasons.isEmpty() ? ", though they differ in precision" : "") + ": "
                    + claims.stream().map(c -> c.sourceLabel() + " " + quoted(c)).collect(Collectors.joining(", "))
                    + (reasons.isEmpty() ? "" : " (" + String.join("; ", reasons) + ")") + ".";
            case WORDING_DIFFERS -> "The " + sources + " sources word their answers differently, which the rules cannot compare: "
                    + claims.stream().map(c -> c.sourceLabel() + " " + quoted(c)).collect(Collectors.joining(", "))
                    + (reasons.isEmpty() ? "" : " (" + String.join("; ", reasons) + ")")
                    + ". Type the answers (YES_NO, ENTITY, SET) or link their entities to get a verdict.";
            case CONFLICT -> conflicts.size() + (conflicts.size() == 1 ? " conflict: " : " conflicts; the most serious: ")
                    + mostSevere(conflicts).explanation();
        };
    }

    static String conflict(Relation relation, List<ComparedClaim> left, List<ComparedClaim> right) {
        ComparedClaim a = left.get(0);
        ComparedClaim b = right.get(0);
        return switch (relation.conflict()) {
            case ATTRIBUTION -> attribution(left, right);
            case WORDING -> labels(left) + " quote" + s(left) + " " + a.entityName() + " as " + quoted(a) + " but "
                    + labels(right) + " as " + quoted(b) + ": " + relation.detail() + ".";
            case VALUE, UNIT -> labels(left) + " say" + s(left) + " " + quoted(a) + reading(a) + " but "
                    + labels(right) + " say" + s(right) + " " + quoted(b) + reading(b) + ": " + relation.detail() + ".";
        };
    }

    static String attribution(List<ComparedClaim> left, List<ComparedClaim> right) {
        return labels(left) + " attribute" + s(left) + " " + quoted(left.get(0)) + " to " + left.get(0).entityName()
                + " but " + labels(right) + " attribute" + s(right) + " " + quoted(right.get(0)) + " to "
                + right.get(0).entityName() + ": a possible misattribution.";
    }

    static int severity(List<FactComparison.Conflict> conflicts) {
        if (conflicts.isEmpty()) {
            return 0;
        }
        long involved = conflicts.stream().flatMap(c -> java.util.stream.Stream.concat(c.leftClaimIds().stream(), c.rightClaimIds().stream()))
                .distinct().count();
        return mostSevere(conflicts).kind().severity() * 1000 + (int) Math.min(999, involved);
    }

    private static FactComparison.Conflict mostSevere(List<FactComparison.Conflict> conflicts) {
        FactComparison.Conflict worst = conflicts.get(0);
        for (FactComparison.Conflict c : conflicts) {
            if (c.kind().severity() > worst.kind().severity()) {
                worst = c;
            }
        }
        return worst;
    }

    private static String labels(List<ComparedClaim> claims) {
        List<String> labels = claims.stream().map(ComparedClaim::sourceLabel).distinct().toList();
        if (labels.size() == 1) {
            return labels.get(0);
        }
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.get(labels.size() - 1);
    }

    private static String s(List<ComparedClaim> claims) {
        return claims.stream().map(ComparedClaim::sourceLabel).distinct().count() == 1 ? "s" : "";
    }

    private static String quoted(ComparedClaim claim) {
        String text = claim.value() instanceof QuoteValue q ? q.text() : claim.written();
        return "\"" + text + "\"";
    }

    /** The typed reading in brackets, where it says more than the written value. */
    private static String reading(ComparedClaim claim) {
        if (claim.value() instanceof DateValue d) {
            return " (" + DateRule.describe(d) + ")";
        }
        if (claim.value() instanceof QuantityValue q) {
            return " (" + QuantityRule.describe(q) + ")";
        }
        return "";
    }
}
