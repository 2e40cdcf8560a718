package io.corroborate.compare;

/**
 * How two claims of one fact relate.
 *
 * @param conflict the kind of conflict, for {@link Type#CONFLICT} only
 * @param detail   a short phrase for explanations (e.g. the differing words), or null
 */
public record Relation(Type type, ConflictKind conflict, String detail) {

    public enum Type { EQUAL, CONSISTENT, CONFLICT }

    public static final Relation EQUAL = new Relation(Type.EQUAL, null, null);

    public static Relation consistent(String detail) {
        return new Relation(Type.CONSISTENT, null, detail);
    }

    public static Relation conflict(ConflictKind kind, String detail) {
        return new Relation(Type.CONFLICT, kind, detail);
    }

    public boolean compatible() {
        return type != Type.CONFLICT;
    }
}
