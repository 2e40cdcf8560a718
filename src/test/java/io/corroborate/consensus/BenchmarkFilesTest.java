package io.corroborate.consensus;

import io.corroborate.consensus.book.BookData;
import io.corroborate.consensus.flights.FlightsData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Writes the benchmarks' import files (target/book-claims.jsonl, target/flights-claims.jsonl) for bench/consensus/memory.sh. */
@EnabledIfSystemProperty(named = "bench.files", matches = "true")
class BenchmarkFilesTest {

    @Test
    void write() throws Exception {
        BookData.writeImportFile(java.nio.file.Path.of("target/book-claims.jsonl"));
        FlightsData.writeImportFile(java.nio.file.Path.of("target/flights-claims.jsonl"));
    }
}
