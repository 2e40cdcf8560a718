package io.corroborate.compare;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;

/** The tolerances of the comparison rules (docs/comparison-rules.md). */
@ConfigMapping(prefix = "corroborate.compare")
public interface CompareConfig {

    /** "about x" covers x ± this share of |x|. */
    @WithDefault("0.10")
    BigDecimal aboutTolerance();

    /** "nearly x" covers x − this share of |x| up to x. */
    @WithDefault("0.10")
    BigDecimal nearlyTolerance();

    /** Fewest words two quotes of different facts must share before a different speaker counts as a possible misattribution. */
    @WithDefault("2")
    int attributionMinWords();

    /** How many queued facts of one story the background drain recomputes per transaction. */
    @WithDefault("500")
    int drainChunk();

    /**
     * From which share of a story's facts queued at once (a bulk import) the drain settles the story in one pass,
     * comparing all of its facts once: chunks recompute their quote neighbours too, and the neighbour rings of a
     * story's chunks overlap, so settling most of a story chunk by chunk compares the same facts many times over.
     * Below it, chunks of {@link #drainChunk} facts; above 1, never the whole story.
     */
    @WithDefault("0.25")
    double drainWholeStoryShare();

    /** How often the background drain looks for queued comparisons: a duration such as 1s, or off. Read by the scheduler. */
    @WithDefault("1s")
    String drainEvery();

    default Tolerances tolerances() {
        return new Tolerances(aboutTolerance(), nearlyTolerance(), attributionMinWords());
    }
}
