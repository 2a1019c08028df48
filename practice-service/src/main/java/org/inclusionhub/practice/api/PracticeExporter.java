package org.inclusionhub.practice.api;

import org.inclusionhub.commons.api.Csv;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.inclusionhub.practice.domain.Practice;
import org.inclusionhub.practice.search.PracticeQuery;
import org.inclusionhub.practice.search.PracticeSearch;

/**
 * Streams the filtered list as CSV or JSON while reading it from the database in chunks, so the
 * size of an export is not bounded by memory.
 */
@ApplicationScoped
public class PracticeExporter {

    private static final int CLEAR_EVERY = 200;

    private final PracticeSearch search;
    private final EntityManager em;
    private final ObjectMapper mapper;

    public PracticeExporter(PracticeSearch search, EntityManager em, ObjectMapper mapper) {
        this.search = search;
        this.em = em;
        this.mapper = mapper;
    }

    public StreamingOutput csv(PracticeQuery query) {
        return out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(Csv.line(PracticeCsv.EXPORT_COLUMNS));
            forEach(query, p -> write(writer, Csv.line(PracticeCsv.write(PracticeResponse.of(p)))));
            writer.flush();
        };
    }

    public StreamingOutput json(PracticeQuery query) {
        return out -> {
            JsonGenerator json = mapper.getFactory().createGenerator(out);
            json.writeStartArray();
            forEach(query, p -> {
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

    private void forEach(PracticeQuery query, Consumer<Practice> action) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Stream<Practice> practices = search.stream(query)) {
                Iterator<Practice> it = practices.iterator();
                for (int n = 1; it.hasNext(); n++) {
                    action.accept(it.next());
                    if (n % CLEAR_EVERY == 0) {
                        em.clear();
                    }
                }
            }
        });
    }

    private static void write(Writer writer, String text) {
        try {
            writer.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
