package io.corroborate.compare;

import io.corroborate.value.QuantityValue;
import io.corroborate.value.Qualifier;
import io.corroborate.value.Units;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Amounts are intervals set by their hedge: exact x is [x, x]; at least x is [x, ∞); more than x is (x, ∞);
 * at most x is (−∞, x]; fewer than x is (−∞, x); about x is x ± about·|x|; nearly x is [x − nearly·|x|, x];
 * a range x to y is [x, y]; a vague amount ("dozens") is [x, y).
 * The same value with the same hedge agrees; overlapping intervals are consistent; disjoint ones conflict.
 * Different units never agree: they conflict with kind UNIT (units are compared whatever their case or
 * spelling: "$", "usd" and "dollars" are one unit). A missing unit is compatible with any unit but never
 * agrees with a stated one.
 */
public final class QuantityRule {

    private QuantityRule() {
    }

    public static Relation relate(QuantityValue a, QuantityValue b, Tolerances tolerances) {
        if (a.unit() != null && b.unit() != null && !Units.same(a.unit(), b.unit())) {
            return Relation.conflict(ConflictKind.UNIT, "one counts " + a.unit() + ", the other " + b.unit());
        }
        Range x = Range.of(a, tolerances);
        Range y = Range.of(b, tolerances);
        if (!x.overlaps(y)) {
            return Relation.conflict(ConflictKind.VALUE, "the amounts cannot both be right");
        }
        if (a.amount().compareTo(b.amount()) == 0 && a.qualifier() == b.qualifier() && sameUpper(a, b)
                && Objects.equals(Units.canonical(a.unit()), Units.canonical(b.unit()))) {
            return Relation.EQUAL;
        }
        return Relation.consistent(a.qualifier() == b.qualifier() && a.amount().compareTo(b.amount()) != 0
                ? "the amounts differ within the tolerance of their hedges"
                : "they differ in precision or hedging");
    }

    private static boolean sameUpper(QuantityValue a, QuantityValue b) {
        return a.upperAmount() == null ? b.upperAmount() == null
                : b.upperAmount() != null && a.upperAmount().compareTo(b.upperAmount()) == 0;
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
                case BETWEEN -> new Range(x, false, q.upperAmount(), false);
                case VAGUE -> new Range(x, false, q.upperAmount(), true);
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
        String unit = q.unit() == null ? "" : " " + q.unit();
        if (q.qualifier() == Qualifier.BETWEEN) {
            return q.amount().toPlainString() + " to " + q.upperAmount().toPlainString() + unit;
        }
        if (q.qualifier() == Qualifier.VAGUE) {
            return q.amount().toPlainString() + " to under " + q.upperAmount().toPlainString() + unit;
        }
        String hedge = q.qualifier() == Qualifier.EXACT ? "" : q.qualifier().name().toLowerCase().replace('_', ' ') + " ";
        return hedge + q.amount().toPlainString() + unit;
    }
}
