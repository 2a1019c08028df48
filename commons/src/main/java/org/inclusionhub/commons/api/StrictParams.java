package org.inclusionhub.commons.api;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.inclusionhub.commons.problem.ApiProblem;
import org.inclusionhub.commons.domain.Violation;

/**
 * Parameters of simple types read strictly, and a value that cannot be read answers 400 naming the
 * parameter: a boolean is only {@code true} or {@code false} ({@code dryRun=1} is refused), numbers
 * and UUIDs must parse.
 */
@Provider
public class StrictParams implements ParamConverterProvider {

    private static final Pattern CANONICAL_UUID = Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (rawType == boolean.class || rawType == Boolean.class) {
            return (ParamConverter<T>) new Strict<>(name, "true or false", StrictParams::bool);
        }
        if (rawType == int.class || rawType == Integer.class) {
            // the endpoint states and checks its own bounds (size 1 to 100 ...); here only "not a number" or "far too large"
            return (ParamConverter<T>) new Strict<>(name, "a whole number", StrictParams::wholeNumber);
        }
        if (rawType == long.class || rawType == Long.class) {
            return (ParamConverter<T>) new Strict<>(name, "a whole number", StrictParams::longNumber);
        }
        if (rawType == double.class || rawType == Double.class) {
            return (ParamConverter<T>) new Strict<>(name, "a number", StrictParams::finite);
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) new Strict<>(name, "a UUID (8-4-4-4-12 hexadecimal digits)", StrictParams::uuid);
        }
        return null;
    }

    /** Only the canonical form: UUID.fromString alone would read "1-2-3-4-5" as another id. */
    private static UUID uuid(String text) {
        if (!CANONICAL_UUID.matcher(text).matches()) {
            throw new IllegalArgumentException("not a canonical UUID");
        }
        return UUID.fromString(text);
    }

    /** ASCII digits only: Integer.valueOf alone also reads other scripts' digits (full-width "５" as 5). */
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[-+]?[0-9]+");

    private static Integer wholeNumber(String text) {
        return Math.toIntExact(longNumber(text, Integer.MIN_VALUE, Integer.MAX_VALUE));
    }

    private static Long longNumber(String text) {
        return longNumber(text, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    private static long longNumber(String text, long min, long max) {
        if (!WHOLE_NUMBER.matcher(text).matches()) {
            throw new IllegalArgumentException("not a whole number");
        }
        try {
            long value = Long.parseLong(text);
            if (value < min || value > max) {
                throw new OutOfRange();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new OutOfRange();
        }
    }

    /** Digits beyond the type (int or long): too far out for any endpoint's own bounds, which it states and checks itself. */
    private static final class OutOfRange extends IllegalArgumentException {
    }

    private static Boolean bool(String value) {
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(value);
        };
    }

    /** A decimal number in ASCII, with an optional exponent; NaN, Infinity and hexadecimal forms are refused. */
    private static final Pattern DECIMAL = Pattern.compile("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?");

    /** A number beyond double's range ({@code 1e400}) is out of range, not "not a number". */
    private static Double finite(String value) {
        if (!DECIMAL.matcher(value).matches()) {
            throw new IllegalArgumentException(value);
        }
        double d = Double.parseDouble(value);
        if (!Double.isFinite(d)) {
            throw new OutOfRange();
        }
        return d;
    }

    static String nameOf(Annotation[] annotations) {
        for (Annotation a : annotations == null ? new Annotation[0] : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            } else if (a instanceof PathParam p) {
                return p.value();
            } else if (a instanceof HeaderParam h) {
                return h.value();
            } else if (a instanceof FormParam f) {
                return f.value();
            } else if (a instanceof MatrixParam m) {
                return m.value();
            } else if (a instanceof CookieParam c) {
                return c.value();
            }
        }
        return "parameter";
    }

    /** Parses with {@code parse}; anything it refuses is a 400 naming the parameter. */
    private record Strict<T>(String name, String expected, Function<String, T> parse) implements ParamConverter<T> {
        @Override
        public T fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException e) {
                String shown = Text.excerpt(value, 40);
                String problem = e instanceof OutOfRange ? "' is far out of range" : "' is not " + expected;
                throw ApiProblem.invalid(List.of(new Violation(name, "'" + shown + problem)));
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
