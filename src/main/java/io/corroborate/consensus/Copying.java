package io.corroborate.consensus;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * How likely two sources copy each other, judged from their wording: over the facts both report, the share
 * where they write the value identically (character for character), in excess of the average share over all
 * pairs (short values such as "2003" are written alike by independent outlets too), rescaled to [0, 1].
 * Pairs sharing fewer facts than the minimum are taken as independent.
 */
final class Copying {

    private Copying() {
    }

    static Map<String, Map<String, Double>> between(Problem problem, int minShared) {
        Map<String, Map<String, int[]>> counts = new TreeMap<>();
        for (Problem.Item item : problem.facts()) {
            Map<String, String> byVoter = new TreeMap<>();
            item.values().forEach(v -> v.votes().forEach(vote -> byVoter.putIfAbsent(vote.source(), vote.written())));
            String[] voters = byVoter.keySet().toArray(String[]::new);
            for (int i = 0; i < voters.length; i++) {
                for (int j = i + 1; j < voters.length; j++) {
                    int[] c = counts.computeIfAbsent(voters[i], k -> new TreeMap<>()).computeIfAbsent(voters[j], k -> new int[2]);
                    c[0]++;
                    if (byVoter.get(voters[i]).equals(byVoter.get(voters[j]))) {
                        c[1]++;
                    }
                }
            }
        }
        double[] baseline = new double[2];
        counts.forEach((a, row) -> row.forEach((b, c) -> {
            if (c[0] >= minShared) {
                baseline[0] += (double) c[1] / c[0];
                baseline[1]++;
            }
        }));
        double base = baseline[1] == 0 ? 0 : baseline[0] / baseline[1];
        Map<String, Map<String, Double>> dependence = new HashMap<>();
        counts.forEach((a, row) -> row.forEach((b, c) -> {
            double share = (double) c[1] / c[0];
            if (c[0] >= minShared && share > base && base < 1) {
                double d = (share - base) / (1 - base);
                dependence.computeIfAbsent(a, k -> new HashMap<>()).put(b, d);
                dependence.computeIfAbsent(b, k -> new HashMap<>()).put(a, d);
            }
        }));
        return dependence;
    }
}
