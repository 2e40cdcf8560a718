package io.corroborate.compare;

/**
 * How two claims of one fact relate.
 *
 * @param conflict the kind of conflict, for {@link Type#CONFLICT} only
 * @param detail   a short phrase for explanations (e.g. the differing words), or null
 */
public record Relation(Type type, ConflictKind conflict, String detail) {

    /** EQUAL and CONSISTENT claims can all be true; CONFLICT ones cannot; UNDECIDED ones are worded too differently for the rules to tell. */
    public enum Type { EQUAL, CONSISTENT, CONFLICT, UNDECIDED }

    public static final Relation EQUAL = new Relation(Type.EQUAL, null, null);

    public static Relation consistent(String detail) {
        return new Relation(Type.CONSISTENT, null, detail);
    }

    public static Relation conflict(ConflictKind kind, String detail) {
        return new Relation(Type.CONFLICT, kind, detail);
    }

    /** Words the rules cannot compare: not a conflict, a curation to-do (type the answers, or link their entities). */
    public static Relation undecided(String detail) {
        return new Relation(Type.UNDECIDED, null, detail);
    }

    public boolean compatible() {
        return type == Type.EQUAL || type == Type.CONSISTENT;
    }

    public boolean conflicting() {
        return type == Type.CONFLICT;
    }
}
