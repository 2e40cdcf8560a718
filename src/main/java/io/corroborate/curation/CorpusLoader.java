package io.corroborate.curation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corroborate.curation.ArticleTexts.Article;
import io.corroborate.entity.EntityRelation;
import io.corroborate.entity.NamedEntity;
import io.corroborate.fact.Claim;
import io.corroborate.ops.StatementTimeouts;
import io.corroborate.fact.Excerpt;
import io.corroborate.fact.Fact;
import io.corroborate.fact.ValueReading;
import io.corroborate.source.Source;
import io.corroborate.story.Story;
import io.corroborate.value.DateParser;
import jakarta.enterprise.context.ApplicationScoped;
import io.corroborate.compare.SettlesVerdicts;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * Loads a curated corpus file into the database. Loading is idempotent and never overwrites: items whose id
 * is already stored are kept as stored (curators may have edited them since), new items are inserted, and a
 * file version that was loaded before is skipped. Nothing is written unless the whole file checks out.
 */
@ApplicationScoped
public class CorpusLoader {

    private static final Logger LOG = Logger.getLogger(CorpusLoader.class);

    private final ArticleTexts articleTexts;
    private final CorpusConfig config;
    private final ObjectMapper mapper;
    private final SourceWriter sourceWriter;
    private final StoryWriter storyWriter;
    private final EntityWriter entityWriter;
    private final RelationWriter relationWriter;
    private final FactWriter factWriter;
    private final ClaimWriter claimWriter;

    public CorpusLoader(ArticleTexts articleTexts, CorpusConfig config, ObjectMapper mapper,
                        SourceWriter sourceWriter, StoryWriter storyWriter, EntityWriter entityWriter,
                        RelationWriter relationWriter, FactWriter factWriter, ClaimWriter claimWriter) {
        this.articleTexts = articleTexts;
        this.config = config;
        this.mapper = mapper;
        this.sourceWriter = sourceWriter;
        this.storyWriter = storyWriter;
        this.entityWriter = entityWriter;
        this.relationWriter = relationWriter;
        this.factWriter = factWriter;
        this.claimWriter = claimWriter;
    }

    @Transactional
    @SettlesVerdicts
    public LoadReport load(String resource) {
        return load(resource, readResource(resource));
    }

    /** Loads a corpus file given as bytes (e.g. a story exported from another instance), named for the audit and the load record. */
    @Transactional
    @SettlesVerdicts
    public LoadReport load(String resource, byte[] bytes) {
        StatementTimeouts.allowJob(Source.getEntityManager());
        String sha256 = ArticleTexts.sha256(bytes);
        if (CorpusLoad.done(resource, sha256)) {
            return LoadReport.skipped(resource);
        }
        CuratedCorpus corpus = parse(resource, bytes);
        Map<String, Article> articles = articles(resource, corpus);
        List<String> problems = CorpusCheck.problems(corpus, articles);
        if (!problems.isEmpty()) {
            throw new CorpusException(resource, problems);
        }
        Insertion insertion = new Insertion(corpus, articles, "corpus:" + resource);
        insertion.run();
        CorpusLoad load = new CorpusLoad();
        load.file = resource;
        load.sha256 = sha256;
        load.inserted = insertion.inserted;
        load.kept = insertion.kept;
        load.persist();
        return new LoadReport(resource, false, insertion.inserted, insertion.kept);
    }

