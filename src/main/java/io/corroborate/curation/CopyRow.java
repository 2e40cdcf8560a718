package io.corroborate.curation;

import java.util.Collection;

/**
 * One row in PostgreSQL's COPY text format: columns separated by tabs, null as \N, backslash, tab and line
 * breaks escaped. Arrays are written as array literals with every element quoted.
 */
final class CopyRow {

    private final StringBuilder row = new StringBuilder(256);

    CopyRow add(Object value) {
        if (row.length() > 0) {
            row.append('\t');
        }
        if (value == null) {
            row.append("\\N");
        } else if (value instanceof Collection<?> items) {
            escape(arrayLiteral(items));
        } else {
            escape(value.toString());
        }
        return this;
    }

    /** The row with its line break; the builder starts empty again. */
    String take() {
        String line = row.append('\n').toString();
        row.setLength(0);
        return line;
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> row.append("\\\\");
                case '\t' -> row.append("\\t");
                case '\n' -> row.append("\\n");
                case '\r' -> row.append("\\r");
                default -> row.append(c);
            }
        }
    }

    private static String arrayLiteral(Collection<?> items) {
        StringBuilder literal = new StringBuilder("{");
        for (Object item : items) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            literal.append('"').append(item.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return literal.append('}').toString();
    }
}
