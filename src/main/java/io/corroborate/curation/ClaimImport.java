package io.corroborate.curation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.corroborate.api.BadUserInputException;
import io.corroborate.api.DomainException;
import io.corroborate.fact.Claim;
import io.corroborate.fact.Fact;
import io.corroborate.fact.FactKind;
import io.corroborate.source.Source;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.FlushMode;
import org.hibernate.Session;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Streams claims from JSON Lines or CSV into the database in one transaction: every line is checked as
 * addClaim checks it; if any line is refused, nothing is written and the report lists the refused lines.
 * Memory stays flat: lines are read one at a time and the persistence context is flushed and cleared in chunks.
 */
@ApplicationScoped
public class ClaimImport {

    static final int MAX_ERRORS = 1000;
    private static final int CHUNK = 1000;

    public enum Format { JSON_LINES, CSV }

    private final ClaimWriter writer;
    private final Audit audit;
    private final ObjectMapper json;
    private final ImportConfig config;

    public ClaimImport(ClaimWriter writer, Audit audit, ObjectMapper json, ImportConfig config) {
        this.writer = writer;
        this.audit = audit;
        this.json = json;
        this.config = config;
    }

    public ImportReport run(InputStream in, Format format, String actor) {
        try {
            return write(in, format, actor);
        } catch (Refused refused) {
            return refused.report;
        }
    }

    /** Thrown to roll the whole batch back once a line was refused. */
    private static final class Refused extends RuntimeException {
        final transient ImportReport report;

        Refused(ImportReport report) {
            super(null, null, false, false);
            this.report = report;
        }
    }

    private ImportReport write(InputStream in, Format format, String actor) {
        return QuarkusTransaction.requiringNew().timeout((int) config.timeout().toSeconds()).call(() -> {
            Batch batch = new Batch(actor);
            Session session = Claim.getEntityManager().unwrap(Session.class);
            session.setHibernateFlushMode(FlushMode.MANUAL);
            if (format == Format.CSV) {
                readCsv(in, batch, session);
            } else {
                readJsonLines(in, batch, session);
            }
            if (batch.rejected > 0) {
                throw new Refused(batch.report(false));
            }
            session.flush();
            audit.record(actor, "IMPORT_CLAIMS", "STORY", "import", null, null,
                    Map.of("lines", batch.lines, "claims", batch.accepted, "facts", batch.createdFacts, "sources", batch.createdSources));
            return batch.report(true);
        });
    }

    /** One JSON object per line, each parsed on its own so that a broken line spoils only itself. */
    private void readJsonLines(InputStream in, Batch batch, Session session) {
        ObjectReader reader = json.readerFor(ImportLine.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String text = line;
                batch.next(text.isBlank() ? null : () -> reader.readValue(text), session);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readCsv(InputStream in, Batch batch, Session session) {
        ObjectReader reader = new CsvMapper().readerFor(ImportLine.class).with(CsvSchema.emptySchema().withHeader())
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (MappingIterator<ImportLine> rows = reader.readValues(in)) {
            while (rows.hasNextValue()) {
                batch.next(rows::nextValue, session);
            }
        } catch (IOException | RuntimeException e) {
            batch.next(() -> {
                throw new IOException("the CSV cannot be read past this row: " + e.getMessage());
            }, session);
        }
    }

    /** Reads the next line; may fail for that line alone. */
    private interface LineSource {
        ImportLine read() throws IOException;
    }

    /** The state of one import: counts, refused lines, what it created. */
    private final class Batch {
        final String actor;
        final Lookup lookup = new Lookup();
        final List<ImportReport.LineError> errors = new ArrayList<>();
        long lines;
        long accepted;
        long rejected;
        long createdFacts;
        long createdSources;

        Batch(String actor) {
            this.actor = actor;
        }

        /** @param source the line's reader, or null for a blank line (counted, skipped) */
        void next(LineSource source, Session session) {
            lines++;
            if (source == null) {
                return;
            }
            try {
                write(source.read());
                accepted++;
            } catch (DomainException e) {
                refuse(e.details().getOrDefault("field", "").toString(), e.getMessage());
            } catch (RuntimeException | IOException e) {
                refuse("", "not a valid line: " + firstLine(e.getMessage()));
            }
            if (lines % CHUNK == 0) {
                session.flush();
                session.clear();
            }
        }

        private void write(ImportLine line) {
            Fact fact = fact(line);
            Source source = source(line);
            writer.add(fact, source, new ClaimWriter.Draft(line.value(), line.excerpt(), line.near(), line.interpretedAs(),
                    line.speaker(), line.entity(), line.note(), null, null), actor, lookup);
        }

        private Fact fact(ImportLine line) {
            if (line.question() == null || lookup.hasFact(Check.id("fact", line.fact()))) {
                return lookup.fact("fact", line.fact());
            }
            Fact fact = new Fact();
            fact.key = Check.unused("fact", line.fact());
            fact.storyId = lookup.story("story", line.story()).id;
            fact.kind = kind(line.kind());
            fact.question = Check.required("question", line.question(), Check.SHORT);
            fact.persist();
            session().flush();
            lookup.created(fact);
            createdFacts++;
            audit.record(actor, "ADD_FACT", "FACT", fact.key, fact.key, null, Map.of("id", fact.key, "question", fact.question));
            return fact;
        }

        private Source source(ImportLine line) {
            if (line.sourceHeadline() == null || lookup.hasSource(Check.id("source", line.source()))) {
                return lookup.source("source", line.source());
            }
            Source source = new Source();
            source.key = Check.unused("source", line.source());
            source.headline = Check.required("sourceHeadline", line.sourceHeadline(), Check.SHORT);
            source.outlet = Check.optional("sourceOutlet", line.sourceOutlet(), Check.SHORT);
            source.language = line.sourceLanguage() == null ? "en" : Check.required("sourceLanguage", line.sourceLanguage(), Check.ID);
            source.contentSha256 = ArticleTexts.sha256(new byte[0]);
            source.persist();
            session().flush();
            lookup.created(source);
            createdSources++;
            audit.record(actor, "ADD_SOURCE", "SOURCE", source.key, null, null, Map.of("id", source.key, "headline", source.headline));
            return source;
        }

        private FactKind kind(String kind) {
            try {
                return FactKind.valueOf(Check.required("kind", kind, Check.ID));
            } catch (IllegalArgumentException e) {
                throw new BadUserInputException("kind", "one of DATE, QUANTITY, QUOTE, TEXT");
            }
        }

        private Session session() {
            return Claim.getEntityManager().unwrap(Session.class);
        }

        private void refuse(String field, String message) {
            rejected++;
            if (errors.size() < MAX_ERRORS) {
                errors.add(new ImportReport.LineError(lines, field, message));
            }
        }

        ImportReport report(boolean committed) {
            return new ImportReport(committed && rejected == 0, lines, rejected == 0 ? accepted : 0, rejected,
                    rejected == 0 ? createdFacts : 0, rejected == 0 ? createdSources : 0, errors);
        }

        private String firstLine(String message) {
            return message == null ? "" : message.lines().findFirst().orElse("");
        }
    }
}
