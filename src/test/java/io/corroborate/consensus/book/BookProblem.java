package io.corroborate.consensus.book;

import io.corroborate.compare.ComparedClaim;
import io.corroborate.compare.Tolerances;
import io.corroborate.consensus.Candidates;
import io.corroborate.consensus.Closeness;
import io.corroborate.consensus.Problem;
import io.corroborate.consensus.Solution;
import io.corroborate.value.TextValue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Book benchmark as a truth-discovery problem in memory, grouped and compared as the service groups the
 * imported story ({@link Candidates}, same claims as {@link BookData#importLines}): for trying parameters
 * without a database.
 */
final class BookProblem {

    private final Map<String, List<ComparedClaim>> claims = new TreeMap<>();

    BookProblem(List<BookData.Listing> listings) {
        Set<String> seen = new HashSet<>();
        for (BookData.Listing listing : listings) {
            String reading = AuthorNames.normalise(listing.authors());
            if (reading.isEmpty() || !seen.add(listing.isbn() + "\n" + listing.store() + "\n" + listing.authors())) {
                continue;
            }
            List<ComparedClaim> fact = claims.computeIfAbsent(listing.isbn(), k -> new ArrayList<>());
            fact.add(new ComparedClaim(listing.isbn() + "/" + fact.size(), BookData.sourceId(listing.store()), listing.store(),
                    listing.authors(), new TextValue(reading, null), null, Set.of()));
        }
    }

    Problem problem() {
        List<Problem.Item> items = new ArrayList<>();
        claims.forEach((isbn, list) -> items.add(Candidates.of(isbn, list, Tolerances.DEFAULT, Closeness.DEFAULT).item()));
        return new Problem(items);
    }

    /** Books (ISBN as in book.txt → expected last names) whose chosen author list reads the expected names. */
    static int right(Problem problem, Solution solution, Map<String, String> expected) {
        Map<String, String> reading = new TreeMap<>();
        int right = 0;
        for (Problem.Item item : problem.facts()) {
            Solution.FactResult result = solution.facts().get(item.fact());
            if (expected.containsKey(item.fact()) && result != null) {
                String written = item.values().get(result.best()).votes().get(0).written();
                right += expected.get(item.fact()).equals(reading.computeIfAbsent(written, AuthorNames::normalise)) ? 1 : 0;
            }
        }
        return right;
    }

    /** ISBN-13 of an ISBN-10 (978 prefix, new check digit); other strings unchanged. */
    static String isbn13(String isbn) {
        if (!isbn.matches("\\d{9}[\\dXx]")) {
            return isbn;
        }
        String body = "978" + isbn.substring(0, 9);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (body.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return body + (10 - sum % 10) % 10;
    }
}
