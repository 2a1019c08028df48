package org.inclusionhub.commons.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.inclusionhub.commons.domain.Violation;

/**
 * What a client is told about JSON it sent that cannot be read, and where: "must be a whole number", not
 * Jackson's "Cannot deserialize value of type java.lang.Integer from String ...", which names our classes.
 * Messages the strict readers wrote themselves (NUL, UTF-8, UUID form) are kept as they are. Used for request
 * bodies ({@link ProblemMappers}) and for each item of a bulk submission.
 */
public final class JsonMessages {

    private static final String DUPLICATE = "Duplicate field '";
    /** How Jackson's parser says a member name did not follow where one had to (after a comma, say). */
    private static final String MEMBER_NAME_EXPECTED = "to start field name";
    /**
     * How Jackson's parser says that what it could not read is an object key ("Broken surrogate pair in field name",
     * "was expecting double-quote to start field name" after a trailing comma).
     */
    private static final Pattern IN_A_KEY = Pattern.compile("in field name|" + Pattern.quote(MEMBER_NAME_EXPECTED));
    /** How Jackson's parser says the document ended before its objects and arrays were closed. */
    private static final String END_OF_INPUT = "Unexpected end-of-input";
    /** How Jackson's parser refuses NaN, Infinity and the like (JSON numbers are finite and written in digits). */
    private static final String NON_STANDARD = "Non-standard token ";

    private JsonMessages() {
    }

    /** The failure as a violation; a document wrong as a whole (not JSON, content after it) names {@link Violation#BODY}. */
    public static Violation violation(JsonProcessingException e) {
        String field = fieldOf(e);
        return new Violation(field != null ? field : Violation.BODY, of(e));
    }

    /**
     * The field path ({@code answers.country}, {@code organisations[2].name}) of what could not be read: from
     * the mapper's path, else from where the parser stopped, with a key given twice named itself; null at the
     * top level.
     */
    public static String fieldOf(JsonProcessingException e) {
        String original = e.getOriginalMessage();
        boolean mapped = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty();
        if (original != null && original.startsWith(END_OF_INPUT)) {
            return null; // cut short: the document as a whole
        }
        boolean inAKey = original != null && IN_A_KEY.matcher(original).find();
        String field = mapped ? pathOf((JsonMappingException) e) : parsedPathOf(e, inAKey);
        if (mapped && e.getCause() instanceof StreamReadException parse) {
            // text the parser refused (+1, 01, Infinity) while an object's deserialiser asked for a value: the
            // mapper's path ends at the object, the parser still stands on the value's key
            String parsed = parsedPathOf(parse, inAKey);
            field = parsed != null && parsed.startsWith(field + ".") ? parsed : field;
        }
        if (field != null && arrayClosedAfterComma(original) && field.endsWith("]")) {
            // ["a",]: the parser stands on the element the comma promised; the array is meant
            String array = field.substring(0, field.lastIndexOf('['));
            field = array.isEmpty() ? null : array;
        }
        if (original != null && original.startsWith(DUPLICATE) && original.indexOf('\'', DUPLICATE.length()) > 0) {
            String name = original.substring(DUPLICATE.length(), original.indexOf('\'', DUPLICATE.length()));
            if (field == null) {
                return name;
            }
            return field.equals(name) || field.endsWith("." + name) ? field : field + "." + name;
        }
        return field;
    }

