package io.corroborate.consensus;

import io.corroborate.compare.ComparedClaim;
import io.corroborate.compare.Comparison;
import io.corroborate.compare.Relation;
import io.corroborate.compare.Tolerances;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A fact's claims grouped into candidate values: claims the comparison engine finds EQUAL state one value.
 * Claims are taken in content order (source, wording, key), so the grouping, the claim that stands for each
 * value and the similarities never depend on the order the claims were recorded in.
 *
 * @param item   the fact as truth discovery sees it
 * @param values the claims of each candidate value, in the item's order
 */
public record Candidates(Problem.Item item, List<List<ComparedClaim>> values) {

    private static final Comparator<ComparedClaim> CONTENT_ORDER = Comparator.comparing(ComparedClaim::source)
            .thenComparing(ComparedClaim::written).thenComparing(ComparedClaim::id);

    public static Candidates of(String fact, List<ComparedClaim> claims, Tolerances tolerances, Closeness closeness) {
        List<List<ComparedClaim>> equal = new ArrayList<>();
        for (ComparedClaim claim : claims.stream().sorted(CONTENT_ORDER).toList()) {
            List<ComparedClaim> home = equal.stream()
                    .filter(c -> Comparison.relate(c.get(0), claim, tolerances).type() == Relation.Type.EQUAL)
                    .findFirst().orElse(null);
            if (home == null) {
                equal.add(new ArrayList<>(List.of(claim)));
            } else {
                home.add(claim);
            }
        }
        List<Problem.Value> values = equal.stream().map(c -> new Problem.Value(c.get(0).written(),
                c.stream().map(claim -> new Problem.Vote(claim.id(), claim.source(), claim.written())).toList())).toList();
        double[][] similarity = new double[equal.size()][equal.size()];
        for (int i = 0; i < equal.size(); i++) {
            for (int j = 0; j < equal.size(); j++) {
                if (i != j) {
                    similarity[i][j] = Similarity.of(equal.get(i).get(0), equal.get(j).get(0), tolerances, closeness);
                }
            }
        }
        return new Candidates(new Problem.Item(fact, values, similarity), equal);
    }
}
