package io.corroborate.curation;

import io.corroborate.api.BadUserInputException;

import io.corroborate.curation.ArticleTexts.Article;
import io.corroborate.fact.ValueReading;
import io.corroborate.value.DateParser;
import io.corroborate.value.DateValue;
import io.corroborate.value.UnreadableValueException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything that must hold before a curated corpus may touch the database: references resolve, ids are
 * unique, every value can be read, and every excerpt stands verbatim in its article where the text is at hand.
 */
final class CorpusCheck {

    /** Any entity id: values are read only to see that they can be, the real ids come at insertion. */
    private static final Long SOME_ENTITY = 0L;

    private final CuratedCorpus corpus;
    private final Map<String, Article> articles;
    private final List<String> problems = new ArrayList<>();

    private CorpusCheck(CuratedCorpus corpus, Map<String, Article> articles) {
        this.corpus = corpus;
        this.articles = articles;
    }

    /** @param articles the article texts at hand, by source id; sources without a text are checked for form only */
    static List<String> problems(CuratedCorpus corpus, Map<String, Article> articles) {
        CorpusCheck check = new CorpusCheck(corpus, articles);
        check.run();
        return check.problems;
    }

    private void run() {
        if (corpus.story() == null || corpus.sources() == null || corpus.entities() == null || corpus.facts() == null) {
            problems.add("the file needs story, sources, entities and facts");
            return;
        }
        if (corpus.curator() == null || corpus.curatedAt() == null) {
            problems.add("the file needs curator and curatedAt");
        }
        Set<String> sources = unique("source", corpus.sources(), CuratedCorpus.Source::id);
        Set<String> entities = unique("entity", corpus.entities(), CuratedCorpus.Entity::id);
        unique("fact", corpus.facts(), CuratedCorpus.Fact::id);
        for (CuratedCorpus.Relation relation : corpus.relationsOrNone()) {
            if (relation.kind() == null || !entities.contains(relation.subject()) || !entities.contains(relation.object())
                    || relation.subject().equals(relation.object())) {
                problems.add("relation " + relation.subject() + " " + relation.kind() + " " + relation.object()
                        + ": needs a kind and two different entities of this file");
            }
            for (String date : java.util.Arrays.asList(relation.since(), relation.until())) {
                if (date != null) {
                    try {
                        java.time.LocalDate.parse(date);
                    } catch (java.time.format.DateTimeParseException e) {
                        problems.add("relation " + relation.subject() + " " + relation.kind() + " " + relation.object()
                                + ": \"" + date + "\" is not a YYYY-MM-DD date");
                    }
                }
            }
        }
        Map<String, DateValue> published = new HashMap<>();
        corpus.sources().forEach(source -> checkSource(source, published));
        Set<String> claimIds = new HashSet<>();
        for (CuratedCorpus.Fact fact : corpus.facts()) {
            if (fact.kind() == null || fact.question() == null || fact.claims() == null) {
                problems.add("fact " + fact.id() + ": needs kind, question and claims");
                continue;
            }
            for (String entity : nullToEmpty(fact.entities())) {
                if (!entities.contains(entity)) {
                    problems.add("fact " + fact.id() + ": unknown entity \"" + entity + "\"");
                }
            }
            for (CuratedCorpus.Claim claim : fact.claims()) {
                String id = claim.idIn(fact);
                if (!claimIds.add(id)) {
                    problems.add("claim " + id + ": the id is used twice");
                }
                checkClaim(fact, claim, id, sources, entities, published);
            }
        }
    }

    private void checkSource(CuratedCorpus.Source source, Map<String, DateValue> published) {
        if (source.headline() == null || source.language() == null || source.sha256() == null) {
            problems.add("source " + source.id() + ": needs headline, language and sha256");
        }
        try {
            for (String text : java.util.Arrays.asList(source.headline(), source.outlet(), source.author())) {
                Check.text("source", text);
            }
            Check.url("url", source.url());
            Check.language("language", source.language());
        } catch (BadUserInputException e) {
            problems.add("source " + source.id() + ": " + e.getMessage());
        }
        if (source.published() != null) {
            try {
                published.put(source.id(), DateParser.parse(source.published()));
            } catch (UnreadableValueException e) {
                problems.add("source " + source.id() + ": published " + e.getMessage());
            }
        }
        Article article = articles.get(source.id());
        if (article != null && !article.sha256().equals(source.sha256())) {
            problems.add("source " + source.id() + ": the article text " + source.article() + " has SHA-256 "
                    + article.sha256() + ", not the curated " + source.sha256() + " (the text changed since curation)");
        }
    }

    private void checkClaim(CuratedCorpus.Fact fact, CuratedCorpus.Claim claim, String id, Set<String> sources,
                            Set<String> entities, Map<String, DateValue> published) {
        String where = "claim " + id + ": ";
        if (!sources.contains(claim.source())) {
            problems.add(where + "unknown source \"" + claim.source() + "\"");
            return;
        }
        String entity = claim.speaker() != null ? claim.speaker() : claim.entity();
        if (entity != null && !entities.contains(entity)) {
            problems.add(where + "unknown entity \"" + entity + "\"");
        }
        if (claim.value() == null || claim.excerpt() == null || claim.excerpt().exact() == null) {
            problems.add(where + "needs value and excerpt");
            return;
        }
        if (!claim.excerpt().exact().contains(claim.value())) {
            problems.add(where + "the value \"" + claim.value() + "\" is not in the excerpt");
        }
        try {
            String reading = claim.interpretedAs() != null ? claim.interpretedAs() : claim.value();
            ValueReading.read(fact.kind(), reading, published.get(claim.source()), entity == null ? null : SOME_ENTITY);
        } catch (UnreadableValueException e) {
            problems.add(where + e.getMessage());
        }
        Article article = articles.get(claim.source());
        if (article != null) {
            CuratedCorpus.Excerpt excerpt = claim.excerpt();
            ExcerptCheck.problems(article.text(), excerpt.exact(), excerpt.start(), excerpt.end(), excerpt.prefix(), excerpt.suffix())
                    .forEach(problem -> problems.add(where + problem));
        }
    }

    private <T> Set<String> unique(String what, List<T> items, Function<T, String> id) {
        Set<String> ids = new HashSet<>();
        for (T item : items) {
            if (id.apply(item) == null || !ids.add(id.apply(item))) {
                problems.add(what + " " + id.apply(item) + ": missing or repeated id");
            }
        }
        return ids;
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
