package io.corroborate.curation;

import io.corroborate.fact.Claim;
import io.corroborate.fact.Fact;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The set-based half of a bulk import: checked claims stream into a temporary table through COPY; repeats
 * and taken ids are then found with a few statements over the whole file, and the claims, their new facts
 * and the facts' subjects are written with one {@code insert … select} each. Runs on the import's
 * connection, in its transaction; the temporary tables go with the commit or rollback.
 */
final class StagedClaims {

    /** The claim columns a staged row carries, in COPY order after line, fact and source. */
    private static final String VALUE_COLUMNS = "value_as_written, interpreted_as, date_earliest, date_latest, date_precision,"
            + " date_days, quantity_amount, quantity_unit, quantity_qualifier, quantity_upper, quote_text, text_value,"
            + " value_entity_id, stance, set_items, set_exclusive, excerpt_exact, excerpt_start, excerpt_end,"
            + " excerpt_prefix, excerpt_suffix, note";

    private static final Logger LOG = Logger.getLogger(StagedClaims.class);

    private final Connection connection;
    private final CopyRow row = new CopyRow();
    /** Rows waiting for the next COPY: the connection can run no lookup while a COPY is open. */
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream(1 << 20);
    private final ByteArrayOutputStream pendingFacts = new ByteArrayOutputStream(1 << 16);

    /** @param schema the schema of Corroborate's tables, where Hibernate keeps them */
    StagedClaims(Connection connection, String schema) throws SQLException {
        this.connection = connection;
        execute("set local search_path to \"" + schema.replace("\"", "\"\"") + "\"",
                "set local work_mem = '256MB'",
                "create temp table import_claim (line bigint not null, fact_id bigint, fact_key text not null,"
                        + " kind text not null, source_id bigint not null, source_key text not null, subjects bigint[],"
                        + " value_as_written text, interpreted_as text, date_earliest date, date_latest date, date_precision text,"
                        + " date_days date[], quantity_amount numeric, quantity_unit text, quantity_qualifier text, quantity_upper numeric,"
                        + " quote_text text, text_value text, value_entity_id bigint, stance text, set_items text[], set_exclusive boolean,"
                        + " excerpt_exact text, excerpt_start integer, excerpt_end integer, excerpt_prefix text, excerpt_suffix text,"
                        + " note text) on commit drop",
                "create temp table import_fact (line bigint not null, key text not null, story_id bigint not null,"
                        + " kind text not null, question text not null) on commit drop",
                "create temp table import_error (line bigint not null, field text not null, message text not null) on commit drop");
    }

    /** Stages one checked claim of a line; fact.id is null for a fact the file creates. */
    void add(long line, Claim claim, Fact fact, long sourceId, String sourceKey, Collection<Long> subjects) {
        row.add(line).add(fact.id).add(fact.key).add(fact.kind).add(sourceId).add(sourceKey)
                .add(subjects.isEmpty() ? null : subjects)
                .add(claim.valueAsWritten).add(claim.interpretedAs).add(claim.dateEarliest).add(claim.dateLatest)
                .add(claim.datePrecision).add(claim.dateDays == null ? null : List.of(claim.dateDays))
                .add(claim.quantityAmount == null ? null : claim.quantityAmount.toPlainString()).add(claim.quantityUnit)
                .add(claim.quantityQualifier).add(claim.quantityUpper == null ? null : claim.quantityUpper.toPlainString())
                .add(claim.quoteText).add(claim.textValue).add(claim.valueEntityId).add(claim.stance).add(claim.setItems)
                .add(claim.setExclusive);
        if (claim.excerpt == null) {
            row.add(null).add(null).add(null).add(null).add(null);
        } else {
            row.add(claim.excerpt.exact).add(claim.excerpt.start).add(claim.excerpt.end).add(claim.excerpt.prefix).add(claim.excerpt.suffix);
        }
        row.add(claim.note);
        pending.writeBytes(row.take().getBytes(StandardCharsets.UTF_8));
    }

