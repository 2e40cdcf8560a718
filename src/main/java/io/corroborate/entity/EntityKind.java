package io.corroborate.entity;

import org.eclipse.microprofile.graphql.Description;

@Description("What sort of thing an entity is.")
public enum EntityKind {
    @Description("A named person, e.g. Sergei Lavrov.")
    PERSON,
    @Description("A government, ministry, court, armed group, company or other organisation.")
    ORGANIZATION,
    @Description("A country, city or building.")
    PLACE
}
