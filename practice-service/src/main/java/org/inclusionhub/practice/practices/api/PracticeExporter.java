package org.inclusionhub.practice.practices.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.inclusionhub.commons.export.ExportFormat;
import org.inclusionhub.commons.export.TableWriter;
import org.inclusionhub.practice.practices.PracticeQuery;
import org.inclusionhub.practice.practices.Practices;

/**
 * Streams the filtered list as CSV, XLSX or JSON while reading it from the database in chunks, so the
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

    /** The filtered list as a table (CSV or XLSX) in {@link PracticeCsv}'s columns; {@code bom} applies to CSV. */
    public StreamingOutput table(PracticeQuery query, ExportFormat format, boolean bom) {
        return out -> {
            TableWriter table = TableWriter.of(format, out, "practices", bom, PracticeCsv.NUMBER_COLUMNS);
            table.row(PracticeCsv.EXPORT_COLUMNS);
            search.forEach(query, p -> table.row(PracticeCsv.write(PracticeResponse.of(p))));
            table.finish();
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
}
