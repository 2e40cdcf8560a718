package io.corroborate.curation;

import io.corroborate.api.BadUserInputException;
import io.corroborate.api.ForbiddenException;
import io.corroborate.user.Curator;
import io.corroborate.api.NotFoundException;
import io.corroborate.compare.SettlesVerdicts;
import io.corroborate.source.Source;
import io.corroborate.value.DateParser;
import io.corroborate.value.UnreadableValueException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes sources (articles) for the write API, the bulk import and the corpus loader, each with its audit entry. */
@ApplicationScoped
public class SourceWriter {

    private final Audit audit;

    public SourceWriter(Audit audit) {
        this.audit = audit;
    }

    @Transactional
    @SettlesVerdicts
    public Source add(Inputs.NewSource input, String actor) {
        String id = Check.newId("input.id", input.id(), "source", Source::byKey);
        Source source = new Source();
        source.key = id;
        Check.required("input.text", input.text(), Check.ARTICLE);
        source.articleText = input.text();
        source.hasArticleText = true;
        source.contentSha256 = ArticleTexts.sha256(input.text().getBytes(StandardCharsets.UTF_8));
        applyMetadata(source, input.outlet(), input.headline(), input.author(), input.url(), input.published(), input.language());
        Check.required("input.headline", source.headline, Check.SHORT);
        Check.required("input.language", source.language, Check.ID);
        return insert(source, actor);
    }

    @Transactional
    @SettlesVerdicts
    public Source update(String id, int version, Inputs.SourceChanges changes, Curator curator) {
        String actor = curator.name();
        Source source = Source.byKey(id).orElseThrow(() -> new NotFoundException("source", id));
        if (!curator.editor() && !actor.equals(addedBy(source))) {
            throw new ForbiddenException("editor", "change a source another curator added");
        }
        Versions.require("source", id, version, source.version);
        Map<String, Object> before = metadata(source);
        applyMetadata(source, or(changes.outlet(), source.outlet), or(changes.headline(), source.headline),
                or(changes.author(), source.author), or(changes.url(), source.url), changes.published(), or(changes.language(), source.language));
        Check.required("changes.headline", source.headline, Check.SHORT);
        Check.required("changes.language", source.language, Check.ID);
        Versions.flush("source", id, version, () -> Source.byKey(id).orElseThrow().version);
        audit.record(actor, "UPDATE_SOURCE", "SOURCE", id, null, before, metadata(source));
        return source;
    }

    /** Who added the source: the curator of its ADD_SOURCE entry, or of the import that created it. */
    private static String addedBy(Source source) {
        return source.importId != null
                ? AuditEvent.<AuditEvent>findByIdOptional(source.importId).map(e -> e.actor).orElse(null)
                : AuditEvent.<AuditEvent>find("action = 'ADD_SOURCE' and targetType = 'SOURCE' and targetId = ?1 order by id", source.key)
                .firstResultOptional().map(e -> e.actor).orElse(null);
    }

    /** A source named by an import line, without article text; its provenance is the import's audit entry. */
    Source addImported(ImportLine line, long importId) {
        Source source = new Source();
        source.key = Check.unused("source", line.source());
        source.headline = Check.required("sourceHeadline", line.sourceHeadline(), Check.SHORT);
        source.outlet = Check.optional("sourceOutlet", line.sourceOutlet(), Check.SHORT);
        source.language = line.sourceLanguage() == null ? "en" : Check.language("sourceLanguage", Check.required("sourceLanguage", line.sourceLanguage(), Check.ID));
        source.contentSha256 = ArticleTexts.sha256(new byte[0]);
        source.importId = importId;
        source.persistAndFlush();
        return source;
    }

    /** Stores a checked source and records it in the audit log. */
    @Transactional
    Source insert(Source source, String actor) {
        source.persist();
        Map<String, Object> after = metadata(source);
        if (source.articleText != null) {
            after.put("textLength", source.articleText.strip().length());
        }
        audit.record(actor, "ADD_SOURCE", "SOURCE", source.key, null, null, after);
        return source;
    }

    private static void applyMetadata(Source source, String outlet, String headline, String author, String url,
                                      String published, String language) {
        source.outlet = Check.optional("outlet", outlet, Check.SHORT);
        source.headline = Check.optional("headline", headline, Check.SHORT);
        source.author = Check.optional("author", author, Check.SHORT);
        source.url = Check.url("url", url);
        source.language = Check.language("language", language);
        if (published != null) {
            try {
                source.setPublished(DateParser.parse(Check.required("published", published, Check.ID)));
            } catch (UnreadableValueException e) {
                throw new BadUserInputException("published", "use YYYY, YYYY-MM or YYYY-MM-DD (" + e.getMessage() + ")");
            }
        }
    }

    private static Map<String, Object> metadata(Source source) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("id", source.key);
        metadata.put("outlet", source.outlet);
        metadata.put("headline", source.headline);
        metadata.put("author", source.author);
        metadata.put("url", source.url);
        metadata.put("published", source.getPublished());
        metadata.put("language", source.language);
        metadata.put("contentSha256", source.contentSha256);
        return metadata;
    }

    private static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
