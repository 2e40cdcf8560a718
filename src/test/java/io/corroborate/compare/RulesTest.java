package io.corroborate.compare;

import io.corroborate.value.DateParser;
import io.corroborate.value.QuantityParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The comparison rules, one table per kind of value, written from the rules in docs/comparison-rules.md. */
class RulesTest {

    @ParameterizedTest(name = "date \"{0}\" vs \"{1}\": {2}")
    @CsvSource(delimiter = '|', textBlock = """
            March 2024        | March 2024        | EQUAL
            July 3, 2025      | 2025-07-03        | EQUAL
            2003              | 2003              | EQUAL
            2024              | March 2024        | CONSISTENT
            early 2024        | March 2024        | CONSISTENT
            early 2024        | 2024-04-30        | CONSISTENT
            early 2024        | 2024-05-01        | CONFLICT
            early 2024        | July 2024         | CONFLICT
            mid 2024          | late 2024         | CONFLICT
            late 2024         | December 2024     | CONSISTENT
            2021              | August 2021       | CONSISTENT
            the 1980s         | 1989              | CONSISTENT
            the 1980s         | 1990              | CONFLICT
            the 1990s         | the 2000s         | CONFLICT
            1999              | 2000              | CONFLICT
            2024-02-29        | February 2024     | CONSISTENT
            2024-02-29        | 2024-03-01        | CONFLICT
            July 1, 2025      | July 3, 2025      | CONFLICT
            Thursday          | July 1, 2025      | CONFLICT
            on Thursday       | July 1, 2025      | CONFLICT
            Thursday          | July 3, 2025      | CONSISTENT
            Thursday          | Thursday          | EQUAL
            Thursday          | 2025              | CONSISTENT
            Thursday          | July 2025         | CONSISTENT
            Thursday          | June 2025         | CONSISTENT
            Thursday          | Tuesday           | CONFLICT
            Thursday          | last Thursday     | CONSISTENT
            Thursday          | May 2025          | CONFLICT
            the 3rd           | July 3, 2025      | CONSISTENT
            the 3rd           | July 4, 2025      | CONFLICT
            the 3rd           | 2025-07-01        | CONFLICT
            December          | 2024              | CONSISTENT
            December          | 2025              | CONFLICT
            earlier this month| July 3, 2025      | CONSISTENT
            last year         | 2024              | EQUAL
            """)
    void dates(String a, String b, Relation.Type expected) {
        Relation relation = Comparison.relate(Claims.date("a", a), Claims.date("b", b), Tolerances.DEFAULT);
        assertEquals(expected, relation.type());
        assertEquals(relation, Comparison.relate(Claims.date("b", b), Claims.date("a", a), Tolerances.DEFAULT), "symmetric");
        if (expected == Relation.Type.CONFLICT) {
            assertEquals(ConflictKind.VALUE, relation.conflict());
        }
    }

    @Test
    void aWeekdayThatCannotBeTheOtherDayIsAConflictNamingItsCandidateDays() {
        FactComparison comparison = Comparison.fact(List.of(Claims.date("euro", "Thursday"), Claims.date("goals", "July 1")),
                Tolerances.DEFAULT);
        assertEquals(Verdict.CONFLICT, comparison.verdict());
        assertEquals("euro says \"Thursday\" (one of 2025-06-26, 2025-07-03, 2025-07-10, 2025-07-17, 2025-07-24 or 2025-07-31)"
                + " but goals says \"July 1\" (2025-07-01): they have no day in common.", comparison.conflicts().get(0).explanation());
        assertFalse(comparison.explanation().contains("precision"), comparison.explanation());
    }

