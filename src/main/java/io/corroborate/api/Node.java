package io.corroborate.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Anything that can be fetched again by its id alone (the Relay Node interface). */
@Interface("Node")
@Description("An object with an id that is unique across the whole API: `node(id:)` fetches it again by that id alone"
        + " (the Relay Node interface).")
public interface Node {

    @Id
    @NonNull
    @Name("id")
    @Description("The object's stable id, unique across all sources, stories, entities, facts and claims,"
            + " e.g. \"crocus-attack-date\" or \"crocus-attack-date/nysun\".")
    String getKey();
}
