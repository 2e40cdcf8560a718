package io.corroborate.scale;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates a deterministic synthetic newsroom corpus of N claims from a seed, shaped like the seed story:
 * N/500 articles (at most 2,000) spread over N/50,000 stories (2 to 20), about ten claims per fact, the seed's
 * mix of kinds and its share of single-source, consistent and conflicting facts. Every claim's excerpt is a
 * sentence of its article and holds its value.
 *
 * <pre>java -cp target/test-classes io.corroborate.scale.ScaleCorpus --claims N --seed S --out DIR [--subjects]</pre>
 *
 * Writes to DIR: setup.jsonl (GraphQL requests adding the stories, entities, relations and sources, in order),
 * claims.jsonl (for POST /import/claims; a fact's first line creates it), facts.txt and stories.txt (ids, one
 * per line) and manifest.json (counts and the intended verdicts). With --subjects a fact's first line also
 * lists its subject entities.
 */
public final class ScaleCorpus {

    /** The seed corpus's mix: DATE 18, YES_NO 16, QUOTE 15, SET 6, QUANTITY 5, TEXT 4 (its ENTITY facts are left out). */
    private static final String[] KINDS = {"DATE", "YES_NO", "QUOTE", "SET", "QUANTITY", "TEXT"};
    private static final int[] KIND_WEIGHTS = {18, 16, 15, 6, 5, 4};
    /** Share of facts with one claim in the seed corpus: 30 of 73. */
    private static final double SINGLE_SOURCE = 0.3;
    /** Among facts with several claims: 4 of the seed's 43 conflict. */
    private static final double CONFLICT = 0.09;
    private static final double CONSISTENT = 0.3;
    /** Free-text answers worded apart (a WORDING_DIFFERS verdict, never a conflict): 2 of the seed's 4. */
    private static final double TEXT_WORDED_APART = 0.5;
    private static final int SENTENCES_PER_PARAGRAPH = 4;

    private final long claims;
    private final Random random;
    private final boolean subjects;
    private final Newsroom newsroom;
    private final List<StringBuilder> articles = new ArrayList<>();
    private final int[] sentences;
    private final Map<String, Long> kinds = new java.util.TreeMap<>();
    private final Map<String, Long> verdicts = new java.util.TreeMap<>();

