package org.inclusionhub.commons.statistics;

import java.math.BigDecimal;

/**
 * A count {@code n} and a {@code total} (the sum of a numeric value; zero for plain counts). Totals are
 * decimals, each double taken as {@link BigDecimal#valueOf(double)}, so subtracting a contribution undoes
 * adding it exactly.
 */
public record Amount(long n, BigDecimal total) {

    public static final Amount ZERO = new Amount(0, BigDecimal.ZERO);

    /** One more of something counted, with no total. */
    public static final Amount ONE = new Amount(1, BigDecimal.ZERO);

    /** One value {@code total}, e.g. a score. */
    public static Amount one(double total) {
        return new Amount(1, BigDecimal.valueOf(total));
    }

    public Amount negate() {
        return new Amount(-n, total.negate());
    }

    /** The sum; most amounts are counts with a zero total, so their totals are not added. */
    public Amount plus(Amount other) {
        BigDecimal sum = other.total.signum() == 0 ? total : total.signum() == 0 ? other.total : total.add(other.total);
        return new Amount(n + other.n, sum);
    }

    /** {@code this} for sign 1, its negation for sign -1. */
    public Amount times(int sign) {
        return sign >= 0 ? this : negate();
    }

    public boolean isZero() {
        return n == 0 && total.signum() == 0;
    }
}
