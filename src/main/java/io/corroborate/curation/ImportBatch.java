package io.corroborate.curation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.corroborate.api.BadUserInputException;
import io.corroborate.api.DomainException;
import io.corroborate.fact.Claim;
import io.corroborate.fact.Fact;
import io.corroborate.fact.FactKind;
import io.corroborate.source.Source;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The state of one import: checks its lines in chunks (looking up in one query per chunk what they name) and
 * stages the claims that pass; counts, refused lines and the facts and sources the file creates.
 */
final class ImportBatch {

    private static final int CHUNK = 5000;
    private static final Logger LOG = Logger.getLogger(ImportBatch.class);
    /** Words of a parser's or driver's message that name the service's internals rather than the line. */
    private static final Pattern INTERNALS = Pattern.compile("io\\.corroborate|java\\.|com\\.fasterxml|org\\.|Exception|JsonToken|\\$|SQL|ERROR:");

    final String actor;
    final long importId;
    private final ClaimWriter claims;
    private final SourceWriter sources;
    private final StagedClaims staged;
    private final Lookup lookup = new Lookup();
    private final List<Pending> chunk = new ArrayList<>(CHUNK);
    private final List<ImportReport.LineError> errors = new ArrayList<>();
    private long lines;
    private long accepted;
    private long rejected;
    private long createdSources;
    private long createdFacts;

    /** Reads the next line; may fail for that line alone. */
    interface LineSource {
        ImportLine read() throws IOException;
    }

    private record Pending(long number, ImportLine line) {
    }

    ImportBatch(String actor, long importId, ClaimWriter claims, SourceWriter sources, StagedClaims staged) {
        this.actor = actor;
        this.importId = importId;
        this.claims = claims;
        this.sources = sources;
        this.staged = staged;
    }

    /** @param source the line's reader, or null for a blank line (counted, skipped) */
    void next(LineSource source) {
        lines++;
        if (source == null) {
            return;
        }
        try {
            ImportLine line = source.read();
            line.checkText();
            chunk.add(new Pending(lines, line));
        } catch (DomainException e) {
            refuse(lines, e.details().getOrDefault("field", "").toString(), e.getMessage());
        } catch (RuntimeException | IOException e) {
            refuse(lines, "", "not a valid line: " + readable(e));
        }
        if (chunk.size() == CHUNK) {
            check();
        }
    }

    void endOfFile() {
        check();
    }

    private void check() {
        Set<String> facts = new HashSet<>();
        Set<String> sourceKeys = new HashSet<>();
        Set<String> entities = new HashSet<>();
        for (Pending pending : chunk) {
            ImportLine line = pending.line();
            facts.add(line.fact());
            sourceKeys.add(line.source());
            entities.add(line.speaker());
            entities.add(line.entity());
            entities.addAll(line.subjectIds());
        }
        long start = System.nanoTime();
        lookup.prefetch(facts, sourceKeys, entities);
        long fetched = System.nanoTime();
        chunk.forEach(this::check);
        chunk.clear();
        lookup.forgetStoredFacts();
        long checked = System.nanoTime();
        try {
            staged.send();
            LOG.debugf("chunk: looked up in %d ms, checked in %d ms, sent in %d ms", (fetched - start) / 1_000_000,
                    (checked - fetched) / 1_000_000, (System.nanoTime() - checked) / 1_000_000);
        } catch (SQLException e) {
            throw new IllegalStateException("staging the checked claims failed", e);
        }
    }

    private void check(Pending pending) {
        try {
            ImportLine line = pending.line();
            Fact fact = fact(pending.number(), line);
            Source source = source(line);
            Collection<Long> subjects = subjects(line);
            Claim claim = new Claim();
            claims.fill(claim, fact, source, ClaimWriter.Draft.of(line), lookup);
            staged.add(pending.number(), claim, fact, source.id, source.key, subjects);
            accepted++;
        } catch (DomainException e) {
            refuse(pending.number(), e.details().getOrDefault("field", "").toString(), e.getMessage());
        } catch (RuntimeException e) {
            refuse(pending.number(), "", "not a valid line: " + readable(e));
        }
    }

    private Fact fact(long number, ImportLine line) {
        if (line.question() == null || lookup.hasFact(Check.id("fact", line.fact()))) {
            return lookup.fact("fact", line.fact());
        }
        Fact fact = new Fact();
        fact.key = line.fact();
        fact.storyId = lookup.story("story", line.story()).id;
        fact.kind = kind(line.kind());
        staged.addFact(number, fact, Check.required("question", line.question(), Check.SHORT));
        lookup.created(fact);
        createdFacts++;
        return fact;
    }

    private Source source(ImportLine line) {
        if (line.sourceHeadline() == null || lookup.hasSource(Check.id("source", line.source()))) {
            return lookup.source("source", line.source());
        }
        Source source = sources.addImported(line, importId);
        lookup.created(source);
        createdSources++;
        return source;
    }

    private Collection<Long> subjects(ImportLine line) {
        Set<Long> subjects = new LinkedHashSet<>();
        for (String entity : Check.list("subjects", line.subjectIds())) {
            subjects.add(lookup.entity("subjects", entity).id);
        }
        return subjects;
    }

    private static FactKind kind(String kind) {
        try {
            return FactKind.valueOf(Check.required("kind", kind, Check.ID));
        } catch (IllegalArgumentException e) {
            throw new BadUserInputException("kind", "one of DATE, QUANTITY, QUOTE, TEXT");
        }
    }

    /** Lines that create a fact whose id another object holds: [line, id, type]. */
    void refuseTaken(List<String[]> taken) {
        for (String[] row : taken) {
            refuse(Long.parseLong(row[0]), "fact", Check.taken(row[1], row[2]));
        }
    }

    /** Lines refused by the checks over the whole file: how many, and the first of them. */
    void refuseRepeats(long count, List<ImportReport.LineError> first) {
        rejected += count;
        errors.addAll(first);
    }

    /** A file without a single claim is refused rather than recorded as an import of nothing. */
    void refuseIfEmpty() {
        if (accepted == 0 && rejected == 0) {
            refuse(0, "", "the file holds no claims: send one JSON object per line, or a CSV header and rows");
        }
    }

    long rejected() {
        return rejected;
    }

    private void refuse(long line, String field, String message) {
        rejected++;
        if (errors.size() < ClaimImport.MAX_ERRORS) {
            errors.add(new ImportReport.LineError(line, field, message));
        }
    }

    Map<String, Object> summary() {
        return Map.of("lines", lines, "claims", accepted, "facts", createdFacts, "sources", createdSources);
    }

    ImportReport report(boolean committed) {
        boolean written = committed && rejected == 0;
        List<ImportReport.LineError> first = errors.stream().sorted(Comparator.comparingLong(ImportReport.LineError::line))
                .limit(ClaimImport.MAX_ERRORS).toList();
        return new ImportReport(written, lines, written ? accepted : 0, rejected, written ? createdFacts : 0,
                written ? createdSources : 0, first);
    }

    /** What was wrong with a line, in words that name the line's fields, never the service's classes. */
    static String readable(Exception e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field \"" + unknown.getPropertyName() + "\"";
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return "the field \"" + mismatch.getPath().get(mismatch.getPath().size() - 1).getFieldName() + "\" has the wrong type";
        }
        String message = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
        String first = message == null ? "" : message.lines().findFirst().orElse("");
        if (first.isEmpty() || INTERNALS.matcher(first).find()) {
            return "not one JSON object (or CSV row) with the import's fields";
        }
        return first;
    }

}
