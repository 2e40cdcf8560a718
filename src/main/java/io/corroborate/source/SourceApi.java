package io.corroborate.source;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;

import io.corroborate.api.AnyOf;
import io.corroborate.api.Batch;

import java.util.List;

@GraphQLApi
public class SourceApi {

    @Query("sources")
    @Description("Every article in Corroborate, in the order they were added.")
    public @org.eclipse.microprofile.graphql.NonNull List<@org.eclipse.microprofile.graphql.NonNull Source> sources() {
        return Source.list("order by id");
    }

    @Query("source")
    @Description("One article by its id; null if there is none.")
    public Source source(@Name("id") @Id @org.eclipse.microprofile.graphql.NonNull @Description("The source's id, e.g. \"nysun\".") String id) {
        return Source.byKey(id).orElse(null);
    }

    @Description("The full article text the claims were curated from (the text whose SHA-256 is contentSha256; excerpt"
            + " offsets count its Unicode code points); null when the server does not hold it.")
    public List<String> articleText(@org.eclipse.microprofile.graphql.Source List<Source> sources) {
        List<Object[]> rows = Source.getEntityManager()
                .createQuery("select s.id, s.articleText from Source s where any_of(s.id, :ids)", Object[].class)
                .setParameter("ids", AnyOf.ids(Batch.ids(sources, s -> s.id))).getResultList();
        return Batch.references(sources, s -> s.id, rows, r -> (Long) r[0]).stream()
                .map(row -> row == null ? null : (String) row[1]).toList();
    }
}
