package io.corroborate.compare;

import io.corroborate.value.QuoteValue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the same or nearly the same words attributed to different speakers in different facts: curators
 * file a quote under the speaker its source names, so a misattribution shows up across facts.
 */
final class Attribution {

    private Attribution() {
    }

    /** A suspected misattribution, seen from one fact: its own claim against a claim of another fact. */
    record Suspect(String fact, ComparedClaim own, ComparedClaim other) {
    }

    static List<Suspect> across(List<Comparison.FactClaims> facts, Tolerances tolerances, EntityGraph graph) {
        List<Comparison.FactClaims> quoted = facts.stream()
                .map(f -> new Comparison.FactClaims(f.fact(), quotes(f))).filter(f -> !f.claims().isEmpty()).toList();
        List<Suspect> suspects = new ArrayList<>();
        for (int f = 0; f < quoted.size(); f++) {
            for (int g = f + 1; g < quoted.size(); g++) {
                for (ComparedClaim a : quoted.get(f).claims()) {
                    for (ComparedClaim b : quoted.get(g).claims()) {
                        if (!a.source().equals(b.source()) && !Objects.equals(a.entity(), b.entity())
                                && graph.between(a.entity(), b.entity(), EntityGraph.ACTS_FOR).isEmpty()
                                && shared(a, b) >= tolerances.attributionMinWords()) {
                            suspects.add(new Suspect(quoted.get(f).fact(), a, b));
                            suspects.add(new Suspect(quoted.get(g).fact(), b, a));
                        }
                    }
                }
            }
        }
        return suspects;
    }

    /** The fact's comparison with the suspected misattribution added as a conflict. */
    static FactComparison add(FactComparison comparison, Suspect suspect) {
        List<FactComparison.Conflict> conflicts = new ArrayList<>(comparison.conflicts());
        conflicts.add(new FactComparison.Conflict(ConflictKind.ATTRIBUTION, List.of(suspect.own().id()),
                List.of(suspect.other().id()), Sentences.attribution(List.of(suspect.own()), List.of(suspect.other()))));
        List<FactComparison.Standing> standings = comparison.standings().stream()
                .map(s -> s.claim().equals(suspect.own().id()) && !s.source().equals(suspect.other().source())
                        ? new FactComparison.Standing(s.claim(), s.source(), s.corroboratedBy(),
                        union(s.contradictedBy(), suspect.other().source()))
                        : s)
                .toList();
        List<ComparedClaim> none = List.of();
        return new FactComparison(Verdict.CONFLICT,
                Sentences.verdict(Verdict.CONFLICT, none, conflicts),
                comparison.groups(), conflicts, standings, Sentences.severity(conflicts));
    }

    private static List<ComparedClaim> quotes(Comparison.FactClaims fact) {
        return fact.claims().stream().filter(c -> c.value() instanceof QuoteValue).toList();
    }

    private static int shared(ComparedClaim a, ComparedClaim b) {
        return QuoteRule.sharedWords(((QuoteValue) a.value()).text(), ((QuoteValue) b.value()).text());
    }

    private static List<String> union(List<String> list, String more) {
        Set<String> all = new LinkedHashSet<>(list);
        all.add(more);
        return Stream.of(all.toArray(String[]::new)).toList();
    }
}
