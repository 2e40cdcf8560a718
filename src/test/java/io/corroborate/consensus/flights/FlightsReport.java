package io.corroborate.consensus.flights;

import io.corroborate.consensus.ConsensusStrategy;

import java.util.Map;

/** The Flights benchmark's figures as the Markdown that bench/flights/RESULTS.md ends with. */
final class FlightsReport {

    private FlightsReport() {
    }

    static String of(int items, Map<String, Integer> right, Map<String, Integer> orderDiffers,
                     Map<ConsensusStrategy, Double> seconds, Map<String, Object> figures) {
        StringBuilder out = new StringBuilder(String.format("Flights benchmark: %d items scored, %d readable claims imported in %.1f s%n",
                items, (Long) figures.get("claims"), (Double) figures.get("importSeconds")));
        out.append("| method | right | precision | run time |\n| --- | --- | --- | --- |\n");
        row(out, "majority on exact strings, computed on the CSV (ties: first in the file)", figures.get("majorityInFileOrder"), items, null);
        row(out, "Corroborate MAJORITY on exact strings (story flights-exact)", right.get("MAJORITY exact"), items, null);
        row(out, "Corroborate MAJORITY (story flights-benchmark: times as numbers)", right.get("MAJORITY"), items, seconds.get(ConsensusStrategy.MAJORITY));
        row(out, "**Corroborate ACCU** (story flights-benchmark: times as numbers)", right.get("ACCU"), items, seconds.get(ConsensusStrategy.ACCU));
        row(out, "Corroborate MAJORITY, times as text (story flights-text, the former treatment)", right.get("MAJORITY text"), items, null);
        row(out, "Corroborate ACCU, times as text (story flights-text, the former treatment)", right.get("ACCU text"), items, null);
        row(out, "Corroborate ACCU on exact strings (story flights-exact)", right.get("ACCU exact"), items, null);
        row(out, "ceiling: some source gives the true value, exact string", figures.get("ceilingExact"), items, null);
        row(out, "ceiling: some source gives the true value, times normalised", figures.get("ceilingTimes"), items, null);
        out.append(String.format("""

                ACCU on flights-benchmark: %s iterations, residual %.1e, converged: %s.
                Shuffled line order (story flights-shuffled, seed 20111201), items whose chosen time differs from the
                file-order run: MAJORITY %d, ACCU %d (of %d).
                Peak Java heap in use during the import and both runs (test and service share one JVM): %d MiB
                sampled every 10 ms; %d MiB as the sum of the heap pools' own peaks (an upper bound).
                """, figures.get("iterations"), figures.get("residual"), figures.get("converged"), orderDiffers.get("MAJORITY"), orderDiffers.get("ACCU"), items,
                mib(figures.get("heapSampled")), mib(figures.get("heapPools"))));
        return out.toString();
    }

    private static void row(StringBuilder out, String method, Object right, int items, Double seconds) {
        out.append(String.format("| %s | %d | %.3f | %s |%n", method, (Integer) right, ((Integer) right).doubleValue() / items,
                seconds == null ? "" : String.format("%.2f s", seconds)));
    }

    private static long mib(Object bytes) {
        return (Long) bytes / (1024 * 1024);
    }
}
