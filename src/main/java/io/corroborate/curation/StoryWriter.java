package io.corroborate.curation;

import io.corroborate.story.Story;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Map;

/** Writes stories for the write API and the corpus loader, each with its audit entry. */
@ApplicationScoped
public class StoryWriter {

    private final Audit audit;

    public StoryWriter(Audit audit) {
        this.audit = audit;
    }

    @Transactional
    public Story add(Inputs.NewStory input, String actor) {
        Story story = new Story();
        story.key = Check.newId("input.id", input.id(), "story", Story::byKey);
        story.title = Check.required("input.title", input.title(), Check.SHORT);
        story.summary = Check.optional("input.summary", input.summary(), Check.LONG);
        return insert(story, actor);
    }

    /** Stores a checked story and records it in the audit log. */
    @Transactional
    Story insert(Story story, String actor) {
        story.persistAndFlush();
        audit.record(actor, "ADD_STORY", "STORY", story.key, null, null, Map.of("id", story.key, "title", story.title));
        return story;
    }
}
