package io.corroborate.user;

import io.corroborate.api.ForbiddenException;
import io.corroborate.api.UnauthenticatedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** Who is asking, and whether they may write. */
@RequestScoped
public class Access {

    private final SecurityIdentity identity;

    public Access(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** @return the curator's name, for the audit log */
    public String requireCurator(String what) {
        if (identity.isAnonymous()) {
            throw new UnauthenticatedException("Sign in (mutation login) and send the token as \"Authorization: Bearer …\" to " + what + ".");
        }
        if (!identity.hasRole(Role.CURATOR) && !identity.hasRole(Role.EDITOR)) {
            throw new ForbiddenException(Role.CURATOR, what);
        }
        return identity.getPrincipal().getName();
    }

    /** @return the editor's name, for the audit log */
    public String requireEditor(String what) {
        String name = requireCurator(what);
        if (!identity.hasRole(Role.EDITOR)) {
            throw new ForbiddenException(Role.EDITOR, what);
        }
        return name;
    }

    /** The signed-in curator (or editor), for writes whose rules differ for editors. */
    public Curator curator(String what) {
        return new Curator(requireCurator(what), isEditor());
    }

    public boolean isEditor() {
        return identity.hasRole(Role.EDITOR);
    }
}
