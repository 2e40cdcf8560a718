package io.corroborate.scale;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * How the sources report one fact: its question and, for each claim, the value and the sentence of the
 * article that carries it. A fact has one true answer; a claim repeats it (in one of its spellings), says
 * something weaker that is consistent with it (a hedge, a coarser date, a cut of a quote, part of a list)
 * or contradicts it (another day, amount, word, speaker, stance, or an exclusive list).
 */
final class Coverage {

    enum Outcome { AGREE, CONSISTENT, CONFLICT }

    /** One claim: the value as written, the sentence it stands in, and for quotes and yes-or-no answers the rest. */
    record Report(String value, String sentence, String speaker, String interpretedAs) {
        static Report of(String value, String sentence) {
            return new Report(value, sentence, null, null);
        }
    }

    /** What a claim can say about the fact. */
    interface Versions {
        Report agreeing();

        Report consistent();

        Report conflicting();
    }

    record Fact(String kind, String question, List<String> subjects, Versions versions) {
    }

    private static final String[] VERBS = {"signed/sign", "approved/approve", "suspended/suspend", "announced/announce",
        "ratified/ratify", "extended/extend", "cancelled/cancel", "postponed/postpone", "launched/launch", "rejected/reject"};
    private static final String[] OBJECTS = {"agreement", "deal", "plan", "programme", "treaty", "inquiry", "tariff",
        "ceasefire", "corridor", "reform", "loan", "accord"};
    private static final String[] TOPICS = {"northern", "southern", "coastal", "border", "grain", "gas", "rail", "water",
        "energy", "customs", "maritime", "airport", "pipeline", "mining", "fishing", "river", "highway", "port", "fuel",
        "cotton", "telecom", "banking", "pension", "housing", "security", "refugee", "transit", "power", "tax", "health"};
    private static final String[] STAGES = {"new", "revised", "interim", "long-delayed", "regional", "joint", "emergency",
        "second", "draft", "final", "five-year", "bilateral"};
    private static final String[] WORDS = {"we", "will", "not", "accept", "any", "delay", "this", "is", "a", "step",
        "toward", "peace", "our", "people", "deserve", "better", "than", "empty", "promises", "the", "region", "needs",
        "stability", "and", "trust", "must", "be", "earned", "every", "day", "no", "one", "should", "doubt", "resolve",
        "partners", "have", "waited", "long", "enough", "for", "real", "progress", "history", "judge", "us", "by",
        "results", "words", "matter", "less", "action", "now", "time", "to", "move", "forward", "together", "without",
        "fear", "dialogue", "remains", "only", "way", "out", "of", "crisis", "families", "border", "towns", "still",
        "wait", "answers", "decision", "was", "neither", "easy", "nor", "quick", "but", "it", "right", "one", "courage",
        "patience", "costs", "rising", "schools", "hospitals", "cannot", "more", "children", "safety", "first", "always"};
    private static final String[][] ROLES = {{"chief negotiator", "lead negotiator"}, {"senior adviser", "principal adviser"},
        {"special envoy", "special representative"}, {"deputy coordinator", "assistant coordinator"},
        {"head of delegation", "delegation leader"}, {"legal counsel", "chief legal adviser"}};
    private static final String[] GOODS = {"wheat", "barley", "copper", "lithium", "gold", "cotton", "natural gas",
        "crude oil", "fertiliser", "steel", "timber", "coal", "rice", "sugar", "cement"};
    private static final String[] UNITS = {"people/were affected by", "migrants/crossed the border under", "dollars/were set aside for",
        "days/were allowed for"};
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

    private final Random random;
    private final Newsroom.Cast cast;

    Coverage(Random random, Newsroom.Cast cast) {
        this.random = random;
        this.cast = cast;
    }

