package io.corroborate.compare;

import io.corroborate.value.QuoteValue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The runs of {@code size} consecutive words of a fact's quotes, hashed. A quote of at least {@code size} words
 * can only run inside another quote if its leading run is one of the other's runs, so two facts can only
 * suspect each other of a misattribution when they share a run that leads a quote on at least one side.
 */
final class Shingles {

    private Shingles() {
    }

    /** Each run's hash, mapped to whether it leads one of the quotes. Quotes shorter than a run have none. */
    static Map<Long, Boolean> of(List<ComparedClaim> claims, int size) {
        Map<Long, Boolean> shingles = new LinkedHashMap<>();
        for (ComparedClaim claim : claims) {
            if (claim.value() instanceof QuoteValue quote) {
                List<String> words = QuoteRule.plainWords(quote.text());
                for (int i = 0; i + size <= words.size(); i++) {
                    shingles.merge(hash(words.subList(i, i + size)), i == 0, Boolean::logicalOr);
                }
            }
        }
        return shingles;
    }

    /** 64-bit FNV-1a of the words joined by spaces; a collision only makes two facts neighbours needlessly. */
    static long hash(List<String> words) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : String.join(" ", words).getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
