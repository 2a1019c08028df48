package org.inclusionhub.commons.domain;

import java.util.List;
import java.util.regex.Pattern;

/** The rules of an {@code Idempotency-Key} (IETF draft "The Idempotency-Key HTTP Header Field"). */
public final class IdempotencyKeys {

    /** 1 to 200 visible ASCII characters: a UUID, or any client-made token without spaces. */
    public static final int MAX_LENGTH = 200;
    private static final Pattern VALID = Pattern.compile("[\\x21-\\x7E]{1," + MAX_LENGTH + "}");

    private IdempotencyKeys() {
    }

    /** @throws InvalidInputException (400) when the key is empty, too long or holds other characters */
    public static String requireValid(String key, String field) {
        if (!VALID.matcher(key).matches()) {
            throw InvalidInputException.of(List.of(new Violation(field,
                    "must be 1 to " + MAX_LENGTH + " visible ASCII characters (no spaces)")));
        }
        return key;
    }
}
