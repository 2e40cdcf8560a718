package io.corroborate.consensus.book;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The AbeBooks Book benchmark (../shared/benchmarks/book) as Corroborate import lines: every book is a TEXT
 * fact ("Authors of …"), every store a source without article text, every listing a claim whose value is the
 * author list as the store wrote it, read as its normalised last names.
 */
public final class BookData {

    static final String STORY = "book-benchmark";
    private static final ObjectMapper JSON = new ObjectMapper();

    record Listing(String store, String isbn, String title, String authors) {
    }

    private BookData() {
    }

    static List<Listing> listings(Path file) throws IOException {
        List<Listing> listings = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.replace("\r", "").split("\t", -1);
            if (f.length >= 4) {
                listings.add(new Listing(f[0].strip(), f[1].strip(), f[2].strip(), f[3].strip()));
            }
        }
        return listings;
    }

    /** Gold author lists by ISBN, written as in book.txt. */
    static Map<String, String> gold(Path file) throws IOException {
        Map<String, String> gold = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.replace("\r", "").split("\t", 2);
            if (f.length == 2 && !f[0].isBlank()) {
                gold.put(f[0].strip(), f[1].strip());
            }
        }
        return gold;
    }

    static String factId(String isbn) {
        return "isbn-" + isbn.toLowerCase(Locale.ROOT);
    }

    static String sourceId(String store) {
        String slug = store.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return "store-" + (slug.isEmpty() ? Integer.toHexString(store.hashCode()) : slug) + "-" + Integer.toHexString(store.hashCode() & 0xffff);
    }

    /** JSON Lines for the listings of the given books (all books when null); listings naming nobody are left out. */
    static String importLines(List<Listing> listings, Set<String> books) throws IOException {
        StringBuilder lines = new StringBuilder();
        Map<String, String> titles = new LinkedHashMap<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Listing listing : listings) {
            titles.putIfAbsent(listing.isbn(), listing.title());
            String normalised = AuthorNames.normalise(listing.authors());
            if ((books != null && !books.contains(listing.isbn())) || normalised.isEmpty()
                    || !seen.add(listing.isbn() + "\n" + listing.store() + "\n" + listing.authors())) {
                // a store listing the same authors twice for a book says it once (the import refuses repeats)
                continue;
            }
            Map<String, String> line = new LinkedHashMap<>();
            line.put("fact", factId(listing.isbn()));
            line.put("story", STORY);
            line.put("kind", "TEXT");
            line.put("question", "Authors of " + shorten(titles.get(listing.isbn())) + " (ISBN " + listing.isbn() + ")");
            line.put("source", sourceId(listing.store()));
            line.put("sourceHeadline", "Listings of " + listing.store());
            line.put("sourceOutlet", listing.store());
            line.put("value", listing.authors());
            line.put("interpretedAs", normalised);
            lines.append(JSON.writeValueAsString(line)).append('\n');
        }
        return lines.toString();
    }

    /** All listings as one import file, as the full benchmark run imports them. */
    public static void writeImportFile(Path file) throws IOException {
        Path data = Path.of(System.getProperty("book.data", "../shared/benchmarks/book"));
        Files.writeString(file, importLines(listings(data.resolve("book.txt")), null));
    }

    private static String shorten(String title) {
        return title.length() > 200 ? title.substring(0, 200) : title;
    }
}
