package io.corroborate.export;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.rdf.RdfNQuad;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * JSON-LD read as RDF by a JSON-LD processor (Titanium), offline: the standard contexts the exports name come from
 * local copies in src/test/resources/jsonld, reduced to the terms the exports use. schema.org serves one context for
 * http and https alike, mapping every term into http://schema.org/ (its "@vocab").
 */
final class LinkedData {

    static final String SCHEMA = "http://schema.org/";
    static final String OA = "http://www.w3.org/ns/oa#";
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

    private static final Map<String, String> CONTEXTS = Map.of(
            "https://schema.org/", "jsonld/schema.org.jsonld",
            "http://schema.org/", "jsonld/schema.org.jsonld",
            "http://www.w3.org/ns/anno.jsonld", "jsonld/anno.jsonld");

    /** Serves the local copies; any other address fails, so nothing is fetched from the internet. */
    private static final DocumentLoader LOCAL = (url, options) -> {
        String resource = CONTEXTS.get(url.toString());
        if (resource == null) {
            throw new IllegalStateException("no local copy of the context " + url);
        }
        try (InputStream in = LinkedData.class.getClassLoader().getResourceAsStream(resource)) {
            return JsonDocument.of(in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    };

    record Triple(String subject, String predicate, String object) {
    }

    private final List<Triple> triples;

    private LinkedData(List<Triple> triples) {
        this.triples = triples;
    }

    /**
     * The document's triples, after checking that expansion kept every property the document writes (a term no
     * context defines is silently dropped) and that every property became an absolute http(s) IRI (an undefined
     * prefix would make "prov:x" an IRI of the scheme "prov").
     */
    static LinkedData read(String json) throws Exception {
        var expanded = new ObjectMapper().readTree(JsonLd.expand(document(json)).loader(LOCAL).get().toString());
        List<String> properties = new ArrayList<>();
        expandedProperties(expanded, properties);
        assertEquals(writtenProperties(new ObjectMapper().readTree(json)), properties.size(), "every property written survives expansion");
        assertTrue(properties.stream().allMatch(p -> p.startsWith("http://") || p.startsWith("https://")), "absolute IRIs: " + properties);
        List<Triple> triples = new ArrayList<>();
        for (RdfNQuad quad : JsonLd.toRdf(document(json)).loader(LOCAL).get().toList()) {
            triples.add(new Triple(quad.getSubject().getValue(), quad.getPredicate().getValue(), quad.getObject().getValue()));
        }
        return new LinkedData(triples);
    }

    private static JsonDocument document(String json) throws JsonLdError {
        return JsonDocument.of(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** Properties written in the compact document: keys that are neither keywords nor the annotation context's aliases of @id and @type. */
    private static int writtenProperties(JsonNode node) {
        int count = 0;
        if (node.isArray()) {
            for (JsonNode item : node) {
                count += writtenProperties(item);
            }
        } else if (node.isObject()) {
            for (var field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
                String key = field.getKey();
                if (!key.equals("@context")) {
                    count += (key.startsWith("@") || key.equals("id") || key.equals("type") ? 0 : 1) + writtenProperties(field.getValue());
                }
            }
        }
        return count;
    }

    private static void expandedProperties(JsonNode node, List<String> properties) {
        if (node.isArray()) {
            node.forEach(item -> expandedProperties(item, properties));
        } else if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (!field.getKey().startsWith("@")) {
                    properties.add(field.getKey());
                }
                expandedProperties(field.getValue(), properties);
            });
        }
    }

    int size() {
        return triples.size();
    }

    Set<String> objects(String subject, String predicate) {
        return triples.stream().filter(t -> t.subject.equals(subject) && t.predicate.equals(predicate)).map(Triple::object)
                .collect(Collectors.toSet());
    }

    String object(String subject, String predicate) {
        Set<String> objects = objects(subject, predicate);
        assertEquals(1, objects.size(), subject + " " + predicate + ": " + objects);
        return objects.iterator().next();
    }

    Set<String> subjects(String predicate, String object) {
        return triples.stream().filter(t -> t.predicate.equals(predicate) && t.object.equals(object)).map(Triple::subject)
                .collect(Collectors.toSet());
    }

    boolean has(String subject, String predicate, String object) {
        return triples.contains(new Triple(subject, predicate, object));
    }
}
