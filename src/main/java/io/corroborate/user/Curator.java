package io.corroborate.user;

/** A signed-in curator as the write services see them: the name for the audit log, and whether they are an editor. */
public record Curator(String name, boolean editor) {
}
