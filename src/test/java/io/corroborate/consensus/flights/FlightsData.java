package io.corroborate.consensus.flights;

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
import java.util.function.Function;

/**
 * The Flights benchmark (../shared/benchmarks/flights) as Corroborate import lines: every (flight, time
 * attribute) is a fact, every web source a source without article text, every non-empty cell a claim whose
 * value is the time as the source wrote it.
 */
public final class FlightsData {

    static final List<String> ATTRIBUTES = List.of("sched_dep_time", "act_dep_time", "sched_arr_time", "act_arr_time");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One non-empty cell of claims.csv (or truth.csv). */
    record Cell(String source, String flight, String attribute, String value) {
        String item() {
            return flight + " " + attribute;
        }
    }

    private FlightsData() {
    }

    /** The non-empty cells in file order (claims.csv and truth.csv have no quoted fields). */
    static List<Cell> cells(Path file) throws IOException {
        List<Cell> cells = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.replace("\r", "").split(",", -1);
            for (int i = 0; i < ATTRIBUTES.size(); i++) {
                String value = f[3 + i].strip();
                if (!value.isEmpty()) {
                    cells.add(new Cell(f[1].strip(), f[2].strip(), ATTRIBUTES.get(i), value));
                }
            }
        }
        return cells;
    }

    /** The true value as written in truth.csv, by item ("flight attribute"); the same on every row of a flight. */
    static Map<String, String> truth(Path file) throws IOException {
        Map<String, String> truth = new java.util.TreeMap<>();
        cells(file).forEach(c -> truth.putIfAbsent(c.item(), c.value()));
        return truth;
    }

    /** All flights as one import file into story "flights-benchmark", times as minutes after midnight. */
    public static void writeImportFile(Path file) throws IOException {
        Path data = Path.of(System.getProperty("flights.data", "../shared/benchmarks/flights"));
        List<Cell> cells = cells(data.resolve("claims.csv"));
        Set<String> flights = new java.util.TreeSet<>();
        cells.forEach(c -> flights.add(c.flight()));
        Files.writeString(file, importLines("flights-benchmark", "QUANTITY", cells, flights, FlightTimes::asMinutes));
    }

    static String factId(String story, String item) {
        return story + "-" + item.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /**
     * JSON Lines for the cells of the given flights, in the given order, into the story as facts of the kind
     * (QUANTITY: the time as minutes after midnight; TEXT: as a string); {@code reading} gives the
     * claim's interpretedAs, and cells it cannot read are left out. A source writing the same value twice for an
     * item says it once (the import refuses repeats).
     */
    static String importLines(String story, String kind, List<Cell> cells, Set<String> flights, Function<String, String> reading) throws IOException {
        StringBuilder lines = new StringBuilder();
        Set<String> seen = new java.util.HashSet<>();
        for (Cell cell : cells) {
            String read = reading.apply(cell.value());
            if (!flights.contains(cell.flight()) || read == null || !seen.add(cell.item() + "\n" + cell.source() + "\n" + cell.value())) {
                continue;
            }
            Map<String, String> line = new LinkedHashMap<>();
            line.put("fact", factId(story, cell.item()));
            line.put("story", story);
            line.put("kind", kind);
            line.put("question", cell.attribute().replace('_', ' ') + " of flight " + cell.flight() + " on 2011-12-01");
            line.put("source", "flights-src-" + cell.source().toLowerCase(Locale.ROOT));
            line.put("sourceHeadline", "Flight times on " + cell.source());
            line.put("sourceOutlet", cell.source());
            line.put("value", cell.value());
            line.put("interpretedAs", read);
            lines.append(JSON.writeValueAsString(line)).append('\n');
        }
        return lines.toString();
    }
}
