package io.corroborate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** A checksum of every table of the service's schema, to prove that refused requests wrote nothing. */
public final class Tables {

    private Tables() {
    }

    /** Written by the consensus refresh in the background, whatever requests arrive. */
    private static final Set<String> BACKGROUND = Set.of("consensus_change", "consensus_run", "fact_consensus", "source_reliability");

    /** Each table's row count and the md5 of its rows in a stable order (not the background job's tables). */
    public static Map<String, String> checksums(DataSource database, String schema) throws SQLException {
        Map<String, String> sums = new TreeMap<>();
        try (Connection connection = database.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (var statement = connection.prepareStatement("select tablename from pg_tables where schemaname = ?")) {
                statement.setString(1, schema);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        if (!BACKGROUND.contains(rows.getString(1))) {
                            tables.add(rows.getString(1));
                        }
                    }
                }
            }
            for (String table : tables) {
                String name = "\"" + schema.replace("\"", "\"\"") + "\".\"" + table.replace("\"", "\"\"") + "\"";
                try (var statement = connection.createStatement();
                     ResultSet row = statement.executeQuery("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '')"
                             + " from " + name + " t")) {
                    row.next();
                    sums.put(table, row.getString(1));
                }
            }
        }
        return sums;
    }
}
