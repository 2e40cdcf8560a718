package io.corroborate.compare;

import io.corroborate.value.QuantityValue;
import io.corroborate.value.Qualifier;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Amounts are intervals set by their hedge: exact x is [x, x]; at least x is [x, ∞); more than x is (x, ∞);
 * at most x is (−∞, x]; fewer than x is (−∞, x); about x is x ± about·|x|; nearly x is [x − nearly·|x|, x].
 * The same value with the same hedge agrees; overlapping intervals are consistent; disjoint ones conflict.
 * Different units never agree: they conflict with kind UNIT. A missing unit is compatible with any unit but
 * never agrees with a stated one.
 */
public final class QuantityRule {

    private QuantityRule() {
    }

    public static Relation relate(QuantityValue a, QuantityValue b, Tolerances tolerances) {
        if (a.unit() != null && b.unit() != null && !a.unit().equals(b.unit())) {
            return Relation.conflict(ConflictKind.UNIT, "one counts " + a.unit() + ", the other " + b.unit());
        }
        Range x = Range.of(a, tolerances);
        Range y = Range.of(b, tolerances);
        if (!x.overlaps(y)) {
            return Relation.conflict(ConflictKind.VALUE, "the amounts cannot both be right");
        }
        if (a.amount().compareTo(b.amount()) == 0 && a.qualifier() == b.qualifier() && Objects.equals(a.unit(), b.unit())) {
            return Relation.EQUAL;
        }
        return Relation.consistent(a.qualifier() == b.qualifier() && a.amount().compareTo(b.amount()) != 0
                ? "the amounts differ within the tolerance of their hedges"
                : "they differ in precision or hedging");
    }

    /** An interval with optional, possibly open, ends (a null end is unbounded). */
    record Range(BigDecimal low, boolean lowOpen, BigDecimal high, boolean highOpen) {

        static Range of(QuantityValue q, Tolerances t) {
            BigDecimal x = q.amount();
            BigDecimal about = x.abs().multiply(t.about());
            return switch (q.qualifier()) {
                case EXACT -> new Range(x, false, x, false);
                case AT_LEAST -> new Range(x, false, null, false);
                case MORE_THAN -> new Range(x, true, null, false);
                case AT_MOST -> new Range(null, false, x, false);
                case FEWER_THAN -> new Range(null, false, x, true);
                case ABOUT -> new Range(x.subtract(about), false, x.add(about), false);
                case NEARLY -> new Range(x.subtract(x.abs().multiply(t.nearly())), false, x, false);
            };
        }

        boolean overlaps(Range other) {
            return below(low, lowOpen, other.high, other.highOpen) && below(other.low, other.lowOpen, high, highOpen);
        }

        /** Whether a lower end lies below (or, both being closed, at) an upper end. */
        private static boolean below(BigDecimal low, boolean lowOpen, BigDecimal high, boolean highOpen) {
            if (low == null || high == null) {
                return true;
            }
            int order = low.compareTo(high);
            return order < 0 || (order == 0 && !lowOpen && !highOpen);
        }
    }

    static String describe(QuantityValue q) {
        String hedge = q.qualifier() == Qualifier.EXACT ? "" : q.qualifier().name().toLowerCase().replace('_', ' ') + " ";
        return hedge + q.amount().toPlainString() + (q.unit() == null ? "" : " " + q.unit());
    }
}
