package io.corroborate.curation;

import io.corroborate.api.ListSizes;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.corroborate.fact.Claim;
import io.corroborate.ops.StatementTimeouts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.FlushMode;
import org.jboss.logging.Logger;
import org.hibernate.Session;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Streams claims from JSON Lines or CSV into the database in one transaction: every line is checked as
 * addClaim checks it; if any line is refused, nothing is written and the report lists the refused lines.
 * Memory stays flat: lines are checked in chunks and staged through COPY (see {@link StagedClaims}).
 */
@ApplicationScoped
public class ClaimImport {

    static final int MAX_ERRORS = 1000;
    private static final Logger LOG = Logger.getLogger(ClaimImport.class);

    public enum Format { JSON_LINES, CSV }

    private final ClaimWriter claims;
    private final SourceWriter sources;
    private final Audit audit;
    private final ObjectMapper json;
    private final ImportConfig config;
    private final ListSizes listSizes;

    public ClaimImport(ClaimWriter claims, SourceWriter sources, Audit audit, ObjectMapper json, ImportConfig config, ListSizes listSizes) {
        this.claims = claims;
        this.sources = sources;
        this.audit = audit;
        this.json = json;
        this.config = config;
        this.listSizes = listSizes;
    }

    /** Runs an import in one transaction; once it committed, the query cost weighs lists by the new sizes. */
    public ImportReport run(InputStream in, Format format, String actor) {
        try {
            ImportReport report = write(in, format, actor);
            listSizes.read();
            return report;
        } catch (Refused refused) {
            return refused.report;
        }
    }

    /** Thrown to roll the whole import back once a line was refused. */
    private static final class Refused extends RuntimeException {
        final transient ImportReport report;

        Refused(ImportReport report) {
            super(null, null, false, false);
            this.report = report;
        }
    }

    private ImportReport write(InputStream in, Format format, String actor) {
        return QuarkusTransaction.requiringNew().timeout((int) config.timeout().toSeconds()).call(() -> {
            StatementTimeouts.allow(Claim.getEntityManager(), config.timeout());
            Session session = Claim.getEntityManager().unwrap(Session.class);
            session.setHibernateFlushMode(FlushMode.MANUAL);
            Connection connection = session.doReturningWork(c -> c);
            StagedClaims staged = new StagedClaims(connection, (String) session.getFactory().getProperties().get("hibernate.default_schema"));
            ImportBatch batch = new ImportBatch(actor, audit.reserveImportId(), claims, sources, staged);
            long start = System.nanoTime();
            if (format == Format.CSV) {
                readCsv(in, batch);
            } else {
                readJsonLines(in, batch);
            }
            LOG.debugf("import %d: lines read, checked and staged in %d ms", batch.importId, (System.nanoTime() - start) / 1_000_000);
            return finish(batch, staged, session);
        });
    }

    private ImportReport finish(ImportBatch batch, StagedClaims staged, Session session) throws SQLException {
        batch.endOfFile();
        batch.refuseIfEmpty();
        batch.refuseTaken(staged.takenFactIds());
        batch.refuseRepeats(staged.findRepeats(), staged.repeats(MAX_ERRORS));
        long checked = System.nanoTime();
        if (batch.rejected() > 0) {
            throw new Refused(batch.report(false));
        }
        session.flush();
        staged.write(batch.importId, batch.actor);
        audit.recordImport(batch.importId, batch.actor, batch.summary());
        ImportReport report = batch.report(true);
        if (report.accepted() >= config.analyzeFrom()) {
            staged.analyze();
        }
        LOG.debugf("import %d: written in %d ms", batch.importId, (System.nanoTime() - checked) / 1_000_000);
        return report;
    }

    /** One JSON object per line, each parsed on its own so that a broken line spoils only itself. */
    private void readJsonLines(InputStream in, ImportBatch batch) {
        ObjectReader reader = json.readerFor(ImportLine.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String text = line;
                batch.next(text.isBlank() ? null : () -> reader.readValue(text));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readCsv(InputStream in, ImportBatch batch) {
        ObjectReader reader = new CsvMapper().readerFor(ImportLine.class).with(CsvSchema.emptySchema().withHeader())
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (MappingIterator<ImportLine> rows = reader.readValues(in)) {
            while (rows.hasNextValue()) {
                batch.next(rows::nextValue);
            }
        } catch (IOException | RuntimeException e) {
            batch.next(() -> {
                throw new IOException("the CSV cannot be read past this row: " + e.getMessage());
            });
        }
    }
}
