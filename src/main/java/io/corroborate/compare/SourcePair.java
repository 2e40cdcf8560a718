package io.corroborate.compare;

import io.corroborate.fact.Fact;
import io.corroborate.source.Source;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

@Type("SourcePair")
@Description("Two sources side by side, fact by fact, judged on their own claims only.")
public record SourcePair(
        @Description("The first source.") @NonNull Source a,
        @Description("The second source.") @NonNull Source b,
        @Description("Facts where both state the same value.") @NonNull List<@NonNull Fact> agree,
        @Description("Facts where they differ only in precision or hedging.") @NonNull List<@NonNull Fact> consistent,
        @Description("Facts where their claims cannot both be true.") @NonNull List<@NonNull Fact> conflict,
        @Description("Facts where they word their answers differently and the rules cannot tell whether they agree.") @NonNull List<@NonNull Fact> wordingDiffers,
        @Description("Facts only the first source reports.") @NonNull List<@NonNull Fact> onlyA,
        @Description("Facts only the second source reports.") @NonNull List<@NonNull Fact> onlyB) {
}
