package io.corroborate.user;

/** The roles a user may hold. Reads need none. */
public final class Role {

    /** May add sources, stories, entities, facts and claims, and edit or retract their own claims. */
    public static final String CURATOR = "curator";
    /** May also merge facts and entities and retract or edit anyone's claims. */
    public static final String EDITOR = "editor";

    private Role() {
    }
}
