package io.corroborate.curation;

import io.corroborate.GraphQL;
import io.corroborate.source.Source;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every excerpt served over GraphQL is, character for character, the article text at its offsets. */
@QuarkusTest
class ProvenanceTest {

    @Inject
    CorpusConfig config;

    @Test
    @SuppressWarnings("unchecked")
    void everyExcerptIsTheArticleTextAtItsOffsetsWithItsContext() throws Exception {
        Map<String, String> articles = articlesBySourceId();
        int checked = 0;
        // source by source (sources without article text carry no excerpt): all sources' claims at once may be more
        // than the cost limit allows once the benchmark tests have imported their data sets
        for (Map.Entry<String, String> article : articles.entrySet()) {
            Map<String, Object> source = GraphQL.data("""
                    query($id: ID!) { source(id: $id) { id contentSha256 claims { id valueAsWritten
                        excerpt { exact start end prefix suffix } } } }""", Map.of("id", article.getKey())).get("source");
            String text = article.getValue();
            assertEquals(sha256(text), source.get("contentSha256"), "hash of " + source.get("id"));
            for (Map<String, Object> claim : (List<Map<String, Object>>) source.get("claims")) {
                Map<String, Object> excerpt = (Map<String, Object>) claim.get("excerpt");
                int start = (Integer) excerpt.get("start");
                int end = (Integer) excerpt.get("end");
                String id = (String) claim.get("id");
                assertEquals(excerpt.get("exact"), codePoints(text, start, end), "excerpt of claim " + id);
                assertEquals(excerpt.get("prefix"), codePoints(text, Math.max(0, start - 32), start), "prefix of claim " + id);
                int length = text.codePointCount(0, text.length());
                assertEquals(excerpt.get("suffix"), codePoints(text, end, Math.min(length, end + 32)), "suffix of claim " + id);
                assertTrue(((String) excerpt.get("exact")).contains((String) claim.get("valueAsWritten")), "value of claim " + id);
                checked++;
            }
        }
        assertTrue(checked >= 80, "checked " + checked + " excerpts");
    }

    private Map<String, String> articlesBySourceId() throws IOException {
        Map<String, String> articles = new HashMap<>();
        for (Source source : Source.<Source>listAll()) {
            if (source.articleFile == null && source.articleText != null) {
                articles.put(source.key, source.articleText); // added through the API with its text
                continue;
            }
            if (source.articleFile == null) {
                continue;
            }
            Path file = config.articles().resolve(source.articleFile);
            assertTrue(Files.isRegularFile(file), "the seed article " + file.toAbsolutePath() + " must be present for this test");
            articles.put(source.key, Files.readString(file, StandardCharsets.UTF_8));
        }
        return articles;
    }

    private static String codePoints(String text, int start, int end) {
        int[] points = text.codePoints().toArray();
        return new String(points, start, end - start);
    }

    private static String sha256(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
