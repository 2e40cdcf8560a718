package io.corroborate.compare;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("SourceAgreement")
@Description("How often a source is corroborated or contradicted by the other sources, counted in facts.")
public record SourceAgreement(
        @Description("Facts this source makes a claim about.") int facts,
        @Description("Of those, facts at least one other source also reports.") int shared,
        @Description("Shared facts where at least one other source's claim is compatible with this source's.") int corroborated,
        @Description("Facts where at least one other source's claim contradicts this source's (including suspected misattributions).") int contradicted,
        @Description("Share of the shared facts that are corroborated (corroborated / shared), between 0 and 1; null when no fact is shared.") Double corroborationRate) {
}