    private byte[] readResource(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new CorpusException(resource, List.of("no such resource on the classpath"));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new CorpusException(resource, List.of("cannot be read: " + e.getMessage()));
        }
    }

    private CuratedCorpus parse(String resource, byte[] bytes) {
        try {
            return mapper.readerFor(CuratedCorpus.class)
                    .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(bytes);
        } catch (IOException e) {
            throw new CorpusException(resource, List.of("not a valid corpus file: " + e.getMessage()));
        }
    }

    private Map<String, Article> articles(String resource, CuratedCorpus corpus) {
        Map<String, Article> articles = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (CuratedCorpus.Source source : corpus.sources() == null ? List.<CuratedCorpus.Source>of() : corpus.sources()) {
            articleTexts.read(source.article()).ifPresentOrElse(a -> articles.put(source.id(), a), () -> missing.add(source.article()));
        }
        if (!missing.isEmpty()) {
            String message = "article texts not found in " + articleTexts.directory().toAbsolutePath() + ": " + missing;
            if (config.requireArticles()) {
                throw new CorpusException(resource, List.of(message));
            }
            LOG.warnf("%s: %s; their excerpts are loaded without checking them against the text", resource, message);
        }
        return articles;
    }

    /**
     * Inserts what is not stored yet through the writers the API uses, with audit entries whose actor names the
     * corpus file; counts what it inserted and what it found already there.
     */
    private final class Insertion {
        private final CuratedCorpus corpus;
        private final String actor;
        private final Map<String, Article> articles;
        private final Map<String, Source> sources = new HashMap<>();
        private final Map<String, NamedEntity> entities = new HashMap<>();
        int inserted;
        int kept;

        Insertion(CuratedCorpus corpus, Map<String, Article> articles, String actor) {
            this.corpus = corpus;
            this.actor = actor;
            this.articles = articles;
        }

        void run() {
            Story story = story(corpus.story());
            corpus.sources().forEach(s -> sources.put(s.id(), source(s)));
            corpus.entities().forEach(e -> entities.put(e.id(), entity(e)));
            corpus.relationsOrNone().forEach(this::relation);
            for (CuratedCorpus.Fact curated : corpus.facts()) {
                Fact fact = fact(curated, story);
                for (CuratedCorpus.Claim claim : curated.claims()) {
                    claim(curated, fact, claim);
                }
            }
        }

        private Story story(CuratedCorpus.Story curated) {
            return Story.byKey(curated.id()).map(this::keep).orElseGet(() -> {
                Story story = new Story();
                story.key = curated.id();
                story.title = curated.title();
                story.summary = curated.summary();
                inserted++;
                return storyWriter.insert(story, actor);
            });
        }

        private Source source(CuratedCorpus.Source curated) {
            return Source.byKey(curated.id()).map(this::keep).orElseGet(() -> {
                Source source = new Source();
                source.key = curated.id();
                source.outlet = curated.outlet();
                source.headline = curated.headline();
                source.author = curated.author();
                source.url = curated.url();
                source.language = curated.language();
                source.contentSha256 = curated.sha256();
                source.articleFile = curated.article();
                source.setPublished(curated.published() == null ? null : DateParser.parse(curated.published()));
                Article article = articles.get(curated.id());
                source.articleText = article == null ? null : article.text();
                source.hasArticleText = source.articleText != null;
                inserted++;
                return sourceWriter.insert(source, actor);
            });
        }

        private NamedEntity entity(CuratedCorpus.Entity curated) {
            return NamedEntity.byKey(curated.id()).map(this::keep).orElseGet(() -> {
                NamedEntity entity = new NamedEntity();
                entity.key = curated.id();
                entity.kind = curated.kind();
                entity.name = curated.name();
                entity.description = curated.description();
                entity.aliases = curated.aliases() == null ? new ArrayList<>() : new ArrayList<>(curated.aliases());
                inserted++;
                return entityWriter.insert(entity, actor);
            });
        }

        private Fact fact(CuratedCorpus.Fact curated, Story story) {
            return Fact.byKey(curated.id()).map(this::keep).orElseGet(() -> {
                Fact fact = new Fact();
                fact.key = curated.id();
                fact.storyId = story.id;
                fact.kind = curated.kind();
                fact.question = curated.question();
                List<String> subjects = curated.entities() == null ? List.of() : curated.entities();
                Set<Long> ids = new LinkedHashSet<>();
                subjects.forEach(e -> ids.add(entities.get(e).id));
                inserted++;
                return factWriter.insert(fact, story.key, ids, subjects, actor);
            });
        }

        private void claim(CuratedCorpus.Fact curatedFact, Fact fact, CuratedCorpus.Claim curated) {
            String key = curated.idIn(curatedFact);
            if (Claim.count("key", key) > 0) {
                kept++;
                return;
            }
            Source source = sources.get(curated.source());
            String entityKey = curated.speaker() != null ? curated.speaker() : curated.entity();
            Long entityId = entityKey == null ? null : entities.get(entityKey).id;
            Claim claim = new Claim();
            claim.key = key;
            claim.factId = fact.id;
            claim.kind = fact.kind;
            claim.sourceId = source.id;
            claim.valueAsWritten = curated.value();
            claim.interpretedAs = curated.interpretedAs();
            String reading = curated.interpretedAs() != null ? curated.interpretedAs() : curated.value();
            claim.setValue(ValueReading.read(fact.kind, reading, source.getPublished(), entityId));
            claim.excerpt = excerpt(curated.excerpt());
            claim.note = curated.note();
            claim.curatedBy = curated.curator() != null ? curated.curator() : corpus.curator();
            claim.curatedAt = curated.curatedAt() != null ? curated.curatedAt() : corpus.curatedAt();
            inserted++;
            claimWriter.insert(claim, fact, source, actor);
        }

        private static Excerpt excerpt(CuratedCorpus.Excerpt curated) {
            Excerpt excerpt = new Excerpt();
            excerpt.exact = curated.exact();
            excerpt.start = curated.start();
            excerpt.end = curated.end();
            excerpt.prefix = curated.prefix() == null ? "" : curated.prefix();
            excerpt.suffix = curated.suffix() == null ? "" : curated.suffix();
            return excerpt;
        }

        private void relation(CuratedCorpus.Relation curated) {
            Long subject = entities.get(curated.subject()).id;
            Long object = entities.get(curated.object()).id;
            if (RelationWriter.recorded(subject, curated.kind(), object)) {
                kept++;
                return;
            }
            EntityRelation relation = new EntityRelation();
            relation.subjectId = subject;
            relation.kind = curated.kind();
            relation.objectId = object;
            relation.since = curated.since() == null ? null : java.time.LocalDate.parse(curated.since());
            relation.until = curated.until() == null ? null : java.time.LocalDate.parse(curated.until());
            relation.note = curated.note();
            relation.curatedBy = corpus.curator();
            inserted++;
            relationWriter.insert(relation, curated.subject(), curated.object(), actor);
        }

        private <T> T keep(T entity) {
            kept++;
            return entity;
        }
    }
}
