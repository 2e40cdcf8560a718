package io.corroborate.curation;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.Arrays;
import java.util.List;

/**
 * One line of a bulk import (JSON Lines object or CSV row with these column names). A line may create its
 * fact (story, kind and question given) and its source (sourceHeadline given; such a source has no article
 * text, so its claims carry no excerpt) when they do not exist yet. {@code subjects} are ids of entities the
 * line's fact is about: a JSON array, or in CSV one column with the ids separated by {@code ;}.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record ImportLine(String source, String fact, String value, String excerpt, Integer near, String interpretedAs,
                         String speaker, String entity, String note, String story, String kind, String question,
                         String sourceHeadline, String sourceOutlet, String sourceLanguage,
                         @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> subjects) {

    /** Refuses a line with text PostgreSQL cannot store, naming the field, before anything looks it up. */
    void checkText() {
        String[][] fields = {{"source", source}, {"fact", fact}, {"value", value}, {"excerpt", excerpt}, {"interpretedAs", interpretedAs},
                {"speaker", speaker}, {"entity", entity}, {"note", note}, {"story", story}, {"kind", kind}, {"question", question},
                {"sourceHeadline", sourceHeadline}, {"sourceOutlet", sourceOutlet}, {"sourceLanguage", sourceLanguage}};
        for (String[] field : fields) {
            Check.text(field[0], field[1]);
        }
        if (subjects != null) {
            subjects.forEach(subject -> Check.text("subjects", subject));
        }
    }

    /** The subjects' ids, blanks left out; a CSV cell "a;b" counts as two ids. */
    List<String> subjectIds() {
        if (subjects == null) {
            return List.of();
        }
        return subjects.stream().filter(s -> s != null).flatMap(s -> Arrays.stream(s.split(";")))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
