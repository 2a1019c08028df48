package org.inclusionhub.commons.live;

import java.util.Optional;

/**
 * A place in a change log, in commit-safe order: the writing transaction's id ({@code xid8}), then the
 * row's sequence number. Written as {@code <tx>-<seq>}, the SSE event id a client sends back as
 * {@code Last-Event-ID}.
 */
public record ChangePosition(long tx, long seq) implements Comparable<ChangePosition> {

    public static final ChangePosition START = new ChangePosition(0, 0);

    /** @return the position, or empty when the text is not one this service wrote */
    public static Optional<ChangePosition> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.strip().split("-", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            long tx = Long.parseLong(parts[0]);
            long seq = Long.parseLong(parts[1]);
            return tx < 0 || seq < 0 ? Optional.empty() : Optional.of(new ChangePosition(tx, seq));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public int compareTo(ChangePosition o) {
        int byTx = Long.compare(tx, o.tx);
        return byTx != 0 ? byTx : Long.compare(seq, o.seq);
    }

    @Override
    public String toString() {
        return tx + "-" + seq;
    }
}
