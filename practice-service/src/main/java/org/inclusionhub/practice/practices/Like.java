package org.inclusionhub.practice.practices;

/** Text taken literally in a SQL {@code LIKE} pattern (PostgreSQL's default escape character, backslash). */
final class Like {

    private Like() {
    }

    /** {@code 50%_off\} becomes {@code 50\%\_off\\}; case and accent folding leave these characters alone. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
