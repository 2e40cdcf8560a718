package io.corroborate.compare;

import io.corroborate.entity.EntityKind;
import io.corroborate.entity.EntityRelation;
import io.corroborate.entity.NamedEntity;
import io.corroborate.entity.RelationKind;
import io.corroborate.fact.Claim;
import io.corroborate.fact.Fact;
import io.corroborate.fact.FactKind;
import io.corroborate.source.Source;
import io.corroborate.story.Story;
import io.corroborate.value.QuoteValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/** A story of quote facts, three sources and four speakers, written around the API (tests settle its verdicts). */
record QuoteScene(Long story, List<Long> facts, List<Long> sources, List<Long> speakers) {

    private static final List<String> WORDS = List.of("we", "welcome", "the", "bold", "decision", "brave", "step", "a");

    static QuoteScene create(String name, int factCount) {
        String n = name + "-" + System.nanoTime() % 1_000_000_000L;
        Story story = new Story();
        story.key = n;
        story.title = name;
        story.persist();
        List<Long> sources = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Source source = new Source();
            source.key = n + "-source-" + i;
            source.headline = "Source " + i;
            source.outlet = "Outlet " + i;
            source.language = "en";
            source.contentSha256 = "0".repeat(64);
            source.persist();
            sources.add(source.id);
        }
        List<Long> speakers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            NamedEntity speaker = new NamedEntity();
            speaker.key = n + "-speaker-" + i;
            speaker.kind = i == 3 ? EntityKind.ORGANIZATION : EntityKind.PERSON;
            speaker.name = "Speaker " + i;
            speaker.persist();
            speakers.add(speaker.id);
        }
        List<Long> facts = new ArrayList<>();
        for (int i = 0; i < factCount; i++) {
            Fact fact = new Fact();
            fact.key = n + "-fact-" + i;
            fact.storyId = story.id;
            fact.kind = FactKind.QUOTE;
            fact.question = "Who said it?";
            fact.persist();
            facts.add(fact.id);
        }
        return new QuoteScene(story.id, facts, sources, speakers);
    }

    static String words(Random random) {
        return random.ints(1 + random.nextInt(5), 0, WORDS.size()).mapToObj(WORDS::get).collect(Collectors.joining(" "));
    }

    Long quote(Random random, int number) {
        return quoteOn(facts.get(random.nextInt(facts.size())), random.nextInt(sources.size()), random.nextInt(speakers.size()),
                words(random), number);
    }

    Long quoteOn(Long fact, int source, int speaker, String text, int number) {
        Claim claim = new Claim();
        claim.key = Fact.<Fact>findById(fact).key + "/c" + number;
        claim.factId = fact;
        claim.kind = FactKind.QUOTE;
        claim.sourceId = sources.get(source);
        claim.valueAsWritten = text;
        claim.setValue(new QuoteValue(text, speakers.get(speaker)));
        claim.curatedBy = "test";
        claim.curatedAt = Instant.now();
        claim.persist();
        return claim.id;
    }

    void relate(Random random) {
        EntityRelation relation = new EntityRelation();
        relation.subjectId = speakers.get(random.nextInt(3));
        relation.kind = RelationKind.SPEAKS_FOR;
        relation.objectId = speakers.get(3);
        relation.curatedBy = "test";
        relation.curatedAt = Instant.now();
        if (EntityRelation.count("subjectId = ?1 and objectId = ?2", relation.subjectId, relation.objectId) == 0) {
            relation.persist();
        }
    }
}
