package io.corroborate.compare;

import io.quarkus.arc.Arc;

/** For tests that write around the API (entities, SQL, bulk import): settles the comparisons they queued. */
public final class Comparisons {

    private Comparisons() {
    }

    public static void settle() {
        Arc.container().instance(ComparisonStore.class).get().drain(500, () -> false);
    }
}
