package io.corroborate.curation;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** Reads the article texts the corpus was curated from, from the configured directory. */
@ApplicationScoped
public class ArticleTexts {

    private final Path directory;

    public ArticleTexts(CorpusConfig config) {
        this.directory = config.articles();
    }

    /** The article's text, or empty when the file is not there (e.g. on a server without the seed articles). */
    public Optional<Article> read(String file) {
        Path path = directory.resolve(file).normalize();
        if (!path.startsWith(directory.normalize()) || !Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(path);
            return Optional.of(new Article(new String(bytes, StandardCharsets.UTF_8), sha256(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read article " + path, e);
        }
    }

    public Path directory() {
        return directory;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public record Article(String text, String sha256) {
    }
}
