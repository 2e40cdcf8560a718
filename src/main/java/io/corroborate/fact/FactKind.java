package io.corroborate.fact;

import org.eclipse.microprofile.graphql.Description;

@Description("The type of answer a fact asks for; it decides the typed form of its claims' values.")
public enum FactKind {
    @Description("A date or period, e.g. \"July 3\", \"early 2024\"; claims carry a DateValue.")
    DATE,
    @Description("An amount, e.g. \"at least 143 people\"; claims carry a QuantityValue.")
    QUANTITY,
    @Description("Words someone said; claims carry a QuoteValue with the speaker.")
    QUOTE,
    @Description("A free textual answer, e.g. a title; claims carry a TextValue. Two texts worded differently are never a"
            + " conflict by themselves (the verdict is WORDING_DIFFERS): type such answers as YES_NO, ENTITY or SET instead.")
    TEXT,
    @Description("A proposition the sources affirm, deny or hedge, e.g. \"Did Russia keep its embassy in Kabul open?\";"
            + " claims carry a YesNoValue (the curator's reading: interpretedAs yes, no or hedged).")
    YES_NO,
    @Description("An answer that is an entity, e.g. who announced, which body decided; claims carry an EntityValue"
            + " (the claim names the entity). A part of what another answer names is more specific, not contradicting.")
    ENTITY,
    @Description("A list of items, e.g. the minerals cited; claims carry a SetValue. Lists that overlap without excluding"
            + " each other are consistent; \"only X\" against \"Y\" conflicts.")
    SET
}
