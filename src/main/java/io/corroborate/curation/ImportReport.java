package io.corroborate.curation;

import java.util.List;

/**
 * What a bulk import did: all lines are written, or none.
 *
 * @param rejected     how many lines were refused (then nothing was written)
 * @param errors       the first refused lines with their reasons (at most {@link ClaimImport#MAX_ERRORS})
 * @param createdFacts facts created by lines that named a story, kind and question
 */
public record ImportReport(boolean committed, long lines, long accepted, long rejected, long createdFacts,
                           long createdSources, List<LineError> errors) {

    public record LineError(long line, String field, String message) {
    }
}
