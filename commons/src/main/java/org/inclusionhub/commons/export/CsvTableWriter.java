package org.inclusionhub.commons.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.inclusionhub.commons.api.Csv;

/** CSV rows as {@link Csv#line} writes them (RFC 4180, formula-guarded), in UTF-8, optionally after a byte order mark. */
final class CsvTableWriter implements TableWriter {

    private final Writer writer;
    private final boolean bom;
    private boolean started;

    CsvTableWriter(OutputStream out, boolean bom) {
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.bom = bom;
    }

    @Override
    public void row(List<String> cells) {
        try {
            if (!started && bom) {
                writer.write(Csv.BOM);
            }
            started = true;
            writer.write(Csv.line(cells));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void finish() throws IOException {
        writer.flush();
    }
}