    Fact next(String kind) {
        return switch (kind) {
            case "DATE" -> date();
            case "QUANTITY" -> quantity();
            case "QUOTE" -> quote();
            case "TEXT" -> text();
            case "YES_NO" -> yesNo();
            case "SET" -> set();
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private Fact date() {
        Newsroom.Entity actor = actor();
        String[] verb = pick(VERBS).split("/");
        String thing = thing();
        LocalDate day = FIRST_DAY.plusDays(random.nextInt(700));
        LocalDate other = day.plusDays((random.nextBoolean() ? 1 : -1) * (2 + random.nextInt(20)));
        String opening = "The " + actor.name() + " " + verb[0] + " the " + thing;
        Versions versions = versions(
                () -> dated(opening, " on ", day(day)),
                () -> dated(opening, " in ", coarse(day)),
                () -> dated(opening, " on ", day(other)));
        return new Fact("DATE", "When the " + actor.name() + " " + verb[0] + " the " + thing, subjects(actor), versions);
    }

    private static Report dated(String opening, String preposition, String value) {
        return Report.of(value, opening + preposition + value + ".");
    }

    private String day(LocalDate day) {
        String month = day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
        return random.nextBoolean() ? month + " " + day.getDayOfMonth() + ", " + day.getYear()
                : day.getDayOfMonth() + " " + month + " " + day.getYear();
    }

    private String coarse(LocalDate day) {
        return switch (random.nextInt(3)) {
            case 0 -> day.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
            case 1 -> (day.getMonthValue() <= 4 ? "early " : day.getMonthValue() <= 8 ? "mid-" : "late ") + day.getYear();
            default -> String.valueOf(day.getYear());
        };
    }

    private Fact quantity() {
        String[] unit = pick(UNITS).split("/");
        String thing = thing();
        int amount = 50 + random.nextInt(random.nextBoolean() ? 500 : 20_000);
        String subject = "the " + thing;
        Versions versions = versions(
                () -> counted(amount(amount) + " " + unit[0], unit[1], subject),
                () -> counted(hedged(amount) + " " + unit[0], unit[1], subject),
                () -> counted(amount(random.nextBoolean() ? amount * 2 : amount / 2) + " " + unit[0], unit[1], subject));
        Newsroom.Entity actor = actor();
        return new Fact("QUANTITY", "How many " + unit[0] + " " + unit[1] + " " + subject, subjects(actor), versions);
    }

    private static Report counted(String value, String verb, String subject) {
        return Report.of(value, "Officials said " + value + " " + verb + " " + subject + ".");
    }

    /** A hedge whose interval holds the true amount: about, at least, more than or nearly. */
    private String hedged(int amount) {
        return switch (random.nextInt(4)) {
            case 0 -> "about " + amount(Math.round(amount / 10f) * 10);
            case 1 -> "at least " + amount(amount - amount / 20);
            case 2 -> "more than " + amount(amount - 1 - amount / 20);
            default -> "nearly " + amount(amount + amount / 20);
        };
    }

    private static String amount(int amount) {
        return String.format(Locale.US, "%,d", amount);
    }

    private Fact quote() {
        Newsroom.Entity speaker = pick(cast.members());
        Newsroom.Entity other = cast.members().stream().filter(m -> !m.id().equals(speaker.id())).findFirst().orElseThrow();
        String thing = thing();
        List<String> tail = new ArrayList<>();
        for (int i = 6 + random.nextInt(5); i > 0; i--) {
            tail.add(pick(WORDS));
        }
        String words = "The " + thing + " " + String.join(" ", tail);
        String cut = String.join(" ", tail.subList(tail.size() - 5, tail.size()));
        List<String> changed = new ArrayList<>(tail);
        int at = random.nextInt(changed.size());
        changed.set(at, changed.get(at).equals("courage") ? "patience" : "courage");
        boolean misattributed = random.nextInt(3) == 0;
        Versions versions = versions(
                () -> quoted(words, speaker),
                () -> new Report(cut, speaker.name() + " said of the " + thing + " that \"" + cut + "\".", speaker.id(), null),
                () -> misattributed ? quoted(words, other) : quoted("The " + thing + " " + String.join(" ", changed), speaker));
        return new Fact("QUOTE", speaker.name() + "'s words on the " + thing, List.of(speaker.id(), cast.government().id()), versions);
    }

    private static Report quoted(String words, Newsroom.Entity speaker) {
        return new Report(words, "\"" + words + ",\" " + speaker.name() + " said.", speaker.id(), null);
    }

    /** Free-text answers: worded the same they agree; worded differently the rules cannot tell (never a conflict). */
    private Fact text() {
        Newsroom.Entity person = pick(cast.people());
        String[] role = pick(ROLES);
        String thing = thing();
        Versions versions = versions(
                () -> titled(person, role[0], thing),
                () -> titled(person, role[0], thing),
                () -> titled(person, role[1], thing));
        return new Fact("TEXT", person.name() + "'s role in the " + thing + " talks", List.of(person.id()), versions);
    }

    private static Report titled(Newsroom.Entity person, String role, String thing) {
        return Report.of(role, person.name() + ", the " + role + " in the " + thing + " talks, declined to comment.");
    }

    private Fact yesNo() {
        Newsroom.Entity actor = actor();
        String[] verb = pick(VERBS).split("/");
        String thing = thing();
        boolean yes = random.nextInt(5) > 0;
        String did = verb[0] + " the " + thing;
        String didNot = "did not " + verb[1] + " the " + thing;
        Versions versions = versions(
                () -> stance(actor, yes ? did : didNot, yes ? "yes" : "no"),
                () -> stance(actor, "may have " + did, "hedged"),
                () -> stance(actor, yes ? didNot : did, yes ? "no" : "yes"));
        return new Fact("YES_NO", "Did the " + actor.name() + " " + verb[1] + " the " + thing + "?", subjects(actor), versions);
    }

    private static Report stance(Newsroom.Entity actor, String value, String reading) {
        return new Report(value, "The " + actor.name() + " " + value + ", according to two officials.", null, reading);
    }

    private Fact set() {
        String thing = thing();
        List<String> goods = new ArrayList<>();
        while (goods.size() < 3) {
            String good = pick(GOODS);
            if (!goods.contains(good)) {
                goods.add(good);
            }
        }
        String all = goods.get(0) + ", " + goods.get(1) + " and " + goods.get(2);
        Versions versions = versions(
                () -> listed(all, thing),
                () -> listed(pair(goods), thing),
                () -> listed("only " + goods.get(random.nextInt(3)), thing));
        Newsroom.Entity actor = actor();
        return new Fact("SET", "Goods covered by the " + thing, subjects(actor), versions);
    }

    /** Two of the three items, in the list's order. */
    private String pair(List<String> goods) {
        int left = random.nextInt(3);
        return goods.get(left) + " and " + goods.get((left + 1) % 3);
    }

    private static Report listed(String items, String thing) {
        return Report.of(items, "The " + thing + " covers " + items + ".");
    }

    /** Writes each version afresh, so that agreeing claims may spell the same value differently. */
    private static Versions versions(java.util.function.Supplier<Report> agreeing, java.util.function.Supplier<Report> consistent,
                                     java.util.function.Supplier<Report> conflicting) {
        return new Versions() {
            public Report agreeing() {
                return agreeing.get();
            }

            public Report consistent() {
                return consistent.get();
            }

            public Report conflicting() {
                return conflicting.get();
            }
        };
    }

    private Newsroom.Entity actor() {
        int which = random.nextInt(3);
        return which == 2 ? cast.government() : cast.bodies().get(which);
    }

    private List<String> subjects(Newsroom.Entity actor) {
        return List.of(actor.id(), cast.country().id());
    }

    /** What a fact is about, e.g. "interim rail corridor". */
    private String thing() {
        return pick(STAGES) + " " + pick(TOPICS) + " " + pick(OBJECTS);
    }

    private <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