    ScaleCorpus(long claims, long seed, boolean subjects) {
        this.claims = claims;
        this.random = new Random(seed);
        this.subjects = subjects;
        int stories = (int) Math.max(2, Math.min(20, Math.round(claims / 50_000.0)));
        int sources = (int) Math.max(10, Math.min(2_000, claims / 500));
        this.newsroom = new Newsroom(stories, sources, random);
        for (Newsroom.Source source : newsroom.sources) {
            articles.add(new StringBuilder(source.headline()).append("\n\n"));
        }
        this.sentences = new int[sources];
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--subjects")) {
                options.put("subjects", "true");
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("usage: ScaleCorpus --claims N --seed S --out DIR [--subjects]");
            }
        }
        Path out = Path.of(options.getOrDefault("out", "target/scale-corpus"));
        new ScaleCorpus(Long.parseLong(options.getOrDefault("claims", "10000")), Long.parseLong(options.getOrDefault("seed", "1")),
                options.containsKey("subjects")).write(out);
        System.out.println(Files.readString(out.resolve("manifest.json")));
    }

    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (BufferedWriter claimLines = Files.newBufferedWriter(dir.resolve("claims.jsonl"), StandardCharsets.UTF_8);
             BufferedWriter factIds = Files.newBufferedWriter(dir.resolve("facts.txt"), StandardCharsets.UTF_8)) {
            long written = 0;
            for (int n = 1; written < claims; n++) {
                String id = String.format("fact-%06d", n);
                written += fact(id, (int) Math.min(claimCount(), claims - written), claimLines);
                factIds.write(id + "\n");
            }
        }
        Files.write(dir.resolve("stories.txt"), newsroom.stories.stream().map(Newsroom.Story::id).toList(), StandardCharsets.UTF_8);
        Files.write(dir.resolve("setup.jsonl"), new Setup(newsroom, articles).requests(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("manifest.json"), manifest() + "\n", StandardCharsets.UTF_8);
    }

    private int claimCount() {
        return random.nextDouble() < SINGLE_SOURCE ? 1 : 2 + random.nextInt(24);
    }

    /** Writes one fact's claims (at most one per source of its story) and returns how many it wrote. */
    private int fact(String id, int wanted, BufferedWriter out) throws IOException {
        int story = random.nextInt(newsroom.stories.size());
        List<Newsroom.Source> sources = sample(newsroom.sourcesOf(story), wanted);
        String kind = kind();
        Coverage.Fact fact = new Coverage(random, newsroom.stories.get(story).cast()).next(kind);
        Coverage.Outcome outcome = outcome(kind, sources.size());
        kinds.merge(kind, 1L, Long::sum);
        verdicts.merge(sources.size() == 1 ? "SINGLE_SOURCE" : kind.equals("TEXT") && outcome == Coverage.Outcome.CONFLICT ? "WORDING_DIFFERS"
                : kind.equals("TEXT") ? "AGREE" : outcome.name(), 1L, Long::sum);
        int odd = random.nextInt(sources.size());
        for (int i = 0; i < sources.size(); i++) {
            Coverage.Report report = i != odd || outcome == Coverage.Outcome.AGREE ? fact.versions().agreeing()
                    : outcome == Coverage.Outcome.CONFLICT ? fact.versions().conflicting() : fact.versions().consistent();
            Newsroom.Source source = sources.get(i);
            JsonText line = new JsonText().put("fact", id).put("source", source.id()).put("value", report.value())
                    .put("excerpt", report.sentence()).put("speaker", report.speaker()).put("interpretedAs", report.interpretedAs());
            if (i == 0) {
                line.put("story", newsroom.stories.get(story).id()).put("kind", kind).put("question", fact.question());
                if (subjects) {
                    line.put("subjects", fact.subjects());
                }
            }
            out.write(line + "\n");
            print(source.index(), report.sentence());
        }
        return sources.size();
    }

    private Coverage.Outcome outcome(String kind, int claimCount) {
        double draw = random.nextDouble();
        if (kind.equals("TEXT") && claimCount > 1) {
            return draw < TEXT_WORDED_APART ? Coverage.Outcome.CONFLICT : Coverage.Outcome.AGREE;
        }
        if (claimCount == 1 || draw >= CONFLICT + CONSISTENT) {
            return Coverage.Outcome.AGREE;
        }
        return draw < CONFLICT ? Coverage.Outcome.CONFLICT : Coverage.Outcome.CONSISTENT;
    }

    private String kind() {
        int draw = random.nextInt(java.util.Arrays.stream(KIND_WEIGHTS).sum());
        for (int i = 0; ; i++) {
            draw -= KIND_WEIGHTS[i];
            if (draw < 0) {
                return KINDS[i];
            }
        }
    }

    private <T> List<T> sample(List<T> all, int size) {
        List<T> pool = new ArrayList<>(all);
        int wanted = Math.min(size, pool.size());
        for (int i = 0; i < wanted; i++) {
            java.util.Collections.swap(pool, i, i + random.nextInt(pool.size() - i));
        }
        return pool.subList(0, wanted);
    }

    /** Adds a sentence to an article, starting a new paragraph every few sentences. */
    private void print(int source, String sentence) {
        int before = sentences[source]++;
        articles.get(source).append(before == 0 ? "" : before % SENTENCES_PER_PARAGRAPH == 0 ? "\n\n" : " ").append(sentence);
    }

    private String manifest() {
        long facts = kinds.values().stream().mapToLong(Long::longValue).sum();
        JsonText manifest = new JsonText().put("claims", claims).put("facts", facts).put("stories", newsroom.stories.size())
                .put("sources", newsroom.sources.size()).put("entities", newsroom.entities.size())
                .put("relations", newsroom.relations.size());
        return manifest.raw("kinds", counted(kinds)).raw("intendedVerdicts", counted(verdicts)).toString();
    }

    private static String counted(Map<String, Long> counts) {
        JsonText json = new JsonText();
        counts.forEach(json::put);
        return json.toString();
    }
}
