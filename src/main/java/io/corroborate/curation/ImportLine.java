package io.corroborate.curation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One line of a bulk import (JSON Lines object or CSV row with these column names). A line may create its
 * fact (story, kind and question given) and its source (sourceHeadline given; such a source has no article
 * text, so its claims carry no excerpt) when they do not exist yet.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record ImportLine(String source, String fact, String value, String excerpt, Integer near, String interpretedAs,
                         String speaker, String entity, String note, String story, String kind, String question,
                         String sourceHeadline, String sourceOutlet, String sourceLanguage) {
}
