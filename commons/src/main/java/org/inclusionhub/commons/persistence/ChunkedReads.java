package org.inclusionhub.commons.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Reads a large result as a stream in a transaction of its own, clearing the persistence context every
 * {@code chunk} rows, so that an export of any size holds about one chunk of entities in memory.
 */
public final class ChunkedReads {

    private ChunkedReads() {
    }

    /** Hands every row of {@code rows} (opened inside the new transaction) to {@code action}, in order. */
    public static <T> void forEach(EntityManager em, int chunk, Supplier<Stream<T>> rows, Consumer<T> action) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Stream<T> stream = rows.get()) {
                Iterator<T> it = stream.iterator();
                for (int n = 1; it.hasNext(); n++) {
                    action.accept(it.next());
                    if (n % chunk == 0) {
                        em.clear();
                    }
                }
            }
        });
    }
}
