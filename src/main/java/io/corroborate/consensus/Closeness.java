package io.corroborate.consensus;

import io.corroborate.value.DateValue;
import io.corroborate.value.QuantityValue;
import io.corroborate.value.Units;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.OptionalDouble;

/**
 * How much two numbers or dates support each other by being close, as kernel-based truth discovery treats
 * continuous data (CRH, GTM, KDE methods): a Gaussian kernel exp(−½·(d/h)²) over their distance d. Amounts
 * stating one number are compared by their relative distance |x − y| / max(|x|, |y|) (145 and 143 are 1.4 %
 * apart, whatever they count), dates by the days between their middles. An amount or date far from every
 * other value of its fact therefore gets no support but its own: outliers weigh less. Only the consensus
 * uses closeness; verdicts still follow the comparison rules (two different days conflict).
 *
 * @param compatible         support between values the comparison calls compatible (a date inside another,
 *                           overlapping amounts, a cut of a quote)
 * @param relativeBandwidth  h for amounts, as a relative distance (0 = no support by closeness)
 * @param dateBandwidthDays  h for dates, in days (0 = no support by closeness)
 */
public record Closeness(double compatible, double relativeBandwidth, double dateBandwidthDays) {

    public static final Closeness DEFAULT = new Closeness(0.5, 0.01, 1);

    /**
     * The kernel of two amounts in the same unit that each state one number (exact, or about it); else empty: a
     * range or an open-ended amount ("at least 143") is not a point, and the comparison's partial support covers it.
     */
    OptionalDouble of(QuantityValue a, QuantityValue b) {
        if (relativeBandwidth <= 0 || a.unit() != null && b.unit() != null && !Units.same(a.unit(), b.unit())) {
            return OptionalDouble.empty();
        }
        BigDecimal x = point(a);
        BigDecimal y = point(b);
        if (x == null || y == null) {
            return OptionalDouble.empty();
        }
        BigDecimal scale = x.abs().max(y.abs());
        double d = scale.signum() == 0 ? 0 : x.subtract(y).abs().divide(scale, MathContext.DECIMAL64).doubleValue();
        return OptionalDouble.of(kernel(d / relativeBandwidth));
    }

    /** The kernel of two dates, by the days between their middles; empty when closeness of dates is off. */
    OptionalDouble of(DateValue a, DateValue b) {
        if (dateBandwidthDays <= 0) {
            return OptionalDouble.empty();
        }
        double days = Math.abs(middle(a) - middle(b));
        return OptionalDouble.of(kernel(days / dateBandwidthDays));
    }

    private static double kernel(double u) {
        return Math.exp(-0.5 * u * u);
    }

    private static double middle(DateValue d) {
        return (d.earliest().toEpochDay() + d.latest().toEpochDay()) / 2.0;
    }

    private static BigDecimal point(QuantityValue q) {
        return switch (q.qualifier()) {
            case EXACT, ABOUT -> q.amount();
            default -> null;
        };
    }
}
