package io.corroborate.curation;

import io.corroborate.entity.EntityKind;
import io.corroborate.entity.RelationKind;
import io.corroborate.fact.FactKind;
import io.corroborate.value.DatePrecision;
import io.corroborate.value.Qualifier;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The input types of the write API. */
public final class Inputs {

    private Inputs() {
    }

    @Input("NewSource")
    @Description("A new article with its full text; the server keeps the text and its SHA-256 to check excerpts against.")
    public record NewSource(
            @NonNull @Id @Description("Stable id, lower-case letters, digits and dashes, e.g. \"reuters-2025-07-04\".") String id,
            @Description("The publication; null when unknown.") String outlet,
            @NonNull @Description("The headline as printed.") String headline,
            @Description("The author; null when unknown.") String author,
            @Description("The URL; null when unknown.") String url,
            @Description("Publication date as YYYY, YYYY-MM or YYYY-MM-DD; null when unknown.") String published,
            @NonNull @Description("BCP 47 language tag, e.g. \"en\".") String language,
            @NonNull @Description("The full article text, exactly as published (up to 2,000,000 characters).") String text) {
    }

    @Input("SourceChanges")
    @Description("Metadata changes to a source; fields left null stay as they are. The article text cannot change.")
    public record SourceChanges(
            @Description("New outlet.") String outlet,
            @Description("New headline.") String headline,
            @Description("New author.") String author,
            @Description("New URL.") String url,
            @Description("New publication date (YYYY, YYYY-MM or YYYY-MM-DD).") String published,
            @Description("New language tag.") String language) {
    }

    @Input("NewStory")
    @Description("A new story (news event).")
    public record NewStory(
            @NonNull @Id @Description("Stable id, lower-case letters, digits and dashes.") String id,
            @NonNull @Description("Short title.") String title,
            @Description("One or two sentences; optional.") String summary) {
    }

    @Input("NewEntity")
    @Description("A new person, organisation or place.")
    public record NewEntity(
            @NonNull @Id @Description("Stable id, lower-case letters, digits and dashes, e.g. \"sergei-lavrov\".") String id,
            @NonNull @Description("Person, organisation or place.") EntityKind kind,
            @NonNull @Description("The name Corroborate should use.") String name,
            @Description("Who or what it is, in a few words; optional.") String description,
            @Description("Other names and spellings the sources use (at most 100).") List<String> aliases) {
    }

    @Input("NewFact")
    @Description("A new question the sources answer.")
    public record NewFact(
            @NonNull @Id @Description("Stable id, lower-case letters, digits and dashes, e.g. \"crocus-attack-date\".") String id,
            @NonNull @Id @Description("The story's id.") String story,
            @NonNull @Description("DATE, QUANTITY, QUOTE or TEXT.") FactKind kind,
            @NonNull @Description("The question in plain words.") String question,
            @Description("Ids of the entities the fact is about (at most 100).") List<String> entities) {
    }

    @Input("NewClaim")
    @Description("What one source says for one fact. The server finds the excerpt in the article, stores its offsets"
            + " and context, and reads the value into its typed form.")
    public record NewClaim(
            @NonNull @Id @Description("The fact's id.") String fact,
            @NonNull @Id @Description("The source's id.") String source,
            @NonNull @Description("The value exactly as written in the article, e.g. \"at least 143 people\"; it must occur in the excerpt.") String value,
            @Description("The verbatim passage the value comes from; defaults to the value itself. Refused, with the closest"
                    + " passage suggested, when the article does not contain it.") String excerpt,
            @Description("When the excerpt occurs more than once: a character offset to pick the occurrence nearest to it.") Integer near,
            @Description("A normalised reading when the written value cannot be read on its own, e.g. \"2025-07-03\" for \"two days later\".") String interpretedAs,
            @Id @Description("QUOTE claims: the id of the entity the source says spoke.") String speaker,
            @Id @Description("TEXT claims, optional: the id of the entity the text names.") String entity,
            @Description("A curator's remark; optional.") String note,
            @Description("DATE claims, optional: the typed date itself instead of reading it from the value.") DateInput date,
            @Description("QUANTITY claims, optional: the typed amount itself instead of reading it from the value.") QuantityInput quantity) {
    }

    @Input("ClaimChanges")
    @Description("Changes to a claim; fields left null stay as they are. The claim keeps its id and gets a new version.")
    public record ClaimChanges(
            @Description("New value as written.") String value,
            @Description("New excerpt (found again in the article).") String excerpt,
            @Description("Offset to prefer when the excerpt occurs more than once.") Integer near,
            @Description("New normalised reading.") String interpretedAs,
            @Id @Description("New speaker (entity id).") String speaker,
            @Id @Description("New named entity (entity id).") String entity,
            @Description("New curator's remark.") String note,
            @Description("New typed date.") DateInput date,
            @Description("New typed amount.") QuantityInput quantity) {
    }

    @Input("DateInput")
    @Description("A typed date: the interval of days it may mean.")
    public record DateInput(
            @Description("First day (inclusive).") LocalDate earliest,
            @Description("Last day (inclusive).") LocalDate latest,
            @Description("How precisely it was written.") DatePrecision precision) {
    }

    @Input("QuantityInput")
    @Description("A typed amount.")
    public record QuantityInput(
            @Description("The number.") BigDecimal amount,
            @Description("The unit, e.g. \"person\", \"year\", \"USD\"; null when none.") String unit,
            @Description("The hedge; EXACT when none; BETWEEN for a range, VAGUE for a vague amount.") Qualifier qualifier,
            @Description("The upper end of a range (BETWEEN, included) or of a vague amount (VAGUE, excluded); given with"
                    + " those qualifiers only.") BigDecimal upperAmount) {
    }

    @Input("NewRelation")
    @Description("A relation between two entities: subject KIND object, e.g. sergei-lavrov HEADS russian-foreign-ministry.")
    public record NewRelation(
            @NonNull @Id @Description("The subject entity's id.") String subject,
            @NonNull @Description("How the subject stands to the object.") RelationKind kind,
            @NonNull @Id @Description("The object entity's id.") String object,
            @Description("Since when it holds (YYYY-MM-DD), when known.") String since,
            @Description("Until when it held (YYYY-MM-DD), when it has ended.") String until,
            @Description("A remark, e.g. the article that states it.") String note) {
    }
}