    @ParameterizedTest(name = "amount \"{0}\" vs \"{1}\": {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            at least 143 people  | at least 143 people   | EQUAL      | -
            1.3 million          | 1,300,000             | EQUAL      | -
            $3,000               | 3,000 dollars         | EQUAL      | -
            0                    | 0                     | EQUAL      | -
            1 trillion           | 1,000,000,000,000     | EQUAL      | -
            at least 143 people  | 152 people            | CONSISTENT | -
            at least 140         | 152                   | CONSISTENT | -
            at most 143          | 143                   | CONSISTENT | -
            roughly 1.3 million  | 1,300,000             | CONSISTENT | -
            roughly 1.3 million  | 1,400,000             | CONSISTENT | -
            about 4 years        | 4 years               | CONSISTENT | -
            nearly four years    | Four years            | CONSISTENT | -
            nearly four years    | about 4 years         | CONSISTENT | -
            -5                   | about -5              | CONSISTENT | -
            at least 5           | at most 5             | CONSISTENT | -
            143                  | 143 people            | CONSISTENT | -
            $3,000               | 3000 USD              | EQUAL      | -
            $3,000               | USD 3,000             | EQUAL      | -
            €3,000               | 3,000 EUR             | EQUAL      | -
            3,000 usd per person | $3,000 per person     | EQUAL      | -
            forty                | 40                    | EQUAL      | -
            twenty-one people    | 21 people             | EQUAL      | -
            one hundred and five | 105                   | EQUAL      | -
            a dozen              | 12                    | EQUAL      | -
            1 234 567            | 1,234,567             | EQUAL      | -
            1,5 million          | 1,500,000             | EQUAL      | -
            140 to 150           | between 140 and 150   | EQUAL      | -
            140-150              | 140 to 150            | EQUAL      | -
            dozens               | dozens                | EQUAL      | -
            140-150              | 143                   | CONSISTENT | -
            140-150              | 150                   | CONSISTENT | -
            between 140 and 150  | at least 143          | CONSISTENT | -
            between 140 and 150  | at least 150          | CONSISTENT | -
            dozens               | 40                    | CONSISTENT | -
            dozens of people     | a few dozen people    | CONSISTENT | -
            a few dozen          | 100                   | CONSISTENT | -
            hundreds of people   | 500 people            | CONSISTENT | -
            several thousand     | 5,000                 | CONSISTENT | -
            tens of thousands    | 45,000                | CONSISTENT | -
            decade-long          | nine-year             | CONSISTENT | -
            decade-long          | 11 years              | CONSISTENT | -
            almost a decade      | nine years            | CONSISTENT | -
            at least 150         | 143                   | CONFLICT   | VALUE
            more than 143        | 143                   | CONFLICT   | VALUE
            fewer than 143       | 143                   | CONFLICT   | VALUE
            more than 5          | fewer than 5          | CONFLICT   | VALUE
            at least 10          | at most 5             | CONFLICT   | VALUE
            roughly 1.3 million  | 1,500,000             | CONFLICT   | VALUE
            nearly four years    | 5 years               | CONFLICT   | VALUE
            nearly four years    | 3 years               | CONFLICT   | VALUE
            about 0              | 1                     | CONFLICT   | VALUE
            -5                   | 5                     | CONFLICT   | VALUE
            140-150              | 152                   | CONFLICT   | VALUE
            between 140 and 150  | more than 150         | CONFLICT   | VALUE
            140 to 150           | 160 to 170            | CONFLICT   | VALUE
            dozens               | 100                   | CONFLICT   | VALUE
            dozens               | 12                    | CONFLICT   | VALUE
            a few dozen          | 1                     | CONFLICT   | VALUE
            hundreds of people   | 1,500 people          | CONFLICT   | VALUE
            several thousand     | tens of thousands     | CONFLICT   | VALUE
            tens of thousands    | 150,000               | CONFLICT   | VALUE
            decade-long          | five years            | CONFLICT   | VALUE
            1,5 million          | 15,000,000            | CONFLICT   | VALUE
            $3,000               | 3,000 euros           | CONFLICT   | UNIT
            4 years              | 4 months              | CONFLICT   | UNIT
            12 widgets           | 12 gadgets            | CONFLICT   | UNIT
            3000 USD             | 3,000 EUR             | CONFLICT   | UNIT
            decade-long          | 10 months             | CONFLICT   | UNIT
            """)
    void amounts(String a, String b, Relation.Type expected, ConflictKind kind) {
        Relation relation = Comparison.relate(Claims.amount("a", a), Claims.amount("b", b), Tolerances.DEFAULT);
        assertEquals(expected, relation.type(), relation.toString());
        assertEquals(kind, relation.conflict());
        assertEquals(expected, Comparison.relate(Claims.amount("b", b), Claims.amount("a", a), Tolerances.DEFAULT).type(), "symmetric");
    }

    @ParameterizedTest(name = "quote \"{0}\" vs \"{1}\": {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            “bold decision”                                    | "bold decision"                                      | EQUAL      | -
            We are thankful to Russia for this bold decision   | we are thankful to russia for this bold decision.    | EQUAL      | -
            It’s not just restrictions — it’s erasure          | It's not just restrictions - it's erasure            | EQUAL      | -
            a   new   chapter                                  | A new chapter!                                       | EQUAL      | -
            bold decision                                      | We are thankful to Russia for this bold decision     | CONSISTENT | -
            They are a real force … this process reflects      | They are a real force. Afghanistan is not indifferent to us. So this process reflects reality | CONSISTENT | -
            …                                                  | anything at all                                      | CONSISTENT | -
            brave decision will be an example for others       | bold decision                                        | CONFLICT   | "brave" where the other has "bold"
            ally                                               | allies                                               | CONFLICT   | "ally" where the other has "allies"
            Russia stands much to gain                         | Russia stands much to lose                           | CONFLICT   | "gain" where the other has "lose"
            this process reflects reality                      | this reflects reality                                | CONFLICT   | "process" only in the first
            They are a real force … reflects reality           | They are a real force. This reflects an understanding of reality | CONFLICT | -
            """)
    void quotesOfOneSpeaker(String a, String b, Relation.Type expected, String differingWords) {
        Relation relation = Comparison.relate(Claims.quote("a", "muttaqi", a), Claims.quote("b", "muttaqi", b), Tolerances.DEFAULT);
        assertEquals(expected, relation.type(), relation.toString());
        if (expected == Relation.Type.CONFLICT) {
            assertEquals(ConflictKind.WORDING, relation.conflict());
        }
        if (differingWords != null) {
            assertTrue(relation.detail().contains(differingWords), relation.detail());
        }
    }

