package io.corroborate.compare;

import io.corroborate.value.QuoteValue;
import java.util.*;

/** Times the cross-fact misattribution check on a synthetic story: N quote facts, two 8-word quotes each. */
public class AttributionBench {
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        Random r = new Random(1);
        List<Comparison.FactClaims> facts = new ArrayList<>();
        for (int f = 0; f < n; f++) {
            List<ComparedClaim> claims = new ArrayList<>();
            for (int c = 0; c < 2; c++) {
                StringBuilder s = new StringBuilder();
                for (int w = 0; w < 8; w++) s.append(w == 0 ? "" : " ").append("w").append(r.nextInt(5000));
                claims.add(new ComparedClaim("f" + f + "/" + c, "s" + r.nextInt(200), "s", s.toString(), new QuoteValue(s.toString(), 1L), "p" + r.nextInt(500), Set.of()));
            }
            facts.add(new Comparison.FactClaims("f" + f, claims));
        }
        long t = System.nanoTime();
        int found = Attribution.across(facts, Tolerances.DEFAULT, EntityGraph.NONE).size();
        System.out.printf("indexed: %d facts, %d quotes: %.2f s, %d suspects%n", n, 2 * n, (System.nanoTime() - t) / 1e9, found);
        if (args.length > 1) {
            t = System.nanoTime();
            int pairs = 0;
            for (int f = 0; f < n; f++) for (int g = f + 1; g < n; g++)
                for (ComparedClaim a : facts.get(f).claims()) for (ComparedClaim b : facts.get(g).claims())
                    if (!a.source().equals(b.source()) && QuoteRule.sharedWords(a.written(), b.written()) >= 2) pairs++;
            System.out.printf("pairwise: %.2f s, %d pairs%n", (System.nanoTime() - t) / 1e9, pairs);
        }
    }
}
