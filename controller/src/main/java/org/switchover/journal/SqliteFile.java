package org.switchover.journal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.sqlite.SQLiteConfig;

/**
 * The open SQLite file behind a journal: runs statements with parameters and turns
 * {@link SQLException}s into {@link JournalException}s naming the file. Not thread-safe by
 * itself; {@link Journal} serialises access.
 */
final class SqliteFile implements AutoCloseable {

    /** Fixed width, so that text order is time order and sqlite3 users can compare timestamps. */
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Path file;
    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    private SqliteFile(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens {@code file} to read only: never creates, migrates or writes it. */
    static SqliteFile openReadOnly(Path file) {
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            config.setBusyTimeout(10_000);
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
            return new SqliteFile(file, c);
        } catch (SQLException e) {
            throw new JournalException(file, "cannot open to read (" + e.getMessage()
                    + "); check the path and its permissions, or pass --journal PATH", e);
        }
    }

    static SqliteFile open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                java.nio.file.Files.createDirectories(parent);
            }
            SQLiteConfig config = new SQLiteConfig();
            // wait for another process's write instead of failing at once
            config.setBusyTimeout(10_000);
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // FULL: a row saying "commit pending" must survive a power loss too, not only a killed
            // process, or resume would not know to settle a commit the device still holds. Writes
            // resume can do without are made relaxed (see relaxed()); the next FULL commit syncs them too
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            config.enforceForeignKeys(true);
            // transactions take the write lock when they begin, so concurrent writers queue on the
            // busy timeout instead of failing on a stale read snapshot
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
            return new SqliteFile(file, c);
        } catch (SQLException | java.io.IOException e) {
            throw new JournalException(file, "cannot open (" + e.getMessage()
                    + "); check the path and its permissions, or pass --journal PATH", e);
        }
    }

    Path file() {
        return file;
    }

    static String time(Instant instant) {
        return TIME.format(instant);
    }

    static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    /** The value of a PRAGMA, e.g. {@code synchronous}, as SQLite reports it. */
    long pragma(String name) {
        return query("PRAGMA " + name, r -> r.lng(1)).get(0);
    }

    int userVersion() {
        return query("PRAGMA user_version", r -> (int) r.lng(1)).get(0);
    }

    void execute(String sql) {
        try (Statement s = connection.createStatement()) {
            s.executeUpdate(sql);
        } catch (SQLException e) {
            throw failure("cannot run " + firstWords(sql), e);
        }
    }

    /** Runs an insert and returns the new row's id. */
    long insert(String sql, Object... params) {
        try {
            PreparedStatement ps = prepare(sql, params);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : -1;
            }
        } catch (SQLException e) {
            throw failure("cannot write (" + firstWords(sql) + ")", e);
        }
    }

    int update(String sql, Object... params) {
        try {
            return prepare(sql, params).executeUpdate();
        } catch (SQLException e) {
            throw failure("cannot write (" + firstWords(sql) + ")", e);
        }
    }

    <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        try (ResultSet rs = prepare(sql, params).executeQuery()) {
            List<T> rows = new ArrayList<>();
            Row row = new Row(rs);
            while (rs.next()) {
                rows.add(mapper.map(row));
            }
            return rows;
        } catch (SQLException e) {
            throw failure("cannot read (" + firstWords(sql) + ")", e);
        }
    }

    /**
     * Runs {@code write} with {@code synchronous=NORMAL}: it survives the process being killed, and
     * reaches the disk with the next write made at the default FULL (the WAL is synced up to it),
     * but a power loss before then may lose it. For the records resume can do without (steps,
     * events, evidence), which a sync each would slow tenfold; never inside a transaction.
     */
    <T> T relaxed(java.util.function.Supplier<T> write) {
        update("PRAGMA synchronous = NORMAL");
        try {
            return write.get();
        } finally {
            update("PRAGMA synchronous = FULL");
        }
    }

    /** Runs {@code work} in one transaction: all of it is written, or none. */
    <T> T inTransaction(java.util.function.Supplier<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.get();
                connection.commit();
                return result;
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure("cannot commit a transaction", e);
        }
    }

    // statements are kept and reused: preparing costs more than running most of them
    private PreparedStatement prepare(String sql, Object... params) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
            statements.put(sql, ps);
        }
        ps.clearParameters();
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p == null) {
                ps.setNull(i + 1, Types.NULL);
            } else if (p instanceof Instant t) {
                ps.setString(i + 1, time(t));
            } else if (p instanceof Enum<?> e) {
                ps.setString(i + 1, e.name());
            } else if (p instanceof Boolean b) {
                ps.setInt(i + 1, b ? 1 : 0);
            } else {
                ps.setObject(i + 1, p);
            }
        }
        return ps;
    }

    private JournalException failure(String what, SQLException e) {
        String hint = e.getMessage() != null && e.getMessage().contains("SQLITE_BUSY")
                ? "; another switchover process holds it too long, retry when it is done"
                : "";
        return new JournalException(file, what + ": " + e.getMessage() + hint, e);
    }

    private static String firstWords(String sql) {
        String flat = sql.strip().replaceAll("\\s+", " ");
        return flat.length() > 40 ? flat.substring(0, 40) + "…" : flat;
    }

    @Override
    public void close() {
        try {
            for (PreparedStatement ps : statements.values()) {
                ps.close();
            }
            connection.close();
        } catch (SQLException e) {
            throw failure("cannot close", e);
        }
    }

    /** Maps the current row of a result to a value. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(Row row) throws SQLException;
    }

    /** Typed, null-aware access to the current row, by column label. */
    record Row(ResultSet rs) {
        String str(String column) throws SQLException {
            return rs.getString(column);
        }

        long lng(String column) throws SQLException {
            return rs.getLong(column);
        }

        long lng(int column) throws SQLException {
            return rs.getLong(column);
        }

        boolean bool(String column) throws SQLException {
            return rs.getInt(column) != 0;
        }

        Instant instant(String column) throws SQLException {
            return SqliteFile.instant(rs.getString(column));
        }

        Optional<Instant> optInstant(String column) throws SQLException {
            return Optional.ofNullable(instant(column));
        }

        Optional<String> optStr(String column) throws SQLException {
            return Optional.ofNullable(rs.getString(column));
        }

        <E extends Enum<E>> Optional<E> optEnum(String column, Class<E> type) throws SQLException {
            String v = rs.getString(column);
            return v == null ? Optional.empty() : Optional.of(Enum.valueOf(type, v));
        }
    }
}
