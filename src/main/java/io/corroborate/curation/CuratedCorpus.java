package io.corroborate.curation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.corroborate.entity.EntityKind;
import io.corroborate.entity.RelationKind;
import io.corroborate.fact.FactKind;

import java.time.Instant;
import java.util.List;

/** The shape of a curated corpus file under db/corpus/ (see db/corpus/README.md). */
public record CuratedCorpus(String curator, Instant curatedAt, Story story, List<Source> sources,
                            List<Entity> entities, List<Relation> relations, List<Fact> facts) {

    /** Relations between the file's entities; none when the file has no "relations". */
    public List<Relation> relationsOrNone() {
        return relations == null ? List.of() : relations;
    }

    public record Relation(String subject, RelationKind kind, String object, String since, String until, String note) {
    }

    public record Story(String id, String title, String summary) {
    }

    /** Written with every field, null ones too, as the curated files give them (exports leave out other absent fields). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Source(String id, String article, String sha256, String outlet, String headline, String author,
                         String url, String published, String language) {
    }

    public record Entity(String id, EntityKind kind, String name, String description, List<String> aliases) {
    }

    public record Fact(String id, FactKind kind, String question, List<String> entities, List<Claim> claims) {
    }

    /** curator and curatedAt, when given, stand for this claim instead of the file's (a story exported with claims of several curators). */
    public record Claim(String id, String source, String value, String interpretedAs, String speaker, String entity,
                        String note, Excerpt excerpt, String curator, Instant curatedAt) {

        public String idIn(Fact fact) {
            return id != null ? id : fact.id() + "/" + source;
        }
    }

    public record Excerpt(String exact, int start, int end, String prefix, String suffix) {
    }
}
