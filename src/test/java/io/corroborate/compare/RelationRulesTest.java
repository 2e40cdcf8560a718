package io.corroborate.compare;

import io.corroborate.entity.RelationKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How relations between entities change verdicts: plain Java, a small graph of the seed story. */
class RelationRulesTest {

    private static final EntityGraph GRAPH = new EntityGraph(List.of(
            new EntityGraph.Link("lavrov", RelationKind.HEADS, "foreign-ministry"),
            new EntityGraph.Link("foreign-ministry", RelationKind.PART_OF, "russia"),
            new EntityGraph.Link("supreme-court", RelationKind.PART_OF, "russia"),
            new EntityGraph.Link("putin", RelationKind.HEADS, "russia"),
            new EntityGraph.Link("muttaqi", RelationKind.MEMBER_OF, "taliban"),
            new EntityGraph.Link("mujahid", RelationKind.SPEAKS_FOR, "taliban"),
            new EntityGraph.Link("moscow", RelationKind.LOCATED_IN, "russia")),
            Map.of("lavrov", "Sergei Lavrov", "foreign-ministry", "Russian Foreign Ministry", "russia", "Russia",
                    "supreme-court", "Supreme Court of Russia", "putin", "Vladimir Putin"));

    @ParameterizedTest(name = "quote by {0} vs by {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            lavrov           | foreign-ministry | CONSISTENT
            foreign-ministry | lavrov           | CONSISTENT
            lavrov           | russia           | CONSISTENT
            putin            | russia           | CONSISTENT
            muttaqi          | mujahid          | CONFLICT
            muttaqi          | taliban          | CONFLICT
            lavrov           | putin            | CONFLICT
            supreme-court    | putin            | CONFLICT
            """)
    void theSameWordsAttributedToASpeakerAndToTheBodyHeHeadsOrSpeaksFor(String a, String b, Relation.Type expected) {
        Relation relation = Comparison.relate(Claims.quote("x", a, "a reality to be dealt with"),
                Claims.quote("y", b, "a reality to be dealt with"), Tolerances.DEFAULT, GRAPH);
        assertEquals(expected, relation.type());
        if (expected == Relation.Type.CONFLICT) {
            assertEquals(ConflictKind.ATTRIBUTION, relation.conflict());
        }
    }

    @Test
    void aRelatedAttributionIsExplainedWithTheRelation() {
        Relation relation = Comparison.relate(Claims.quote("x", "lavrov", "a reality"), Claims.quote("y", "russia", "a reality"),
                Tolerances.DEFAULT, GRAPH);
        assertEquals("Sergei Lavrov heads Russian Foreign Ministry, which is part of Russia", relation.detail());
    }

    @Test
    void differentWordsStayAWordingConflictWhateverTheSpeakers() {
        Relation relation = Comparison.relate(Claims.quote("x", "lavrov", "a brave decision"), Claims.quote("y", "foreign-ministry", "a bold decision"),
                Tolerances.DEFAULT, GRAPH);
        assertEquals(ConflictKind.WORDING, relation.conflict());
    }

    @Test
    void anAnswerNamingAPartOfWhatAnotherNamesIsMoreSpecific() {
        FactComparison fact = Comparison.fact(List.of(Claims.text("a", "Russia's Supreme Court", "supreme-court"),
                Claims.text("b", "Russia", "russia")), Tolerances.DEFAULT, GRAPH);
        assertEquals(Verdict.CONSISTENT, fact.verdict());
        assertTrue(fact.explanation().contains("Supreme Court of Russia is part of Russia"), fact.explanation());
        assertEquals(Verdict.WORDING_DIFFERS, Comparison.fact(List.of(Claims.text("a", "Russia's Supreme Court", "supreme-court"),
                Claims.text("b", "Vladimir Putin", "putin")), Tolerances.DEFAULT, GRAPH).verdict());
    }

    @Test
    void misattributionsAcrossFactsSkipRelatedSpeakersAndTheSameSource() {
        Comparison.FactClaims lavrov = new Comparison.FactClaims("f1", List.of(Claims.quote("x", "lavrov", "the new authorities are a reality")));
        Comparison.FactClaims ministry = new Comparison.FactClaims("f2", List.of(Claims.quote("y", "foreign-ministry", "the new authorities are a reality")));
        Comparison.FactClaims mujahid = new Comparison.FactClaims("f3", List.of(Claims.quote("z", "mujahid", "the new authorities are a reality")));
        assertEquals(Verdict.SINGLE_SOURCE, Comparison.story(List.of(lavrov, ministry), Tolerances.DEFAULT, GRAPH).get("f2").verdict(),
                "the ministry and its head are one voice");
        assertEquals(Verdict.CONFLICT, Comparison.story(List.of(lavrov, mujahid), Tolerances.DEFAULT, GRAPH).get("f3").verdict(),
                "the Taliban's spokesman is another");
        Comparison.FactClaims again = new Comparison.FactClaims("f4", List.of(Claims.quote("z", "muttaqi", "the new authorities are a reality")));
        assertEquals(Verdict.SINGLE_SOURCE, Comparison.story(List.of(mujahid, again), Tolerances.DEFAULT, GRAPH).get("f4").verdict(),
                "one source does not contradict itself");
    }
}
