package io.corroborate.curation;

import io.corroborate.entity.NamedEntity;
import io.corroborate.fact.Claim;
import io.corroborate.fact.Fact;
import io.corroborate.fact.FactSubject;
import io.corroborate.source.Source;
import io.corroborate.story.Story;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class CorpusLoaderTest {

    @Inject
    CorpusLoader loader;

    @Inject
    CorpusConfig config;

    @Test
    void loadingTheCorpusAgainChangesNothing() {
        String file = config.files().get(0);
        List<Long> before = counts();

        LoadReport again = loader.load(file);
        assertTrue(again.alreadyLoaded(), again.toString());

        // Even when the record of the earlier load is gone, nothing stored is inserted twice or overwritten.
        int items = CorpusLoad.<CorpusLoad>find("file", file).firstResult().inserted;
        QuarkusTransaction.requiringNew().run(() -> CorpusLoad.delete("file", file));
        LoadReport fresh = loader.load(file);
        assertFalse(fresh.alreadyLoaded());
        assertEquals(0, fresh.inserted(), fresh.toString());
        assertEquals(items, fresh.kept(), fresh.toString());
        assertEquals(before, counts());
    }

    @Test
    void aCorpusWithWrongExcerptsOrUnreadableValuesIsRefusedNamingEachClaimAndWritesNothing() {
        List<Long> before = counts();

        CorpusException error = assertThrows(CorpusException.class, () -> loader.load("corpus/broken.json"));

        String message = error.getMessage();
        assertTrue(message.contains("claim broken-test-fact/broken-test-source: the article has"), message);
        assertTrue(message.contains("(the excerpt is at "), message);
        assertTrue(message.contains("claim broken-test-fact/unreadable: cannot read \"Foreign Minister\""), message);
        assertTrue(Story.byKey("broken-test-story").isEmpty());
        assertTrue(Source.byKey("broken-test-source").isEmpty());
        assertEquals(before, counts());
    }

    @Test
    void aMissingCorpusFileIsRefused() {
        CorpusException error = assertThrows(CorpusException.class, () -> loader.load("corpus/no-such-file.json"));
        assertTrue(error.getMessage().contains("no such resource"), error.getMessage());
    }

    private static List<Long> counts() {
        return List.of(Story.count(), Source.count(), NamedEntity.count(), Fact.count(), Claim.count(), FactSubject.count());
    }
}
