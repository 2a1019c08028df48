package org.inclusionhub.survey.responses;

import org.inclusionhub.commons.domain.DomainException;
import org.inclusionhub.commons.domain.InvalidInputException;
import java.util.regex.Pattern;

/** The rules of an {@code Idempotency-Key} (IETF draft "The Idempotency-Key HTTP Header Field"). */
public final class IdempotencyKeys {

    /** 1 to 200 visible ASCII characters: a UUID, or any client-made token without spaces. */
    public static final int MAX_LENGTH = 200;
    private static final Pattern VALID = Pattern.compile("[\\x21-\\x7E]{1," + MAX_LENGTH + "}");

    private IdempotencyKeys() {
    }

    /** @throws DomainException 400 when the key is empty, too long or holds other characters */
    public static String requireValid(String key, String field) {
        if (!VALID.matcher(key).matches()) {
            throw InvalidInputException.of(java.util.List.of(new org.inclusionhub.commons.domain.Violation(field,
                    "must be 1 to " + MAX_LENGTH + " visible ASCII characters (no spaces)")));
        }
        return key;
    }

    /** The key an item of a keyed batch is stored under when it brings none of its own. */
    static String ofItem(String batchKey, int index) {
        return batchKey + "#" + index;
    }
}
