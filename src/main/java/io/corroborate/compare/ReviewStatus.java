package io.corroborate.compare;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a fact's conflict stands in review.")
public enum ReviewStatus {
    @Description("Not reviewed yet, or reviewed before its claims changed: to be looked at.")
    OPEN,
    @Description("A curator confirmed the discrepancy (it stays on the worklist, marked confirmed).")
    CONFIRMED,
    @Description("A curator dismissed it as no real discrepancy, with a reason (off the default worklist; still shown on the fact).")
    DISMISSED
}
