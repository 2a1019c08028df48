package org.inclusionhub.commons.api;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: quoted fields may hold commas, quotes (doubled) and line breaks. Written cells that
 * a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) get a
 * leading apostrophe, so exported third-party text cannot inject formulas.
 */
public final class Csv {

    private Csv() {
    }

    /**
     * @throws IllegalArgumentException naming line and column for text that is not well-formed
     *         ({@link Text#problem}), text after a closing quote, or a quote left open
     */
    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean closed = false;
        boolean fieldStarted = false;
        int line = 1;
        String input = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == input.length() || input.charAt(i + 1) != '\n')) {
                line++;
            }
            if (quoted) {
                if (c == '"' && i + 1 < input.length() && input.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                    closed = true;
                } else {
                    field.append(c);
                }
            } else if (closed && c != ',' && c != '\n' && c != '\r') {
                throw malformed(line, row.size() + 1, "has text after its closing quote");
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                row.add(checked(field.toString(), line, row.size() + 1));
                field.setLength(0);
                fieldStarted = true;
                closed = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < input.length() && input.charAt(i + 1) == '\n') {
                    i++;
                    line++;
                }
                if (fieldStarted || !field.isEmpty() || !row.isEmpty()) {
                    row.add(checked(field.toString(), line - 1, row.size() + 1));
                    rows.add(row);
                }
                row = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
                closed = false;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("the CSV ends inside a quoted field");
        }
        if (fieldStarted || !field.isEmpty() || !row.isEmpty()) {
            row.add(checked(field.toString(), line, row.size() + 1));
            rows.add(row);
        }
        return rows;
    }

    private static String checked(String cell, int line, int column) {
        String problem = Text.problem(cell);
        if (problem != null) {
            throw malformed(line, column, problem);
        }
        return cell;
    }

    private static IllegalArgumentException malformed(int line, int column, String problem) {
        return new IllegalArgumentException("CSV line " + line + ", column " + column + ": the cell " + problem);
    }

    public static String line(List<String> fields) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(escape(fields.get(i)));
        }
        return out.append("\r\n").toString();
    }

    private static boolean isNumber(String s) {
        return s.matches("-?\\d+(\\.\\d+)?");
    }

    static String escape(String raw) {
        if (raw == null) {
            return "";
        }
        String value = !raw.isEmpty() && "=+-@\t\r".indexOf(raw.charAt(0)) >= 0 && !isNumber(raw) ? "'" + raw : raw;
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
