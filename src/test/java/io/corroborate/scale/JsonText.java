package io.corroborate.scale;

import java.util.List;

/** Writes the few JSON shapes the generated files need, without a JSON library (the generator runs on the bare JDK). */
final class JsonText {

    private final StringBuilder out = new StringBuilder("{");

    /** Adds a string member; null values are left out. */
    JsonText put(String name, String value) {
        if (value != null) {
            member(name);
            quote(out, value);
        }
        return this;
    }

    JsonText put(String name, long value) {
        member(name).append(value);
        return this;
    }

    JsonText put(String name, List<String> values) {
        member(name).append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            quote(out, values.get(i));
        }
        out.append(']');
        return this;
    }

    /** Adds a member whose value is already JSON. */
    JsonText raw(String name, String json) {
        member(name).append(json);
        return this;
    }

    @Override
    public String toString() {
        return out + "}";
    }

    private StringBuilder member(String name) {
        if (out.length() > 1) {
            out.append(',');
        }
        quote(out, name);
        return out.append(':');
    }

    static void quote(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
