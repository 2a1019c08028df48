package org.inclusionhub.survey.responses.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.inclusionhub.commons.problem.ApiProblem;

/**
 * The items of a bulk body as texts of their own, each read strictly afterwards, so that one broken item (a NUL, a
 * key given twice, a wrong type) is refused alone, in a JSON array as in NDJSON. Only the array's structure is read
 * here: a body that is not a well-formed JSON array is refused as a whole.
 */
final class BulkBodies {

    /** Reads structure only: no duplicate detection, no text checks; the items are read strictly one by one. */
    private static final JsonFactory STRUCTURE = new JsonFactory();

    private BulkBodies() {
    }

    /**
     * @param contentType the request's media type: {@code application/x-ndjson} for one item per line (blank lines
     *        skipped), else a JSON array
     * @throws JsonProcessingException when a JSON array body is not well-formed JSON
     * @throws ApiProblem 400 when the body is well-formed but no array
     */
    static List<String> items(String contentType, String body) throws JsonProcessingException {
        List<String> items = new ArrayList<>();
        if (contentType != null && contentType.startsWith("application/x-ndjson")) {
            body.lines().filter(l -> !l.isBlank()).forEach(items::add);
            return items;
        }
        String text = body == null ? "" : body;
        try (JsonParser parser = STRUCTURE.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw ApiProblem.badBody("the body must be a JSON array of responses (or NDJSON)");
            }
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                int start = (int) parser.currentTokenLocation().getCharOffset();
                parser.skipChildren();
                parser.finishToken(); // a string is read lazily: without this the item would end at its opening quote
                items.add(text.substring(start, (int) parser.currentLocation().getCharOffset()));
            }
            if (parser.nextToken() != null) {
                throw ApiProblem.badBody("the body has content after the JSON array: one array per request");
            }
            return items;
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
