package io.corroborate.compare;

import io.corroborate.value.SetValue;
import io.corroborate.value.Stance;
import io.corroborate.value.YesNoValue;

import java.util.List;

/** Typed answers: a stance on a yes-or-no question, an entity, a list of items. */
final class AnswerRule {

    private AnswerRule() {
    }

    /** Same stance agrees; a hedge is compatible with either; yes against no conflicts. */
    static Relation stances(YesNoValue a, YesNoValue b) {
        if (a.stance() == b.stance()) {
            return Relation.EQUAL;
        }
        if (a.stance() == Stance.HEDGES || b.stance() == Stance.HEDGES) {
            return Relation.consistent("one source hedges");
        }
        return Relation.conflict(ConflictKind.VALUE, "one affirms, the other denies");
    }

    /** The same entity agrees; one within the other is more specific; otherwise two different answers. */
    static Relation entities(ComparedClaim a, ComparedClaim b, EntityGraph graph) {
        if (a.entity().equals(b.entity())) {
            return Relation.EQUAL;
        }
        return graph.between(a.entity(), b.entity(), EntityGraph.WITHIN)
                .map(chain -> Relation.consistent("one is more specific: " + graph.sentence(chain)))
                .orElse(Relation.conflict(ConflictKind.VALUE, "they name " + a.entityName() + " and " + b.entityName()
                        + ", and no recorded relation links them"));
    }

    /** Equal lists agree; an exclusive list conflicts with an item it lacks; other lists only add to each other. */
    static Relation sets(SetValue a, SetValue b) {
        List<String> onlyA = a.items().stream().filter(i -> !b.items().contains(i)).toList();
        List<String> onlyB = b.items().stream().filter(i -> !a.items().contains(i)).toList();
        if (onlyA.isEmpty() && onlyB.isEmpty()) {
            return a.exclusive() == b.exclusive() ? Relation.EQUAL : Relation.consistent("one says these are the only ones");
        }
        if (a.exclusive() && !onlyB.isEmpty() || b.exclusive() && !onlyA.isEmpty()) {
            return Relation.conflict(ConflictKind.VALUE, "only the " + (a.exclusive() && !onlyB.isEmpty()
                    ? "first lists " + onlyA + " and calls its list complete, yet the second adds " + onlyB
                    : "second lists " + onlyB + " and calls its list complete, yet the first adds " + onlyA));
        }
        List<String> either = java.util.stream.Stream.concat(onlyA.stream(), onlyB.stream()).sorted().toList();
        return Relation.consistent("the lists add to each other, none says it is complete; in one list only: " + String.join(", ", either));
    }
}
