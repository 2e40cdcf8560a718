package io.corroborate.consensus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Parameter grids for the benchmark searches, from system properties (grid.rho=0.3,0.5 …), defaults elsewhere. */
public final class Grid {

    private Grid() {
    }

    public static double[] values(String name, double fallback) {
        String list = System.getProperty("grid." + name);
        return list == null ? new double[] {fallback} : Arrays.stream(list.split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    public static List<ConsensusParams> fromProperties() {
        ConsensusParams d = ConsensusParams.DEFAULT;
        List<ConsensusParams> grid = new ArrayList<>();
        for (double n : values("n", d.falseValues())) {
            for (double rho : values("rho", d.similarityWeight())) {
                for (double c : values("c", d.copyDiscount())) {
                    for (double alpha : values("alpha", d.copyPrior())) {
                        for (double a0 : values("a0", d.initialReliability())) {
                            grid.add(new ConsensusParams(a0, (int) n, rho, c, alpha, d.minSharedFacts(), d.maxIterations(), d.tolerance()));
                        }
                    }
                }
            }
        }
        return grid;
    }

    /** The parameters as the service's settings, for a run through the service (-D…). */
    public static String settings(ConsensusParams p) {
        return String.format(java.util.Locale.ROOT, "-Dcorroborate.consensus.false-values=%d -Dcorroborate.consensus.similarity-weight=%s"
                + " -Dcorroborate.consensus.copy-discount=%s -Dcorroborate.consensus.copy-prior=%s -Dcorroborate.consensus.initial-reliability=%s",
                p.falseValues(), p.similarityWeight(), p.copyDiscount(), p.copyPrior(), p.initialReliability());
    }

    public static String describe(ConsensusParams p) {
        return String.format("n=%d rho=%.2f c=%.2f alpha=%.2f a0=%.2f", p.falseValues(), p.similarityWeight(), p.copyDiscount(),
                p.copyPrior(), p.initialReliability());
    }
}
