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
    @Description("A short textual answer such as a name or a title; claims carry a TextValue.")
    TEXT
}
