package io.corroborate.api;

/** Makes user text safe inside a SQL LIKE pattern that declares {@code escape '\'}. */
public final class Like {

    private Like() {
    }

    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
