package org.inclusionhub.survey.responses;

import org.inclusionhub.commons.domain.DomainException;

/** Idempotency keys of survey submissions: the rules ({@link org.inclusionhub.commons.domain.IdempotencyKeys}) and batch items' keys. */
public final class IdempotencyKeys {

    public static final int MAX_LENGTH = org.inclusionhub.commons.domain.IdempotencyKeys.MAX_LENGTH;

    private IdempotencyKeys() {
    }

    /** @throws DomainException 400 when the key is empty, too long or holds other characters */
    public static String requireValid(String key, String field) {
        return org.inclusionhub.commons.domain.IdempotencyKeys.requireValid(key, field);
    }

    /** The key an item of a keyed batch is stored under when it brings none of its own. */
    static String ofItem(String batchKey, int index) {
        return batchKey + "#" + index;
    }
}
