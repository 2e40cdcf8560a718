package io.corroborate.export;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import io.corroborate.api.AnyOf;
import io.corroborate.api.Batch;
import io.corroborate.fact.Claim;
import io.corroborate.fact.Fact;
import io.corroborate.source.Source;
import io.corroborate.story.Story;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A story's claims as CSV, one row per claim with its provenance (the article, the verbatim excerpt and its offsets
 * in the article, who curated it and when), for spreadsheets and newsroom tools. Retracted claims are left out.
 */
@Path("/stories/{id}/claims.csv")
public class ClaimsCsv {

    private static final CsvMapper CSV = new CsvMapper();

    private final Downloads downloads;

    public ClaimsCsv(Downloads downloads) {
        this.downloads = downloads;
    }

    @JsonPropertyOrder({"fact", "question", "kind", "claim", "source", "outlet", "headline", "url", "value", "interpretedAs",
            "excerpt", "excerptStart", "excerptEnd", "note", "curatedBy", "curatedAt", "version"})
    record Row(String fact, String question, String kind, String claim, String source, String outlet, String headline, String url,
               String value, String interpretedAs, String excerpt, Integer excerptStart, Integer excerptEnd, String note,
               String curatedBy, String curatedAt, int version) {
    }

    @GET
    @Produces("text/csv; charset=utf-8")
    public Response claims(@PathParam("id") String id, @Context HttpServerRequest request) throws JsonProcessingException {
        return downloads.serve(request, "story", id, () -> Story.byKey(id), this::csv, "text/csv; charset=utf-8", id + "-claims.csv");
    }

    private String csv(Story story) throws JsonProcessingException {
        Map<Long, Fact> facts = Fact.<Fact>list("storyId = ?1", story.id).stream().collect(Collectors.toMap(f -> f.id, Function.identity()));
        List<Claim> claims = Claim.list("any_of(factId, ?1) and retractedAt is null order by factId, id", AnyOf.ids(facts.keySet()));
        Map<Long, Source> sources = Source.<Source>list("any_of(id, ?1)", AnyOf.ids(Batch.ids(claims, c -> c.sourceId))).stream()
                .collect(Collectors.toMap(s -> s.id, Function.identity()));
        List<Row> rows = claims.stream().map(c -> row(c, facts.get(c.factId), sources.get(c.sourceId))).toList();
        return CSV.writer(CSV.schemaFor(Row.class).withHeader()).writeValueAsString(rows);
    }

    private static Row row(Claim claim, Fact fact, Source source) {
        boolean quoted = claim.excerpt != null && claim.excerpt.exact != null;
        return new Row(fact.key, cell(fact.question), fact.kind.name(), claim.key, source.key, cell(source.outlet), cell(source.headline),
                cell(source.url), cell(claim.valueAsWritten), cell(claim.interpretedAs), quoted ? cell(claim.excerpt.exact) : null,
                quoted ? claim.excerpt.start : null, quoted ? claim.excerpt.end : null, cell(claim.note), claim.curatedBy,
                claim.curatedAt.toString(), claim.version);
    }

    /**
     * Text a spreadsheet would take for a formula (starting with =, +, -, @, a tab or a carriage return) gets a leading
     * apostrophe, which spreadsheets hide: a curated excerpt must never run as a formula in a reader's spreadsheet.
     */
    static String cell(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
