package io.corroborate.compare;

import io.corroborate.value.SetValue;
import io.corroborate.value.Stance;
import io.corroborate.value.UnreadableValueException;
import io.corroborate.value.YesNoValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Typed answers: yes-or-no stances and lists of items. */
class AnswerRulesTest {

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            AFFIRMS | AFFIRMS | EQUAL
            DENIES  | DENIES  | EQUAL
            AFFIRMS | HEDGES  | CONSISTENT
            HEDGES  | DENIES  | CONSISTENT
            AFFIRMS | DENIES  | CONFLICT
            DENIES  | AFFIRMS | CONFLICT
            """)
    void stances(Stance a, Stance b, Relation.Type expected) {
        assertEquals(expected, AnswerRule.stances(new YesNoValue(a), new YesNoValue(b)).type());
    }

    @ParameterizedTest(name = "\"{0}\" vs \"{1}\": {2}")
    @CsvSource(delimiter = '|', textBlock = """
            lithium and rare earth minerals  | rare earth minerals            | CONSISTENT
            lithium and rare earth minerals  | Rare earth minerals, lithium   | EQUAL
            lithium                          | gold                           | CONSISTENT
            only lithium                     | lithium                        | CONSISTENT
            only lithium                     | lithium and gold               | CONFLICT
            lithium and gold                 | only gold                      | CONFLICT
            only lithium and gold            | gold; lithium                  | CONSISTENT
            """)
    void sets(String a, String b, Relation.Type expected) {
        assertEquals(expected, AnswerRule.sets(SetValue.read(a), SetValue.read(b)).type());
    }

    @Test
    void aListIsReadIntoNormalisedItems() {
        assertEquals(List.of("lithium", "rare earth elements"), SetValue.read("lithium, the rare earth elements").items());
        assertEquals(true, SetValue.read("only lithium").exclusive());
        assertThrows(UnreadableValueException.class, () -> SetValue.read(" , and "));
    }

    @Test
    void aStanceIsTheCuratorsReading() {
        assertEquals(Stance.AFFIRMS, Stance.read("Yes").orElseThrow());
        assertEquals(Stance.HEDGES, Stance.read("hedged").orElseThrow());
        assertEquals(true, Stance.read("did not close its embassy").isEmpty());
    }
}
