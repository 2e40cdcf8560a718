package io.corroborate.export;

import io.corroborate.compare.ComparisonStore;
import io.corroborate.compare.ConflictReview;
import io.corroborate.compare.StoredComparison;
import io.corroborate.api.AnyOf;
import io.corroborate.api.Batch;
import io.corroborate.entity.NamedEntity;
import io.corroborate.fact.Claim;
import io.corroborate.fact.Fact;
import io.corroborate.fact.FactKind;
import io.corroborate.source.Source;
import io.corroborate.story.Story;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Facts as schema.org ClaimReviews in JSON-LD, one per fact: the question as claimReviewed, the fact as a schema:Claim
 * whose appearances are the articles, each source's claim as a part of it that was quoted from its article
 * (prov:wasQuotedFrom), curated in a prov:Activity, and located in the article by a W3C Web Annotation; the verdict
 * in words as the rating. Terms come from the standard contexts, schema.org's and the W3C annotation context (the
 * latter scoped to the annotations, whose terms would otherwise shadow schema.org's "name" or "source").
 */
@ApplicationScoped
public class ClaimReviews {

    static final String SCHEMA = "https://schema.org/";
    static final String ANNOTATIONS = "http://www.w3.org/ns/anno.jsonld";
    static final List<Object> CONTEXT = List.of(SCHEMA, node("prov", "http://www.w3.org/ns/prov#", "oa", "http://www.w3.org/ns/oa#",
            "xsd", "http://www.w3.org/2001/XMLSchema#"));

    private final ComparisonStore comparisons;
    private final ExportConfig config;

    public ClaimReviews(ComparisonStore comparisons, ExportConfig config) {
        this.comparisons = comparisons;
        this.config = config;
    }

    /** Each fact's ClaimReview as a document of its own, in the facts' order. */
    public List<Map<String, Object>> documents(List<Fact> facts) {
        Reviewed reviewed = new Reviewed(Evidence.of(facts));
        return facts.stream().map(f -> {
            Map<String, Object> document = node("@context", CONTEXT);
            document.putAll(reviewed.review(f));
            return document;
        }).toList();
    }

    /** The ClaimReviews of all the story's facts, in curation order, as one document. */
    public Map<String, Object> story(Story story) {
        Reviewed reviewed = new Reviewed(Evidence.of(story));
        return node("@context", CONTEXT, "@graph", reviewed.evidence.facts.stream().map(reviewed::review).toList());
    }

    /** The IRI of a fact's ClaimReview: the address of its download. */
    String reviewIri(String factKey) {
        return iri("facts", factKey) + "/claim-review.jsonld";
    }

    private String iri(String collection, String key) {
        return config.baseUrl() + "/" + collection + "/" + URLEncoder.encode(key, StandardCharsets.UTF_8);
    }

    /** The facts' ClaimReviews with what they read: evidence, stored comparisons and curators' decisions. */
    private final class Reviewed {
        private final Evidence evidence;
        private final Map<Long, StoredComparison> verdicts;
        private final Map<Long, ConflictReview> decisions;

        Reviewed(Evidence evidence) {
            this.evidence = evidence;
            List<Long> ids = Batch.ids(evidence.facts, f -> f.id);
            this.verdicts = comparisons.forFacts(ids);
            this.decisions = Batch.index(ConflictReview.<ConflictReview>list("any_of(factId, ?1)", AnyOf.ids(ids)), r -> r.factId);
        }