    @Test
    void theSameWordsFromDifferentSpeakersAreAnAttributionConflict() {
        Relation relation = Comparison.relate(Claims.quote("a", "mujahid", "bold decision"),
                Claims.quote("b", "muttaqi", "bold decision"), Tolerances.DEFAULT);
        assertEquals(ConflictKind.ATTRIBUTION, relation.conflict());
    }

    @Test
    void aVeryLongQuoteIsComparedWithoutStallingAndStillFlagged() {
        String words = String.join(" ", Collections.nCopies(60_000, "word"));
        Relation relation = assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> Comparison.relate(Claims.quote("a", "x", words + " end"), Claims.quote("b", "x", words + " finish"), Tolerances.DEFAULT));
        assertEquals(ConflictKind.WORDING, relation.conflict());
    }

    @ParameterizedTest(name = "text \"{0}\" vs \"{1}\": {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Moscow                  | moscow                          | EQUAL
            The Kremlin             | Kremlin                         | EQUAL
            Türkiye                 | Turkiye                         | EQUAL
            first country           | first major world power         | UNDECIDED
            Afghan Foreign Minister | Afghan Acting Foreign Minister  | UNDECIDED
            """)
    void texts(String a, String b, Relation.Type expected) {
        assertEquals(expected, Comparison.relate(Claims.text("a", a), Claims.text("b", b), Tolerances.DEFAULT).type());
    }

    @Test
    void differentlyWordedTextsAreUndecidedWithTheirDifferenceNeverAConflict() {
        Relation relation = Comparison.relate(Claims.text("a", "lithium and rare earth minerals"), Claims.text("b", "rare earth minerals"),
                Tolerances.DEFAULT);
        assertEquals(Relation.Type.UNDECIDED, relation.type());
        assertEquals("only the first says \"lithium and\"", relation.detail());
        FactComparison fact = Comparison.fact(List.of(Claims.text("a", "did not close its embassy in Kabul"),
                Claims.text("b", "continued operating")), Tolerances.DEFAULT);
        assertEquals(Verdict.WORDING_DIFFERS, fact.verdict());
        assertEquals(List.of(), fact.conflicts());
        assertTrue(fact.explanation().contains("only the first says \"did not close its embassy in kabul\"; only the second says \"continued operating\""),
                fact.explanation());
    }

    @Test
    void claimsOfOneSourceNeverConflict() {
        ComparedClaim first = Claims.amount("a", "12 people");
        ComparedClaim again = new ComparedClaim("a-2", first.source(), first.sourceLabel(), "40 people",
                Claims.amount("x", "40 people").value(), null, java.util.Set.of());
        FactComparison fact = Comparison.fact(List.of(first, again), Tolerances.DEFAULT);
        assertEquals(List.of(), fact.conflicts());
        assertEquals(Verdict.SINGLE_SOURCE, fact.verdict());
    }

    @Test
    void textsNamingTheSameEntityAgreeWhateverTheSpelling() {
        assertEquals(Relation.EQUAL, Comparison.relate(Claims.text("a", "ISKP", "iskp", "Islamic State Khorasan Province", "ISKP", "ISIS-K"),
                Claims.text("b", "ISIS-Khorasan", "iskp", "Islamic State Khorasan Province", "ISIS-Khorasan"), Tolerances.DEFAULT));
        assertEquals(Relation.EQUAL, Comparison.relate(Claims.text("a", "Sergei Lavrov"),
                Claims.text("b", "Sergey Lavrov", "sergei-lavrov", "Sergei Lavrov", "Sergey Lavrov"), Tolerances.DEFAULT));
        assertEquals(Relation.Type.UNDECIDED, Comparison.relate(Claims.text("a", "Russia", "russia", "Russia"),
                Claims.text("b", "Russia's Supreme Court", "supreme-court", "Supreme Court of Russia"), Tolerances.DEFAULT).type());
    }

    @Test
    void tolerancesAreSettings() {
        Tolerances strict = new Tolerances(new java.math.BigDecimal("0.01"), new java.math.BigDecimal("0.01"), 2);
        assertEquals(Relation.Type.CONFLICT, Comparison.relate(Claims.amount("a", "roughly 1.3 million"),
                Claims.amount("b", "1,400,000"), strict).type());
        assertEquals(DateParser.parse("2024"), DateParser.parse("2024"));
        assertEquals(QuantityParser.parse("4 years"), QuantityParser.parse("four years"));
    }
}
