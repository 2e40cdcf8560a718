package io.corroborate.value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Numbers written in words: "forty", "twenty-one", "one hundred and five", "a dozen", "three million". */
final class NumberWords {

    private static final List<String> SMALL = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen");
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);

    /** What the previous word was, which decides what may follow. */
    private enum Last { NOTHING, ARTICLE, DIGIT, TEEN, TENS, HUNDRED, AND, SCALE, DOZEN }

    private NumberWords() {
    }

    static Optional<Numeral> read(String text, String written) {
        List<String> words = new ArrayList<>();
        int end = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ' || text.charAt(i) == '-') {
                String word = text.substring(end, i);
                if (!isNumberWord(word)) {
                    break;
                }
                words.add(word);
                end = i == text.length() ? i : i + 1;
            }
        }
        if (words.isEmpty()) {
            return Optional.empty();
        }
        int restStart = end == text.length() ? end : end - 1;
        BigDecimal scale = Numeral.SCALES.getOrDefault(words.get(words.size() - 1), BigDecimal.ONE);
        return Optional.of(new Numeral(value(words, written), scale, text.substring(restStart)));
    }

    private static boolean isNumberWord(String word) {
        return SMALL.contains(word) || TENS.containsKey(word) || Numeral.SCALES.containsKey(word)
                || List.of("a", "an", "and", "dozen").contains(word);
    }

    private static BigDecimal value(List<String> words, String written) {
        BigDecimal total = BigDecimal.ZERO;
        long group = 0;
        BigDecimal lastScale = null;
        Last last = Last.NOTHING;
        for (String word : words) {
            int small = SMALL.indexOf(word);
            if ((word.equals("a") || word.equals("an")) && last == Last.NOTHING) {
                group = 1;
                last = Last.ARTICLE;
            } else if (small >= 0 && small < 10 && List.of(Last.NOTHING, Last.TENS, Last.HUNDRED, Last.AND, Last.SCALE).contains(last)) {
                group += small;
                last = Last.DIGIT;
            } else if (small >= 10 && List.of(Last.NOTHING, Last.HUNDRED, Last.AND, Last.SCALE).contains(last)) {
                group += small;
                last = Last.TEEN;
            } else if (TENS.containsKey(word) && List.of(Last.NOTHING, Last.HUNDRED, Last.AND, Last.SCALE).contains(last)) {
                group += TENS.get(word);
                last = Last.TENS;
            } else if (word.equals("hundred") && List.of(Last.ARTICLE, Last.DIGIT, Last.TEEN).contains(last) && group > 0 && group < 100) {
                group *= 100;
                last = Last.HUNDRED;
            } else if (word.equals("and") && (last == Last.HUNDRED || last == Last.SCALE)) {
                last = Last.AND;
            } else if (word.equals("dozen") && List.of(Last.ARTICLE, Last.DIGIT, Last.TEEN, Last.TENS).contains(last)) {
                group *= 12;
                last = Last.DOZEN;
            } else if (Numeral.SCALES.containsKey(word) && !word.equals("hundred") && group > 0
                    && (lastScale == null || Numeral.SCALES.get(word).compareTo(lastScale) < 0) && last != Last.AND && last != Last.DOZEN) {
                lastScale = Numeral.SCALES.get(word);
                total = total.add(lastScale.multiply(BigDecimal.valueOf(group)));
                group = 0;
                last = Last.SCALE;
            } else {
                throw new UnreadableValueException(written, "\"" + String.join(" ", words) + "\" is not a number Corroborate can read"
                        + " (write digits, or words such as \"forty\", \"twenty-one\", \"one hundred and five\")");
            }
        }
        if (last == Last.AND) {
            throw new UnreadableValueException(written, "the number ends with \"and\"");
        }
        return total.add(BigDecimal.valueOf(group));
    }
}
