package io.corroborate.curation;

import io.corroborate.api.VersionConflictException;
import io.corroborate.fact.Claim;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.OptimisticLockException;

import java.util.function.IntSupplier;

/** Optimistic locking of edits: an edit names the version it is based on. */
final class Versions {

    private Versions() {
    }

    static void require(String what, String id, int given, int current) {
        if (given != current) {
            throw new VersionConflictException(what, id, given, current);
        }
    }

    /**
     * Writes now, so that a concurrent change of the same version surfaces here as a VERSION_CONFLICT carrying
     * the version that change committed (read in a transaction of its own: this one can only roll back).
     */
    static void flush(String what, String id, int given, IntSupplier committedVersion) {
        try {
            Claim.flush();
        } catch (OptimisticLockException e) {
            int current = QuarkusTransaction.requiringNew().call(committedVersion::getAsInt);
            throw new VersionConflictException(what, id, given, current);
        }
    }
}
