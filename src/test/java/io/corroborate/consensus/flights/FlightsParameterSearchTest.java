package io.corroborate.consensus.flights;

import io.corroborate.consensus.Accu;
import io.corroborate.consensus.Closeness;
import io.corroborate.consensus.ConsensusParams;
import io.corroborate.consensus.Grid;
import io.corroborate.consensus.Majority;
import io.corroborate.consensus.Problem;
import io.corroborate.consensus.Solution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Quick in-memory runs of the Flights benchmark for choosing parameters (step 1 of bench/flights/run.sh). */
@EnabledIfSystemProperty(named = "consensus.search", matches = "true")
class FlightsParameterSearchTest {

    private static final Path DATA = Path.of(System.getProperty("flights.data", "../shared/benchmarks/flights"));

    @Test
    void search() throws Exception {
        List<FlightsData.Cell> cells = FlightsData.cells(DATA.resolve("claims.csv"));
        Map<String, Integer> truth = new HashMap<>();
        FlightsData.truth(DATA.resolve("truth.csv")).forEach((item, value) -> truth.put(item, FlightTimes.minutes(value)));
        Set<String> flights = new TreeSet<>();
        truth.keySet().forEach(item -> flights.add(item.split(" ")[0]));
        FlightsProblem data = new FlightsProblem(cells, flights);
        Set<String> items = truth.keySet();
        if (Boolean.getBoolean("consensus.diagnose")) {
            Problem problem = data.problem(new Closeness(0.5, 0, 1));
            Solution a = Accu.solve(problem, new ConsensusParams(0.8, 10, 0.5, 0, 0.2, 5, 500, 1e-6));
            Solution b = Accu.solve(problem, new ConsensusParams(0.8, 10, 0.5, 0.8, 0.2, 5, 500, 1e-6));
            int shown = 0;
            for (Problem.Item item : problem.facts()) {
                int ba = a.facts().get(item.fact()).best();
                int bb = b.facts().get(item.fact()).best();
                if (ba != bb && shown++ < 6) {
                    System.out.println("ITEM " + item.fact() + " truth " + truth.get(item.fact()));
                    for (int v = 0; v < item.values().size(); v++) {
                        Problem.Value value = item.values().get(v);
                        System.out.printf("  %s p0=%.3f p1=%.3f voters=%s%n", value.label(), a.facts().get(item.fact()).probabilities()[v],
                                b.facts().get(item.fact()).probabilities()[v],
                                value.votes().stream().map(x -> x.source() + String.format("(%.2f,w%.2f)", b.sources().get(x.source()).reliability(), b.sources().get(x.source()).copyWeight())).toList());
                    }
                }
            }
            b.sources().forEach((s, r) -> System.out.printf("SRC %s A=%.3f (no copy %.3f) w=%.3f facts=%d%n", s, r.reliability(), a.sources().get(s).reliability(), r.copyWeight(), r.facts()));
            return;
        }
        // two halves of the flights (alternate flights in id order): parameters are chosen on one half's gold and
        // scored on the other's, both ways; the runs themselves never see gold (truth discovery is unsupervised)
        List<String> ordered = List.copyOf(flights);
        List<Set<String>> halves = List.of(new TreeSet<>(), new TreeSet<>());
        for (String item : items) {
            halves.get(ordered.indexOf(item.split(" ")[0]) % 2).add(item);
        }
        List<String> rows = new java.util.ArrayList<>();
        int[][] best = {{-1, -1}, {-1, -1}};
        String[] chosen = new String[2];
        String[] chosenSettings = new String[2];
        for (double h : Grid.values("h", 0)) {
            Problem problem = data.problem(new Closeness(0.5, h, 1));
            Solution majority = Majority.solve(problem);
            rows.add(String.format("| MAJORITY | | %d | %d | %d |", FlightsProblem.right(problem, majority, truth, halves.get(0)),
                    FlightsProblem.right(problem, majority, truth, halves.get(1)), FlightsProblem.right(problem, majority, truth, items)));
            for (ConsensusParams params : Grid.fromProperties()) {
                long t = System.nanoTime();
                Solution accu = Accu.solve(problem, params);
                int[] right = {FlightsProblem.right(problem, accu, truth, halves.get(0)), FlightsProblem.right(problem, accu, truth, halves.get(1))};
                String name = String.format("h=%s %s", h, Grid.describe(params));
                rows.add(String.format("| ACCU %s | %d, %s | %d | %d | %d |", name, accu.iterations(), accu.converged() ? "converged" : "not converged",
                        right[0], right[1], right[0] + right[1]));
                System.out.printf("FLIGHTS %s ACCU %d+%d iterations %d converged %s %.1fs%n", name, right[0], right[1], accu.iterations(),
                        accu.converged(), (System.nanoTime() - t) / 1e9);
                for (int fold = 0; fold < 2; fold++) {
                    if (accu.converged() && right[fold] > best[fold][0]) {
                        best[fold] = new int[] {right[fold], right[1 - fold]};
                        chosen[fold] = name;
                        chosenSettings[fold] = Grid.settings(params) + " -Dcorroborate.consensus.amount-closeness=" + h;
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder("| parameters | iterations | right, half A (200) | right, half B (200) | right, all (400) |\n| --- | --- | --- | --- | --- |\n");
        rows.forEach(r -> out.append(r).append('\n'));
        out.append(String.format("%nOnly runs that converged are candidates; among equals the first in the grid's order is chosen.%n"));
        out.append(String.format("Chosen on half A (%d/200 there): %s; scored on half B: %d/200.%n", best[0][0], chosen[0], best[0][1]));
        out.append(String.format("Chosen on half B (%d/200 there): %s; scored on half A: %d/200.%n", best[1][0], chosen[1], best[1][1]));
        out.append(String.format("Two-fold cross-validated precision: (%d + %d) / 400 = %.3f.%n", best[0][1], best[1][1], (best[0][1] + best[1][1]) / 400.0));
        System.out.println(out);
        java.nio.file.Files.writeString(Path.of("target/flights-params.md"), out.toString());
        java.nio.file.Files.writeString(Path.of("target/flights-chosen.args"), chosenSettings[0] + "\n");
    }
}
