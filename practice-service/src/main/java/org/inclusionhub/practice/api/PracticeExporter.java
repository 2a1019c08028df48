package org.inclusionhub.practice.api;

import org.inclusionhub.commons.api.Csv;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.inclusionhub.practice.domain.PracticeQuery;
import org.inclusionhub.practice.domain.Practices;

/**
 * Streams the filtered list as CSV or JSON while reading it from the database in chunks, so the
 * size of an export is not bounded by memory.
 */
@ApplicationScoped
public class PracticeExporter {

    private final Practices search;
    private final ObjectMapper mapper;

    public PracticeExporter(Practices search, ObjectMapper mapper) {
        this.search = search;
        this.mapper = mapper;
    }

    public StreamingOutput csv(PracticeQuery query) {
        return out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(Csv.line(PracticeCsv.EXPORT_COLUMNS));
            search.forEach(query, p -> write(writer, Csv.line(PracticeCsv.write(PracticeResponse.of(p)))));
            writer.flush();
        };
    }

    public StreamingOutput json(PracticeQuery query) {
        return out -> {
            JsonGenerator json = mapper.getFactory().createGenerator(out);
            json.writeStartArray();
            search.forEach(query, p -> {
                try {
                    mapper.writeValue(json, PracticeResponse.of(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            json.writeEndArray();
            json.flush();
        };
    }

    private static void write(Writer writer, String text) {
        try {
            writer.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
