package io.corroborate.compare;

import java.math.BigDecimal;

/**
 * The tolerances of the comparison rules (see docs/comparison-rules.md).
 *
 * @param about               relative width of "about / roughly / approximately / some x": x ± about·|x|
 * @param nearly              relative width of "nearly / almost x": from x − nearly·|x| up to x
 * @param attributionMinWords fewest words two quotes in different facts must share to suspect a misattribution
 */
public record Tolerances(BigDecimal about, BigDecimal nearly, int attributionMinWords) {

    public static final Tolerances DEFAULT = new Tolerances(new BigDecimal("0.10"), new BigDecimal("0.10"), 2);
}
