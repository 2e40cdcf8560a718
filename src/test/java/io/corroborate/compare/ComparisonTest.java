package io.corroborate.compare;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.corroborate.compare.Claims.amount;
import static io.corroborate.compare.Claims.date;
import static io.corroborate.compare.Claims.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComparisonTest {

    @Test
    void verdicts() {
        assertEquals(Verdict.NO_CLAIMS, Comparison.fact(List.of(), Tolerances.DEFAULT).verdict());
        assertEquals(Verdict.SINGLE_SOURCE, Comparison.fact(List.of(date("a", "1994")), Tolerances.DEFAULT).verdict());
        assertEquals(Verdict.AGREE, Comparison.fact(List.of(date("a", "April"), date("b", "April"), date("c", "April 2025")),
                Tolerances.DEFAULT).verdict());
        assertEquals(Verdict.CONSISTENT, Comparison.fact(List.of(date("a", "early 2024"), date("b", "2024"), date("c", "March 2024")),
                Tolerances.DEFAULT).verdict());
        assertEquals(Verdict.CONFLICT, Comparison.fact(List.of(date("a", "2003"), date("b", "2004")), Tolerances.DEFAULT).verdict());
    }

    @Test
    void aSourceRepeatingItselfIsStillASingleSource() {
        assertEquals(Verdict.SINGLE_SOURCE, Comparison.fact(List.of(date("a", "2021"), date("a", "2021")), Tolerances.DEFAULT).verdict());
    }

    @Test
    void groupsClusterCompatibleClaimsAndConflictsNameSourcesAndValues() {
        FactComparison comparison = Comparison.fact(List.of(
                amount("nysun", "at least 143 people"), amount("euro", "152 people"), amount("tass", "at most 100 people")),
                Tolerances.DEFAULT);
        assertEquals(Verdict.CONFLICT, comparison.verdict());
        assertEquals(List.of(List.of("nysun", "euro"), List.of("tass")), comparison.groups().stream().map(FactComparison.Group::sourceIds).toList());
        assertEquals(2, comparison.conflicts().size());
        FactComparison.Conflict first = comparison.conflicts().get(0);
        assertEquals(ConflictKind.VALUE, first.kind());
        assertEquals("nysun says \"at least 143 people\" (at least 143 person) but tass says \"at most 100 people\""
                + " (at most 100 person): the amounts cannot both be right.", first.explanation());
        assertTrue(comparison.explanation().startsWith("2 conflicts; the most serious: "), comparison.explanation());
        FactComparison.Standing euro = comparison.standings().get(1);
        assertEquals(List.of("nysun"), euro.corroboratedBy());
        assertEquals(List.of("tass"), euro.contradictedBy());
    }

    @Test
    void aWordingConflictShowsTheSwappedWord() {
        FactComparison comparison = Comparison.fact(List.of(
                quote("euro", "Amir Khan Muttaqi", "brave decision will be an example for others"),
                quote("goals", "Amir Khan Muttaqi", "bold decision")), Tolerances.DEFAULT);
        assertEquals(Verdict.CONFLICT, comparison.verdict());
        assertEquals(ConflictKind.WORDING, comparison.conflicts().get(0).kind());
        assertEquals("euro quotes Amir Khan Muttaqi as \"brave decision will be an example for others\" but goals as"
                + " \"bold decision\": \"brave\" where the other has \"bold\"; \"will be an example for others\" only in the first.",
                comparison.conflicts().get(0).explanation());
    }

    @Test
    void theSameWordsUnderDifferentSpeakersInDifferentFactsAreASuspectedMisattribution() {
        List<Comparison.FactClaims> story = List.of(
                new Comparison.FactClaims("mujahid", List.of(quote("nysun", "Zabihullah Mujahid", "We are thankful to Russia for this bold decision"))),
                new Comparison.FactClaims("muttaqi", List.of(quote("goals", "Amir Khan Muttaqi", "bold decision"))),
                new Comparison.FactClaims("other", List.of(quote("goals", "Sergei Lavrov", "They are a real force"))));
        Map<String, FactComparison> result = Comparison.story(story, Tolerances.DEFAULT);
        assertEquals(Verdict.CONFLICT, result.get("mujahid").verdict());
        assertEquals(Verdict.CONFLICT, result.get("muttaqi").verdict());
        assertEquals(Verdict.SINGLE_SOURCE, result.get("other").verdict());
        FactComparison.Conflict conflict = result.get("muttaqi").conflicts().get(0);
        assertEquals(ConflictKind.ATTRIBUTION, conflict.kind());
        assertEquals("goals attributes \"bold decision\" to Amir Khan Muttaqi but nysun attributes \"We are thankful to Russia"
                + " for this bold decision\" to Zabihullah Mujahid: a possible misattribution.", conflict.explanation());
        assertEquals(List.of("nysun"), result.get("muttaqi").standings().get(0).contradictedBy());
    }

    @Test
    void aSingleSharedWordIsNotEnoughToSuspectAMisattribution() {
        Map<String, FactComparison> result = Comparison.story(List.of(
                new Comparison.FactClaims("a", List.of(quote("x", "Putin", "ally"))),
                new Comparison.FactClaims("b", List.of(quote("y", "Lavrov", "an ally of Russia")))), Tolerances.DEFAULT);
        assertEquals(Verdict.SINGLE_SOURCE, result.get("a").verdict());
        Map<String, FactComparison> lenient = Comparison.story(List.of(
                new Comparison.FactClaims("a", List.of(quote("x", "Putin", "ally"))),
                new Comparison.FactClaims("b", List.of(quote("y", "Lavrov", "an ally of Russia")))),
                new Tolerances(Tolerances.DEFAULT.about(), Tolerances.DEFAULT.nearly(), 1));
        assertEquals(Verdict.CONFLICT, lenient.get("a").verdict());
    }

    @Test
    void attributionOutranksValueWhichOutranksWording() {
        assertTrue(ConflictKind.ATTRIBUTION.severity() > ConflictKind.VALUE.severity());
        assertTrue(ConflictKind.VALUE.severity() > ConflictKind.UNIT.severity());
        assertTrue(ConflictKind.UNIT.severity() > ConflictKind.WORDING.severity());
        FactComparison worse = Comparison.fact(List.of(date("a", "2003"), date("b", "2004")), Tolerances.DEFAULT);
        FactComparison milder = Comparison.fact(List.of(quote("a", "x", "ally"), quote("b", "x", "allies")), Tolerances.DEFAULT);
        assertTrue(worse.severity() > milder.severity());
    }
}
