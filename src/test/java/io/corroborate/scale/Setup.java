package io.corroborate.scale;

import java.util.ArrayList;
import java.util.List;

/**
 * The GraphQL requests that add a generated newsroom through the write API, many inputs per request (one
 * alias each), in the order they depend on one another: stories, entities, relations, sources.
 */
final class Setup {

    private static final int PER_REQUEST = 50;
    /** Articles are long; a request of ten stays around half a megabyte at the largest scale. */
    private static final int SOURCES_PER_REQUEST = 10;

    private final Newsroom newsroom;
    private final List<StringBuilder> articles;

    Setup(Newsroom newsroom, List<StringBuilder> articles) {
        this.newsroom = newsroom;
        this.articles = articles;
    }

    List<String> requests() {
        List<String> requests = new ArrayList<>();
        batch(requests, "addStory", "NewStory", PER_REQUEST, newsroom.stories.stream()
                .map(story -> new JsonText().put("id", story.id()).put("title", story.title()).toString()).toList());
        batch(requests, "addEntity", "NewEntity", PER_REQUEST, newsroom.entities.stream()
                .map(entity -> new JsonText().put("id", entity.id()).raw("kind", '"' + entity.kind() + '"').put("name", entity.name())
                        .put("description", entity.description()).put("aliases", entity.aliases()).toString()).toList());
        batch(requests, "addRelation", "NewRelation", PER_REQUEST, newsroom.relations.stream()
                .map(relation -> new JsonText().put("subject", relation.subject()).put("kind", relation.kind())
                        .put("object", relation.object()).toString()).toList());
        batch(requests, "addSource", "NewSource", SOURCES_PER_REQUEST, newsroom.sources.stream()
                .map(source -> new JsonText().put("id", source.id()).put("outlet", source.outlet()).put("headline", source.headline())
                        .put("published", source.published()).put("language", "en")
                        .put("text", articles.get(source.index()).toString()).toString()).toList());
        return requests;
    }

    /** One request per group of inputs: mutation($a0: Type!, …) { a0: field(input: $a0) { id } … }. */
    private static void batch(List<String> requests, String field, String type, int size, List<String> inputs) {
        for (int from = 0; from < inputs.size(); from += size) {
            List<String> group = inputs.subList(from, Math.min(inputs.size(), from + size));
            StringBuilder parameters = new StringBuilder();
            StringBuilder selections = new StringBuilder();
            JsonText variables = new JsonText();
            for (int i = 0; i < group.size(); i++) {
                parameters.append(i == 0 ? "" : ", ").append("$a").append(i).append(": ").append(type).append('!');
                selections.append(" a").append(i).append(": ").append(field).append("(input: $a").append(i).append(") { __typename }");
                variables.raw("a" + i, group.get(i));
            }
            String query = "mutation(" + parameters + ") {" + selections + " }";
            requests.add(new JsonText().put("query", query).raw("variables", variables.toString()).toString());
        }
    }
}
