package io.corroborate.compare;

import io.corroborate.value.QuoteValue;

import java.util.ArrayList;
import java.util.TreeSet;
import java.util.Map;
import java.util.HashMap;
import java.util.Comparator;
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

    /**
     * Quotes of different facts where one runs, unbroken, inside the other, attributed to unrelated speakers by
     * different sources. A quote can only run inside quotes that hold all its words, so each one is checked
     * against the quotes holding its rarest word, not against every quote of the story.
     */
    static List<Suspect> across(List<Comparison.FactClaims> facts, Tolerances tolerances, EntityGraph graph) {
        List<Quoted> quotes = new ArrayList<>();
        for (int f = 0; f < facts.size(); f++) {
            for (ComparedClaim claim : quotes(facts.get(f))) {
                quotes.add(new Quoted(f, claim, QuoteRule.plainWords(((QuoteValue) claim.value()).text())));
            }
        }
        Map<String, List<Integer>> holding = new HashMap<>();
        for (int i = 0; i < quotes.size(); i++) {
            for (String word : new LinkedHashSet<>(quotes.get(i).words())) {
                holding.computeIfAbsent(word, w -> new ArrayList<>()).add(i);
            }
        }
        // in the order of pairing every two facts, then their quotes: the order conflicts are listed in
        TreeSet<List<Integer>> pairs = new TreeSet<>(Comparator.<List<Integer>>comparingInt(p -> quotes.get(p.get(0)).fact())
                .thenComparingInt(p -> quotes.get(p.get(1)).fact()).thenComparingInt(p -> p.get(0)).thenComparingInt(p -> p.get(1)));
        for (int i = 0; i < quotes.size(); i++) {
            Quoted cut = quotes.get(i);
            if (cut.words().isEmpty() || cut.words().size() < tolerances.attributionMinWords()) {
                continue;
            }
            String rarest = cut.words().stream().min(Comparator.comparingInt(w -> holding.get(w).size())).orElseThrow();
            for (int j : holding.get(rarest)) {
                Quoted whole = quotes.get(j);
                if (whole.fact() != cut.fact() && QuoteRule.runsInside(cut.words(), whole.words())
                        && unrelated(cut.claim(), whole.claim(), graph)) {
                    pairs.add(List.of(Math.min(i, j), Math.max(i, j)));
                }
            }
        }
        List<Suspect> suspects = new ArrayList<>();
        for (List<Integer> pair : pairs) {
            Quoted a = quotes.get(pair.get(0));
            Quoted b = quotes.get(pair.get(1));
            suspects.add(new Suspect(facts.get(a.fact()).fact(), a.claim(), b.claim()));
            suspects.add(new Suspect(facts.get(b.fact()).fact(), b.claim(), a.claim()));
        }
        return suspects;
    }

    private static boolean unrelated(ComparedClaim a, ComparedClaim b, EntityGraph graph) {
        return !a.source().equals(b.source()) && !Objects.equals(a.entity(), b.entity())
                && graph.between(a.entity(), b.entity(), EntityGraph.ACTS_FOR).isEmpty();
    }

    private record Quoted(int fact, ComparedClaim claim, List<String> words) {
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


    private static List<String> union(List<String> list, String more) {
        Set<String> all = new LinkedHashSet<>(list);
        all.add(more);
        return Stream.of(all.toArray(String[]::new)).toList();
    }
}
