package io.corroborate.compare;

import io.corroborate.value.DateValue;
import io.corroborate.value.QuantityValue;
import io.corroborate.value.QuoteValue;
import io.corroborate.value.TextValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Compares the claims of a fact, and the quotes of a whole story for misattributions across facts. */
public final class Comparison {

    private Comparison() {
    }

    /** One fact's claims, for {@link #story}. */
    public record FactClaims(String fact, List<ComparedClaim> claims) {
    }

    /** Compares every fact of a story, then looks for the same words attributed to different speakers across facts. */
    public static Map<String, FactComparison> story(List<FactClaims> facts, Tolerances tolerances) {
        return story(facts, tolerances, EntityGraph.NONE);
    }

    /** The same, knowing how entities stand to each other. */
    public static Map<String, FactComparison> story(List<FactClaims> facts, Tolerances tolerances, EntityGraph graph) {
        Map<String, FactComparison> result = new LinkedHashMap<>();
        for (FactClaims fact : facts) {
            result.put(fact.fact(), fact(fact.claims(), tolerances, graph));
        }
        for (Attribution.Suspect suspect : Attribution.across(facts, tolerances, graph)) {
            result.put(suspect.fact(), Attribution.add(result.get(suspect.fact()), suspect));
        }
        return result;
    }

    public static FactComparison fact(List<ComparedClaim> claims, Tolerances tolerances) {
        return fact(claims, tolerances, EntityGraph.NONE);
    }

