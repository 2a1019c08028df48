package org.inclusionhub.commons.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV as RFC 4180 describes it (quoted cells may hold commas, doubled quotes and line breaks), read and
 * written with Apache Commons CSV.
 *
 * <p>The formula guard is reversible. A written cell that a spreadsheet would run as a formula (starting
 * with =, +, -, @, tab or carriage return: OWASP "CSV injection") gets a leading apostrophe, and so does
 * a cell that really starts with an apostrophe. Reading removes exactly one such apostrophe, so export
 * then import gives every text back unchanged. Plain numbers such as {@code -12.5} are left alone.
 * A leading UTF-8 byte order mark is skipped on reading; {@link #BOM} is there for writers.
 */
public final class Csv {

    /** Commons CSV names the line of an unclosed quote only in its message: "(startline 3) EOF reached ...". */
    private static final Pattern QUOTE_OPENED_ON = Pattern.compile("startline (\\d+)");

    /** ... and the place of a bad character only there too: "... delimiter at line: 2, position: 8". */
    private static final Pattern ERROR_POSITION = Pattern.compile("position: (\\d+)");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").setIgnoreEmptyLines(true).get();

    /** A record and the line of the text it starts on (1-based); the two part ways after a cell with a line break. */
    public record Record(int line, List<String> cells) {
    }

    /** The UTF-8 byte order mark: Excel reads a CSV that starts with it as UTF-8 instead of the Windows code page. */
    public static final String BOM = "\uFEFF";

    /** The first characters a spreadsheet reads as a formula, and the guard's own apostrophe. */
    private static final String GUARDED_STARTS = "'=+-@\t\r";

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private Csv() {
    }

    /**
     * @return the records, blank lines skipped, each cell with the formula guard removed
     * @throws IllegalArgumentException naming the line (and the column, for a bad cell) of text that is not
     *         well-formed: a cell {@link Text#problem} refuses, text after a closing quote, or a quote left open
     */
    public static List<Record> parse(String text) {
        String input = text.startsWith(BOM) ? text.substring(1) : text;
        LineCounter lines = new LineCounter(input);
        List<Record> records = new ArrayList<>();
        CSVParser parser = null;
        try {
            parser = CSVParser.parse(input, FORMAT);
            for (CSVRecord record : parser) {
                int line = lines.lineAt(record.getCharacterPosition());
                List<String> cells = record.toList();
                for (int column = 0; column < cells.size(); column++) {
                    String problem = Text.problem(cells.get(column));
                    if (problem != null) {
                        throw new IllegalArgumentException("CSV line " + line + ", column " + (column + 1) + ": the cell " + problem);
                    }
                }
                records.add(new Record(line, cells.stream().map(Csv::unguarded).toList()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new IllegalArgumentException(malformed(e, input), e);
        }
        return records;
    }

    /** One record with its line break ({@code \r\n}), formula-guarded; a null cell is written empty. */
    public static String line(List<String> fields) {
        return FORMAT.format(fields.stream().map(Csv::guarded).toArray()) + "\r\n";
    }

    static String guarded(String raw) {
        if (raw == null) {
            return "";
        }
        boolean guard = !raw.isEmpty() && GUARDED_STARTS.indexOf(raw.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(raw).matches();
        return guard ? "'" + raw : raw;
    }

    /** The inverse of {@link #guarded}: one leading apostrophe goes when the text after it would have been guarded. */
    static String unguarded(String cell) {
        boolean guard = cell.length() > 1 && cell.charAt(0) == '\'' && GUARDED_STARTS.indexOf(cell.charAt(1)) >= 0;
        return guard ? cell.substring(1) : cell;
    }

    private static String malformed(Exception e, String input) {
        String cause = e.getMessage() == null ? "" : e.getMessage();
        Matcher opened = QUOTE_OPENED_ON.matcher(cause);
        if (cause.contains("EOF reached before encapsulated token finished")) {
            return "the CSV ends inside a quoted cell: a quote was left open" + (opened.find() ? " on line " + opened.group(1) : "");
        }
        Matcher at = ERROR_POSITION.matcher(cause);
        if (cause.contains("between encapsulated token and delimiter") && at.find()) {
            int position = Math.min(Integer.parseInt(at.group(1)), input.length());
            int lineStart = Math.max(input.lastIndexOf('\n', position - 1), input.lastIndexOf('\r', position - 1)) + 1;
            return "CSV line " + new LineCounter(input).lineAt(lineStart) + ", column " + columnAt(input, lineStart, position)
                    + ": a quoted cell has text after its closing quote";
        }
        return "the CSV is not well-formed: " + cause;
    }

    /** The 1-based column of {@code position}, counting the commas outside quotes since the line's start. */
    private static int columnAt(String input, int lineStart, int position) {
        int column = 1;
        boolean quoted = false;
        for (int i = lineStart; i < position - 1; i++) {
            char c = input.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                column++;
            }
        }
        return column;
    }

    /** Turns character positions into line numbers, reading forward only (records come in order). */
    private static final class LineCounter {
        private final String text;
        private int position;
        private int line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        /** A record's position may point at the blank lines skipped before it; its line is that of its first cell. */
        int lineAt(long recordPosition) {
            long target = recordPosition;
            while (target < text.length() && (text.charAt((int) target) == '\n' || text.charAt((int) target) == '\r')) {
                target++;
            }
            for (; position < target && position < text.length(); position++) {
                char c = text.charAt(position);
                if (c == '\n' || c == '\r' && (position + 1 == text.length() || text.charAt(position + 1) != '\n')) {
                    line++;
                }
            }
            return line;
        }
    }
}
