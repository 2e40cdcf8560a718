package io.corroborate.consensus.book;

import io.corroborate.consensus.Accu;
import io.corroborate.consensus.ConsensusParams;
import io.corroborate.consensus.Grid;
import io.corroborate.consensus.Majority;
import io.corroborate.consensus.Problem;
import io.corroborate.consensus.Solution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Quick in-memory runs of the Book benchmark for choosing parameters on the silver set (step 1 of bench/book/run.sh). */
@EnabledIfSystemProperty(named = "consensus.search", matches = "true")
class BookParameterSearchTest {

    private static final Path DATA = Path.of(System.getProperty("book.data", "../shared/benchmarks/book"));

    @Test
    void search() throws Exception {
        List<BookData.Listing> listings = BookData.listings(DATA.resolve("book.txt"));
        Map<String, String> goldByIsbn = BookData.gold(DATA.resolve("book_golden.txt"));
        Map<String, String> silver13 = new HashMap<>();
        for (String line : Files.readAllLines(DATA.resolve("book_silver.txt"))) {
            String[] f = line.replace("\r", "").split("\t", 2);
            if (f.length == 2) {
                silver13.put(f[0].strip(), AuthorNames.normalise(f[1].replace(";", "; ").replace(",", ", ")));
            }
        }
        Map<String, String> gold = new HashMap<>();
        Map<String, String> silver = new HashMap<>();
        for (BookData.Listing l : listings) {
            String isbn13 = BookProblem.isbn13(l.isbn());
            if (goldByIsbn.containsKey(l.isbn())) {
                gold.put(l.isbn(), AuthorNames.normalise(goldByIsbn.get(l.isbn()).replace(";", "; ").replace(",", ", ")));
            } else if (!goldByIsbn.containsKey(isbn13) && silver13.containsKey(isbn13) && !silver13.get(isbn13).isEmpty()) {
                silver.put(l.isbn(), silver13.get(isbn13));
            }
        }
        Problem problem = new BookProblem(listings).problem();
        Solution majority = Majority.solve(problem);
        System.out.printf("BOOK %d gold, %d silver books; MAJORITY gold %d silver %d%n", gold.size(), silver.size(),
                BookProblem.right(problem, majority, gold), BookProblem.right(problem, majority, silver));
        StringBuilder table = new StringBuilder("| parameters | iterations | right on the silver set (%d books) | right on the gold set (100 books) |\n| --- | --- | --- | --- |\n"
                .formatted(silver.size()));
        int bestSilver = -1;
        String chosen = null;
        int chosenGold = 0;
        for (ConsensusParams params : Grid.fromProperties()) {
            long t = System.nanoTime();
            Solution s = Accu.solve(problem, params);
            int onSilver = BookProblem.right(problem, s, silver);
            int onGold = BookProblem.right(problem, s, gold);
            System.out.printf("BOOK %s silver %d gold %d iterations %d %s %.1fs%n", Grid.describe(params), onSilver, onGold,
                    s.iterations(), s.converged(), (System.nanoTime() - t) / 1e9);
            table.append(String.format("| %s | %d%s | %d | %d |%n", Grid.describe(params), s.iterations(), s.converged() ? "" : " (not converged)",
                    onSilver, onGold));
            if (s.converged() && onSilver > bestSilver) {
                bestSilver = onSilver;
                chosen = Grid.describe(params);
                chosenGold = onGold;
            }
        }
        table.append(String.format("%nChosen on the silver set (%d/%d right there, of the runs that converged, the first such in the grid's order): %s; on the gold set: %d/100.%n",
                bestSilver, silver.size(), chosen, chosenGold));
        System.out.println(table);
        Files.writeString(Path.of("target/book-params.md"), table.toString());
    }
}
