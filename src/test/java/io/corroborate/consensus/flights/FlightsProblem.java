package io.corroborate.consensus.flights;

import io.corroborate.compare.ComparedClaim;
import io.corroborate.compare.Tolerances;
import io.corroborate.consensus.Candidates;
import io.corroborate.consensus.Closeness;
import io.corroborate.consensus.Problem;
import io.corroborate.consensus.Solution;
import io.corroborate.value.Qualifier;
import io.corroborate.value.QuantityValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Flights benchmark as a truth-discovery problem in memory, grouped and compared exactly as the service
 * groups a story's claims ({@link Candidates}): for trying parameters quickly, without a database. Each
 * time is a QUANTITY in minutes after midnight, as the benchmark story imports it.
 */
final class FlightsProblem {

    private final Map<String, List<ComparedClaim>> claims = new TreeMap<>();

    FlightsProblem(List<FlightsData.Cell> cells, Set<String> flights) {
        Set<String> seen = new HashSet<>();
        for (FlightsData.Cell cell : cells) {
            Integer minutes = FlightTimes.minutes(cell.value());
            if (!flights.contains(cell.flight()) || minutes == null || !seen.add(cell.item() + "\n" + cell.source() + "\n" + cell.value())) {
                continue;
            }
            List<ComparedClaim> fact = claims.computeIfAbsent(cell.item(), k -> new ArrayList<>());
            fact.add(new ComparedClaim(cell.item() + "/" + fact.size(), cell.source(), cell.source(), cell.value(),
                    new QuantityValue(BigDecimal.valueOf(minutes), "minutes", Qualifier.EXACT), null, Set.of()));
        }
    }

    Problem problem(Closeness closeness) {
        List<Problem.Item> items = new ArrayList<>();
        claims.forEach((item, list) -> items.add(Candidates.of(item, list, Tolerances.DEFAULT, closeness).item()));
        return new Problem(items);
    }

    /** Items (of those given) whose chosen value reads the true time. */
    static int right(Problem problem, Solution solution, Map<String, Integer> truth, Set<String> items) {
        int right = 0;
        for (Problem.Item item : problem.facts()) {
            Solution.FactResult result = solution.facts().get(item.fact());
            if (items.contains(item.fact()) && result != null) {
                String written = item.values().get(result.best()).votes().get(0).written();
                right += truth.get(item.fact()).equals(FlightTimes.minutes(written)) ? 1 : 0;
            }
        }
        return right;
    }
}
