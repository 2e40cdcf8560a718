package io.corroborate.compare;

import io.corroborate.entity.RelationKind;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the rules know of how entities stand to each other: typed, directed links between entity ids, and
 * the entities' names for explanations. Plain data, no database.
 */
public final class EntityGraph {

    /** Links through which one entity answers for another ("Lavrov heads the Foreign Ministry, part of Russia"). */
    static final Set<RelationKind> ACTS_FOR = Set.of(RelationKind.HEADS, RelationKind.SPEAKS_FOR, RelationKind.PART_OF);
    /** Links through which an answer is a more specific form of another (a court of a state, a city in a country). */
    static final Set<RelationKind> WITHIN = Set.of(RelationKind.values());

    public static final EntityGraph NONE = new EntityGraph(List.of(), Map.of());

    /** subject RELATION object, by entity ids. */
    public record Link(String subject, RelationKind kind, String object) {
    }

    private final Map<String, List<Link>> outgoing = new HashMap<>();
    private final Map<String, String> names;

    public EntityGraph(List<Link> links, Map<String, String> names) {
        for (Link link : links) {
            outgoing.computeIfAbsent(link.subject(), k -> new ArrayList<>()).add(link);
        }
        this.names = Map.copyOf(names);
    }

    /** The shortest chain of links of these kinds that leads from one entity to the other, in either direction. */
    Optional<List<Link>> between(String a, String b, Set<RelationKind> kinds) {
        if (a == null || b == null || a.equals(b)) {
            return Optional.empty();
        }
        return path(a, b, kinds).or(() -> path(b, a, kinds));
    }

    private Optional<List<Link>> path(String from, String to, Set<RelationKind> kinds) {
        Map<String, Link> reachedBy = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty()) {
            String at = queue.poll();
            for (Link link : outgoing.getOrDefault(at, List.of())) {
                if (kinds.contains(link.kind()) && !reachedBy.containsKey(link.object()) && !link.object().equals(from)) {
                    reachedBy.put(link.object(), link);
                    if (link.object().equals(to)) {
                        List<Link> chain = new ArrayList<>();
                        for (String step = to; !step.equals(from); step = reachedBy.get(step).subject()) {
                            chain.add(0, reachedBy.get(step));
                        }
                        return Optional.of(chain);
                    }
                    queue.add(link.object());
                }
            }
        }
        return Optional.empty();
    }

    /** A chain of links as a sentence: "Sergei Lavrov heads Russian Foreign Ministry, which is part of Russia". */
    String sentence(List<Link> chain) {
        StringBuilder text = new StringBuilder(name(chain.get(0).subject()));
        for (int i = 0; i < chain.size(); i++) {
            text.append(i == 0 ? " " : ", which ").append(chain.get(i).kind().phrase()).append(' ').append(name(chain.get(i).object()));
        }
        return text.toString();
    }

    private String name(String entity) {
        return names.getOrDefault(entity, entity);
    }
}