    public static FactComparison fact(List<ComparedClaim> claims, Tolerances tolerances, EntityGraph graph) {
        int n = claims.size();
        Relation[][] relations = new Relation[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                relations[i][j] = ownSource(claims.get(i), claims.get(j), relate(claims.get(i), claims.get(j), tolerances, graph));
                relations[j][i] = relations[i][j];
            }
        }
        return new Outcome(claims, relations).build();
    }

    /** Two claims of one source never stand against each other: an article that words a thing twice says it once. */
    private static Relation ownSource(ComparedClaim a, ComparedClaim b, Relation relation) {
        return a.source().equals(b.source()) && !relation.compatible() ? Relation.consistent("both from " + a.sourceLabel()) : relation;
    }

    /** How two claims of the same fact relate, by the rule of their value's type. */
    public static Relation relate(ComparedClaim a, ComparedClaim b, Tolerances tolerances) {
        return relate(a, b, tolerances, EntityGraph.NONE);
    }

    /** The same, knowing how entities stand to each other (a speaker and the body he heads, a court and its state). */
    public static Relation relate(ComparedClaim a, ComparedClaim b, Tolerances tolerances, EntityGraph graph) {
        if (a.value() instanceof DateValue x && b.value() instanceof DateValue y) {
            return DateRule.relate(x, y);
        }
        if (a.value() instanceof QuantityValue x && b.value() instanceof QuantityValue y) {
            return QuantityRule.relate(x, y, tolerances);
        }
        if (a.value() instanceof QuoteValue x && b.value() instanceof QuoteValue y) {
            Relation words = QuoteRule.relate(x.text(), y.text());
            if (Objects.equals(a.entity(), b.entity())) {
                return words;
            }
            return graph.between(a.entity(), b.entity(), EntityGraph.ACTS_FOR)
                    .map(chain -> words.conflicting() ? words : Relation.consistent(graph.sentence(chain)))
                    .orElse(Relation.conflict(ConflictKind.ATTRIBUTION, "the sources name different speakers"));
        }
        if (a.value() instanceof TextValue && b.value() instanceof TextValue) {
            Relation texts = TextRule.relate(a, b);
            if (texts.type() != Relation.Type.UNDECIDED) {
                return texts;
            }
            return graph.between(a.entity(), b.entity(), EntityGraph.WITHIN)
                    .map(chain -> Relation.consistent("one is more specific: " + graph.sentence(chain)))
                    .orElse(texts);
        }
        if (a.value() instanceof io.corroborate.value.YesNoValue x && b.value() instanceof io.corroborate.value.YesNoValue y) {
            return AnswerRule.stances(x, y);
        }
        if (a.value() instanceof io.corroborate.value.EntityValue && b.value() instanceof io.corroborate.value.EntityValue) {
            return AnswerRule.entities(a, b, graph);
        }
        if (a.value() instanceof io.corroborate.value.SetValue x && b.value() instanceof io.corroborate.value.SetValue y) {
            return AnswerRule.sets(x, y);
        }
        return Relation.conflict(ConflictKind.VALUE, "the values are of different kinds");
    }

    /** Builds groups, conflicts, standings and the verdict from the pairwise relations. */
    private static final class Outcome {
        private final List<ComparedClaim> claims;
        private final Relation[][] relations;

        Outcome(List<ComparedClaim> claims, Relation[][] relations) {
            this.claims = claims;
            this.relations = relations;
        }

        FactComparison build() {
            List<List<Integer>> classes = equalClasses();
            List<FactComparison.Conflict> conflicts = conflicts(classes);
            Verdict verdict = verdict(classes, conflicts);
            return new FactComparison(verdict, Sentences.verdict(verdict, claims, conflicts, reasons()), groups(classes), conflicts,
                    standings(), Sentences.severity(conflicts));
        }

        /** Claims with equal values, in order of first appearance. */
        private List<List<Integer>> equalClasses() {
            List<List<Integer>> classes = new ArrayList<>();
            for (int i = 0; i < claims.size(); i++) {
                List<Integer> home = null;
                for (List<Integer> c : classes) {
                    if (relations[c.get(0)][i].type() == Relation.Type.EQUAL) {
                        home = c;
                        break;
                    }
                }
                if (home == null) {
                    home = new ArrayList<>();
                    classes.add(home);
                }
                home.add(i);
            }
            return classes;
        }

        private List<FactComparison.Group> groups(List<List<Integer>> classes) {
            List<List<Integer>> groups = new ArrayList<>();
            for (List<Integer> c : classes) {
                List<Integer> home = groups.stream().filter(g -> compatible(g, c)).findFirst().orElse(null);
                if (home == null) {
                    groups.add(new ArrayList<>(c));
                } else {
                    home.addAll(c);
                }
            }
            return groups.stream().map(g -> new FactComparison.Group(
                    g.stream().map(i -> claims.get(i).id()).toList(),
                    g.stream().map(i -> claims.get(i).written()).distinct().toList(),
                    g.stream().map(i -> claims.get(i).source()).distinct().toList())).toList();
        }

        private boolean compatible(List<Integer> a, List<Integer> b) {
            return a.stream().allMatch(i -> b.stream().allMatch(j -> relations[i][j].compatible()));
        }

        private List<FactComparison.Conflict> conflicts(List<List<Integer>> classes) {
            List<FactComparison.Conflict> conflicts = new ArrayList<>();
            for (int p = 0; p < classes.size(); p++) {
                for (int q = p + 1; q < classes.size(); q++) {
                    Relation worst = worstConflict(classes.get(p), classes.get(q));
                    if (worst != null) {
                        List<ComparedClaim> left = classes.get(p).stream().map(claims::get).toList();
                        List<ComparedClaim> right = classes.get(q).stream().map(claims::get).toList();
                        conflicts.add(new FactComparison.Conflict(worst.conflict(),
                                left.stream().map(ComparedClaim::id).toList(), right.stream().map(ComparedClaim::id).toList(),
                                Sentences.conflict(worst, left, right)));
                    }
                }
            }
            return conflicts;
        }

        private Relation worstConflict(List<Integer> a, List<Integer> b) {
            Relation worst = null;
            for (int i : a) {
                for (int j : b) {
                    Relation r = relations[i][j];
                    if (r.conflicting() && (worst == null || r.conflict().severity() > worst.conflict().severity())) {
                        worst = r;
                    }
                }
            }
            return worst;
        }

        private Verdict verdict(List<List<Integer>> classes, List<FactComparison.Conflict> conflicts) {
            if (claims.isEmpty()) {
                return Verdict.NO_CLAIMS;
            }
            if (!conflicts.isEmpty()) {
                return Verdict.CONFLICT;
            }
            if (claims.stream().map(ComparedClaim::source).distinct().count() == 1) {
                return Verdict.SINGLE_SOURCE;
            }
            if (undecided()) {
                return Verdict.WORDING_DIFFERS;
            }
            return classes.size() == 1 ? Verdict.AGREE : Verdict.CONSISTENT;
        }

        /** What makes different claims of different sources compatible, or how their words differ, for the explanation. */
        private List<String> reasons() {
            Set<String> reasons = new LinkedHashSet<>();
            for (int i = 0; i < claims.size(); i++) {
                for (int j = i + 1; j < claims.size(); j++) {
                    Relation r = relations[i][j];
                    boolean explains = r.type() == Relation.Type.CONSISTENT || r.type() == Relation.Type.UNDECIDED;
                    if (explains && r.detail() != null && !claims.get(i).source().equals(claims.get(j).source())) {
                        reasons.add(r.detail());
                    }
                }
            }
            return List.copyOf(reasons);
        }

        private boolean undecided() {
            for (Relation[] row : relations) {
                for (Relation r : row) {
                    if (r != null && r.type() == Relation.Type.UNDECIDED) {
                        return true;
                    }
                }
            }
            return false;
        }

        private List<FactComparison.Standing> standings() {
            List<FactComparison.Standing> standings = new ArrayList<>();
            for (int i = 0; i < claims.size(); i++) {
                Set<String> support = new LinkedHashSet<>();
                Set<String> against = new LinkedHashSet<>();
                for (int j = 0; j < claims.size(); j++) {
                    if (j != i && !claims.get(j).source().equals(claims.get(i).source())) {
                        if (relations[i][j].compatible()) {
                            support.add(claims.get(j).source());
                        } else if (relations[i][j].conflicting()) {
                            against.add(claims.get(j).source());
                        }
                    }
                }
                standings.add(new FactComparison.Standing(claims.get(i).id(), claims.get(i).source(),
                        List.copyOf(support), List.copyOf(against)));
            }
            return standings;
        }
    }
}
