package io.corroborate.entity;

import org.eclipse.microprofile.graphql.Description;

@Description("How one entity stands to another; read it as a sentence: subject KIND object.")
public enum RelationKind {
    @Description("The subject is a part of the object: a ministry of a state, a court of a country.")
    PART_OF("is part of"),
    @Description("The subject belongs to the object: a minister to a government, a fighter to a movement.")
    MEMBER_OF("is a member of"),
    @Description("The subject leads the object: a minister his ministry, a president his state.")
    HEADS("heads"),
    @Description("The subject speaks for the object: a spokesman, an ambassador.")
    SPEAKS_FOR("speaks for"),
    @Description("The subject lies within the object: a city in a country.")
    LOCATED_IN("is in");

    private final String phrase;

    RelationKind(String phrase) {
        this.phrase = phrase;
    }

    /** The verb phrase, e.g. "heads", for explanations. */
    public String phrase() {
        return phrase;
    }
}