    /** Stages a fact the file creates, at the line that first named its story, kind and question. */
    void addFact(long line, Fact fact, String question) {
        pendingFacts.writeBytes(row.add(line).add(fact.key).add(fact.storyId).add(fact.kind).add(question).take()
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Sends the claims and facts staged since the last call, one COPY each. */
    void send() throws SQLException {
        copy(pending, "copy import_claim (line, fact_id, fact_key, kind, source_id, source_key, subjects, " + VALUE_COLUMNS + ") from stdin");
        copy(pendingFacts, "copy import_fact (line, key, story_id, kind, question) from stdin");
    }

    private void copy(ByteArrayOutputStream rows, String sql) throws SQLException {
        if (rows.size() == 0) {
            return;
        }
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        try {
            copy.writeToCopy(rows.toByteArray(), 0, rows.size());
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        rows.reset();
    }

    /** New fact ids already taken by another object: line, id and the type holding it. */
    List<String[]> takenFactIds() throws SQLException {
        List<String[]> taken = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select f.line, f.key, n.type from import_fact f join node_key n on n.key = f.key order by f.line")) {
            while (rows.next()) {
                taken.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
            }
        }
        return taken;
    }

    /** Finds lines that repeat an earlier line of the file or a stored claim; returns how many lines are refused. */
    long findRepeats() throws SQLException {
        execute("insert into import_error (line, field, message)"
                        + " select unnest(lines[2:]), 'value', format('repeats line %s: the same source, fact, words and place', lines[1])"
                        + " from (select array_agg(line order by line) lines from import_claim"
                        + " group by fact_key, source_id, value_as_written, excerpt_start having count(*) > 1) r",
                "insert into import_error (line, field, message)"
                        + " select s.line, 'value', format('the source already has this claim on this fact (\"%s\"); edit that one instead', c.key)"
                        + " from import_claim s join claim c on c.fact_id = s.fact_id and c.source_id = s.source_id"
                        + " and c.value_as_written = s.value_as_written and c.excerpt_start is not distinct from s.excerpt_start"
                        + " and c.retracted_at is null");
        try (Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("select count(distinct line) from import_error")) {
            count.next();
            return count.getLong(1);
        }
    }

    /** The first refused lines found by {@link #findRepeats}, one reason per line. */
    List<ImportReport.LineError> repeats(int limit) throws SQLException {
        List<ImportReport.LineError> errors = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select distinct on (line) line, field, message from import_error order by line limit ?")) {
            statement.setInt(1, limit);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    errors.add(new ImportReport.LineError(rows.getLong(1), rows.getString(2), rows.getString(3)));
                }
            }
        }
        return errors;
    }

    /**
     * Writes the new facts, then the claims with their ids (fact/source, then -2, -3… past the numbers stored
     * claims of the same fact and source already use), then the facts' new subjects.
     */
    void write(long importId, String actor) throws SQLException {
        execute(TAKEN_NUMBERS, FREE_NUMBERS, "insert into fact (key, story_id, kind, question, import_id)"
                + " select key, story_id, kind, question, " + importId + " from import_fact order by line");
        try (PreparedStatement insert = connection.prepareStatement("insert into claim (key, fact_id, kind, source_id, "
                + VALUE_COLUMNS + ", curated_by, curated_at, import_id)"
                + " select case coalesce(n.number, s.ordinal) when 1 then s.base else s.base || '-' || coalesce(n.number, s.ordinal) end,"
                + " s.resolved_fact_id, s.kind, s.source_id, " + prefixed("s.", VALUE_COLUMNS) + ", ?, now(), ?"
                + " from (select c.*, coalesce(c.fact_id, f.id) resolved_fact_id, " + BASE + " base,"
                + " row_number() over (partition by c.fact_key, c.source_key order by c.line)::int ordinal"
                + " from import_claim c left join fact f on c.fact_id is null and f.key = c.fact_key) s"
                + " left join import_free_number n on n.base = s.base and n.ordinal = s.ordinal order by s.line")) {
            insert.setString(1, actor);
            insert.setLong(2, importId);
            long start = System.nanoTime();
            insert.executeUpdate();
            timed("insert into claim", start);
        }
        execute("insert into fact_entity (fact_id, entity_id) select distinct coalesce(c.fact_id, f.id), unnest(c.subjects)"
                + " from import_claim c left join fact f on c.fact_id is null and f.key = c.fact_key"
                + " where c.subjects is not null on conflict do nothing");
    }

    private static final String BASE = "c.fact_key || '/' || c.source_key";

    /** Numbers (1 for the bare base) of the ids that stored claims of the same fact and source hold. */
    private static final String TAKEN_NUMBERS = "create temp table import_taken_number on commit drop as"
            + " select distinct k.base, case when s.key = k.base then 1 else substr(s.key, length(k.base) + 2)::int end number"
            + " from (select distinct " + BASE + " base, c.fact_id, c.source_id from import_claim c where c.fact_id is not null) k"
            + " join claim s on s.fact_id = k.fact_id and s.source_id = k.source_id and (s.key = k.base"
            + " or (s.key > k.base || '-' and s.key < k.base || '.' and substr(s.key, length(k.base) + 2) ~ '^[0-9]{1,9}$'))";

    /** For the bases with taken numbers: the n-th number still free, for the n-th line of that base. */
    private static final String FREE_NUMBERS = "create temp table import_free_number on commit drop as"
            + " select base, number, row_number() over (partition by base order by number)::int ordinal from ("
            + " select t.base, g.number from (select base, count(*) taken from import_taken_number group by base) t"
            + " join (select " + BASE + " base, count(*) lines from import_claim c"
            + " where " + BASE + " in (select base from import_taken_number) group by 1) l on l.base = t.base,"
            + " lateral generate_series(1, (t.taken + l.lines)::int) g(number)"
            + " where not exists (select 1 from import_taken_number x where x.base = t.base and x.number = g.number)) free";

    private static String prefixed(String prefix, String columns) {
        return prefix + columns.replace(", ", ", " + prefix);
    }

    /**
     * Gives the planner statistics of the rows just written: until autovacuum gets to them, it plans every query as
     * if the tables had their old sizes (after a bulk load, thousands of claims per fact instead of ten). Run in the
     * import's transaction, ANALYZE samples the rows it wrote.
     */
    void analyze() throws SQLException {
        execute("analyze claim", "analyze fact", "analyze fact_entity", "analyze source");
    }

    private void execute(String... statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                long start = System.nanoTime();
                statement.execute(sql);
                timed(sql, start);
            }
        }
    }

    private static void timed(String sql, long start) {
        LOG.debugf("%d ms: %s", (System.nanoTime() - start) / 1_000_000, sql.substring(0, Math.min(60, sql.length())));
    }

}