        Map<String, Object> review(Fact fact) {
            List<Claim> claims = evidence.claims(fact);
            ConflictReview decision = decisions.get(fact.id);
            List<Instant> times = Stream.concat(claims.stream().map(c -> c.curatedAt),
                    Stream.ofNullable(decision == null ? null : decision.reviewedAt)).sorted().toList();
            return node("@type", "ClaimReview", "@id", reviewIri(fact.key),
                    "claimReviewed", claims.size() == 1 ? fact.question + ": " + claims.get(0).valueAsWritten : fact.question,
                    "author", publisher(),
                    "datePublished", times.isEmpty() ? null : times.get(0).toString(),
                    "dateModified", times.isEmpty() ? null : times.get(times.size() - 1).toString(),
                    "reviewRating", node("@type", "Rating", "alternateName", RatingText.of(verdicts.get(fact.id).verdict),
                            "ratingExplanation", RatingText.decision(decision)),
                    "itemReviewed", node("@type", "Claim", "@id", reviewIri(fact.key) + "#claim", "name", fact.question,
                            "appearance", claims.stream().map(c -> c.sourceId).distinct().map(id -> article(evidence.sources.get(id))).toList(),
                            "hasPart", claims.stream().map(c -> part(fact, c)).toList()));
        }

        private Map<String, Object> publisher() {
            return node("@type", "Organization", "@id", config.baseUrl() + "/", "name", config.publisher(), "url", config.baseUrl() + "/");
        }

        private Map<String, Object> article(Source source) {
            return node("@type", "NewsArticle", "@id", articleIri(source), "url", source.url, "headline", source.headline,
                    "publisher", source.outlet == null ? null : node("@type", "Organization", "name", source.outlet),
                    "author", source.author == null ? null : node("@type", "Person", "name", source.author),
                    "datePublished", PublishedDate.text(source.getPublished()), "inLanguage", source.language);
        }

        private String articleIri(Source source) {
            return source.url != null ? source.url : iri("sources", source.key);
        }

        /** One source's claim: the words it was quoted from its article with, who curated them, and where they stand. */
        private Map<String, Object> part(Fact fact, Claim claim) {
            String claimIri = iri("claims", claim.key);
            Map<String, Object> article = node("@id", articleIri(evidence.sources.get(claim.sourceId)));
            NamedEntity speaker = fact.kind == FactKind.QUOTE ? evidence.entity(claim.valueEntityId) : null;
            return node("@type", List.of("Claim", "prov:Entity"), "@id", claimIri, "text", claim.valueAsWritten,
                    "appearance", article, "prov:wasQuotedFrom", article,
                    "prov:wasAttributedTo", speaker == null ? null : agent(speaker),
                    "prov:wasGeneratedBy", node("@type", "prov:Activity", "@id", claimIri + "#curation",
                            "prov:wasAssociatedWith", node("@type", "prov:Agent", "@id", iri("curators", claim.curatedBy), "name", claim.curatedBy),
                            "prov:endedAtTime", node("@value", claim.curatedAt.toString(), "@type", "xsd:dateTime")),
                    "@reverse", claim.excerpt == null || claim.excerpt.exact == null ? null
                            : node("oa:hasBody", annotation(claimIri, (String) article.get("@id"), claim)));
        }

        private Map<String, Object> agent(NamedEntity entity) {
            String type = switch (entity.kind) {
                case PERSON -> "Person";
                case ORGANIZATION -> "Organization";
                case PLACE -> "Place";
            };
            return node("@type", List.of(type, "prov:Agent"), "@id", iri("entities", entity.key), "name", entity.name);
        }

        /** The excerpt as a W3C Web Annotation on the article: the claim is its body, the passage its target. */
        private Map<String, Object> annotation(String claimIri, String articleIri, Claim claim) {
            var excerpt = claim.excerpt;
            return node("@context", ANNOTATIONS, "id", claimIri + "#excerpt", "type", "Annotation", "motivation", "identifying",
                    "body", claimIri,
                    "target", node("type", "SpecificResource", "source", articleIri, "selector", List.of(
                            node("type", "TextQuoteSelector", "exact", excerpt.exact, "prefix", excerpt.prefix, "suffix", excerpt.suffix),
                            node("type", "TextPositionSelector", "start", excerpt.start, "end", excerpt.end))));
        }
    }

    /** A JSON object with its keys in the given order, leaving out null values and empty lists. */
    static Map<String, Object> node(Object... keysAndValues) {
        Map<String, Object> node = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            if (value != null && !(value instanceof Collection<?> c && c.isEmpty())) {
                node.put((String) keysAndValues[i], value);
            }
        }
        return node;
    }
}