    /** The message for the client. */
    public static String of(JsonProcessingException e) {
        String original = e.getOriginalMessage();
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null && isJacksonWording(original)) {
            return "must be " + kindOf(mismatch.getTargetType());
        }
        if (original == null) {
            return "cannot be read";
        }
        if (original.startsWith("Numeric value (") && original.contains(") out of range of ")) {
            return "is far out of range";
        }
        if (original.startsWith("Trailing token")) {
            return "has content after the JSON document: one document per request (many responses at once: a JSON array, "
                    + "or NDJSON as application/x-ndjson)";
        }
        if (original.startsWith(DUPLICATE)) {
            return "is given twice in the same object";
        }
        if (original.startsWith(END_OF_INPUT)) {
            return "ends before the JSON document is complete (an object or array is not closed)";
        }
        if (original.contains("'ALLOW_COMMENTS'") || original.contains("'ALLOW_YAML_COMMENTS'")) {
            return "is not JSON: JSON has no comments";
        }
        if (original.contains(MEMBER_NAME_EXPECTED)) {
            return "is not JSON: a member name in double quotes was expected (a comma after the last member?)";
        }
        if (arrayClosedAfterComma(original)) {
            return "is not JSON: a value was expected after the comma (a comma after the last element?)";
        }
        if (original.startsWith("Unexpected close marker")) {
            return "is not JSON: a closing bracket or brace without its opening one";
        }
        if (original.startsWith("Number value length") || original.contains("Exponent overflow")) {
            return "is far out of range";
        }
        if (original.contains("exceeds the maximum allowed")) {
            return "is beyond what this service reads: " + original.replaceAll(",? from `[^`]*`", "").strip();
        }
        if (original.startsWith(NON_STANDARD)) {
            return "is no JSON value: a number is written in digits and is finite (" + original.substring(
                    NON_STANDARD.length()).split(":")[0].strip() + " is not)";
        }
        // Jackson's own switches, our classes and character codes are no business of the client's
        return CHARACTER_CODE.matcher(FEATURE_NOTE.matcher(original).replaceAll("")).replaceAll("'$1'").strip();
    }

    /**
     * "(... `DeserializationFeature.X` ...)", ": enable `JsonReadFeature.X` to allow" and "Source: REDACTED (...)"
     * notes of Jackson's messages.
     */
    private static final Pattern FEATURE_NOTE = Pattern.compile(
            "(?:\\s*Source: REDACTED)?\\s*\\([^()]*`[A-Za-z]+(Feature|Exception)\\.[A-Z_]+`[^()]*\\)"
                    + "|:\\s*enable `[A-Za-z]+Feature\\.[A-Z_]+` to allow");

    /** "('x' (code 120))", as Jackson shows a character it did not expect: the character alone is shown. */
    private static final Pattern CHARACTER_CODE = Pattern.compile("\\('(.{1,2})' \\(code \\d+\\)\\)");

    /** Whether Jackson's parser says an array closed where a comma promised another element ({@code ["a",]}). */
    private static boolean arrayClosedAfterComma(String message) {
        return message != null && message.startsWith("Unexpected character (']'") && message.contains("expected a valid value");
    }

    private static boolean isJacksonWording(String message) {
        return message != null && (message.startsWith("Cannot deserialize") || message.startsWith("Cannot construct instance")
                || message.startsWith("Cannot coerce") || message.startsWith("Cannot map"));
    }

    private static String kindOf(Class<?> type) {
        if (type == String.class || type == Character.class || type == char.class) {
            return "a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class || type == Short.class
                || type == short.class || type == BigInteger.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class || type == BigDecimal.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.toString().toLowerCase(java.util.Locale.ROOT)).toList();
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type == java.util.UUID.class) {
            return "a UUID (8-4-4-4-12 hexadecimal digits)";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an ISO 8601 date-time";
        }
        return Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.") ? "an object" : "a JSON value of another kind";
    }

    /**
     * Where the parser was when it stopped (a key given twice, a number out of range); null at the top level. When
     * it failed on a key it had not read yet ({@code inAKey}), its context still names the key before: the object
     * that key is in is meant.
     */
    private static String parsedPathOf(JsonProcessingException e, boolean inAKey) {
        String path = parsedPathOf(e);
        if (path == null || !inAKey) {
            return path;
        }
        return path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : null;
    }

    private static String parsedPathOf(JsonProcessingException e) {
        if (!(e.getProcessor() instanceof JsonParser parser) || parser.getParsingContext() == null) {
            return null;
        }
        String pointer = parser.getParsingContext().pathAsPointer().toString(); // RFC 6901: "" or "/answers/name"
        if (pointer.isEmpty()) {
            return null;
        }
        StringBuilder field = new StringBuilder();
        for (String segment : pointer.substring(1).split("/")) {
            String name = segment.replace("~1", "/").replace("~0", "~");
            if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
                field.append('[').append(name).append(']');
            } else {
                field.append(field.length() == 0 ? "" : ".").append(name);
            }
        }
        return field.toString();
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }
}
