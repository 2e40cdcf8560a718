package io.corroborate.curation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExcerptCheckTest {

    private static final String ARTICLE = "Announced on July 3 by Foreign Minister Sergei Lavrov, the decision comes nearly four years after.";

    @Test
    void acceptsAnExcerptAtItsOffsetsWithItsContext() {
        assertEquals(List.of(), ExcerptCheck.problems(ARTICLE, "July 3", 13, 19, "Announced on ", " by Foreign Minister Sergei Lavr"));
    }

    @Test
    void reportsTextThatIsNotAtTheOffsets() {
        List<String> problems = ExcerptCheck.problems(ARTICLE, "July 3", 14, 20, "", "");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("the excerpt is at 13"), problems.get(0));
    }

    @Test
    void reportsAnExcerptThatIsNowhereInTheArticle() {
        List<String> problems = ExcerptCheck.problems(ARTICLE, "July 4", 13, 19, "", "");
        assertTrue(problems.get(0).contains("nowhere in the article"), problems.get(0));
    }

    @Test
    void reportsOffsetsOutsideTheArticle() {
        assertTrue(ExcerptCheck.problems(ARTICLE, "x", 500, 501, "", "").get(0).contains("outside the article"));
        assertTrue(ExcerptCheck.problems(ARTICLE, "x", 5, 5, "", "").get(0).contains("outside the article"));
    }

    @Test
    void reportsWrongContext() {
        assertEquals(List.of("the prefix is not the 32 characters before the excerpt"),
                ExcerptCheck.problems(ARTICLE, "July 3", 13, 19, "Announced in ", null));
    }

    @Test
    void countsCodePointsNotUtf16Units() {
        String article = "\uD83D\uDCF0 News: July 3";
        assertEquals(List.of(), ExcerptCheck.problems(article, "July 3", 8, 14, null, null));
    }
}
