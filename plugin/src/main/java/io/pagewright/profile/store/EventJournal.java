package io.pagewright.profile.store;

import io.pagewright.event.Event;
import io.pagewright.event.EventLog;
import io.pagewright.event.Identity;
import io.pagewright.event.IdentityKey;
import io.pagewright.event.IdentityKind;
import io.pagewright.platform.Json;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The durable log of accepted events ({@code event_journal}), written and read with plain JDBC
 * batches inside the caller's JTA transaction. Appending is idempotent by event id, also between
 * concurrent transactions: PostgreSQL skips a duplicate with {@code on conflict do nothing}; H2's
 * {@code merge} may instead fail a concurrent duplicate with a unique violation, which the caller
 * retries ({@link #isConcurrentConflict}).
 *
 * <p>Runs on the JTA datasource, so its statements are part of the caller's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EventJournal implements EventLog {

    /** Stages of a journal row. */
    public static final int RECEIVED = 0;

    public static final int FOLDED = 1;
    public static final int DONE = 2;

    private static final String COLUMNS =
            "event_id, event_type, occurred_at, received_at, anonymous_id, user_id, email_hash,"
                    + " device_id, stage, document";
    private static final String POSTGRES_APPEND =
            "insert into event_journal ("
                    + COLUMNS
                    + ") values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?) on conflict (event_id) do nothing";
    private static final String PORTABLE_APPEND =
            "merge into event_journal j using (values (cast(? as varchar(100)))) s(event_id)"
                    + " on j.event_id = s.event_id when not matched then insert ("
                    + COLUMNS
                    + ") values (s.event_id, ?, ?, ?, ?, ?, ?, ?, 0, ?)";
    private static final Map<IdentityKind, String> IDENTITY_COLUMNS =
            Map.of(
                    IdentityKind.ANONYMOUS, "anonymous_id",
                    IdentityKind.USER, "user_id",
                    IdentityKind.EMAIL_HASH, "email_hash",
                    IdentityKind.DEVICE, "device_id");

    // The JTA datasource: inside a transaction it hands out the connection JPA uses too.
    @Resource(lookup = "java:jboss/datasources/PagewrightDS")
    DataSource dataSource;

    private volatile Boolean postgres;

    /** Appends the events not in the journal yet; returns those that were new. */
    @Override
    public List<Event> append(List<Event> events) {
        return append(events, Instant.now());
    }

    /** {@link #append(List)} with the time the request arrived. */
    public List<Event> append(List<Event> events, Instant receivedAt) {
        return work(c -> {
            List<Event> added = new ArrayList<>();
            Set<String> inBatch = new HashSet<>();
            List<Event> unique = events.stream().filter(e -> inBatch.add(e.eventId())).toList();
            try (PreparedStatement insert =
                    c.prepareStatement(isPostgres(c) ? POSTGRES_APPEND : PORTABLE_APPEND)) {
                for (Event event : unique) {
                    Identity id = event.identity();
                    insert.setString(1, event.eventId());
                    insert.setString(2, event.type().wireName());
                    insert.setObject(3, timestamp(event.occurredAt()));
                    insert.setObject(4, timestamp(receivedAt));
                    insert.setString(5, id.anonymousId());
                    insert.setString(6, id.userId());
                    insert.setString(7, id.emailHash());
                    insert.setString(8, id.deviceId());
                    insert.setString(9, Json.DOCUMENTS.writeValueAsString(event));
                    insert.addBatch();
                }
                int[] counts = unique.isEmpty() ? new int[0] : insert.executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] != 0) {
                        added.add(unique.get(i));
                    }
                }
            }
            return added;
        });
    }

    @Override
    public boolean contains(String eventId) {
        return work(c -> {
            try (PreparedStatement query =
                    c.prepareStatement("select 1 from event_journal where event_id = ?")) {
                query.setString(1, eventId);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    /** Up to {@code limit} rows in this stage, in journal order. */
    public List<JournalEntry> inStage(int stage, int limit) {
        return work(c -> {
            try (PreparedStatement query =
                    // "order by stage, seq" follows the index, so the database reads the
                    // first
                    // rows in order instead of sorting the whole backlog (H2 does
                    // otherwise).
                    c.prepareStatement(
                            "select seq, event_id, occurred_at, received_at, document from"
                                    + " event_journal where stage = ? order by stage, seq fetch first "
                                    + Math.max(1, limit)
                                    + " rows only")) {
                query.setInt(1, stage);
                query.setFetchSize(Math.min(limit, 1000));
                return entries(query);
            }
        });
    }

    /** Moves rows to a stage; {@code dropDocument} rows also lose their document. */
    public void advance(Collection<Long> seqs, Set<Long> dropDocument, int stage) {
        work(c -> {
            try (PreparedStatement keep =
                            c.prepareStatement("update event_journal set stage = ? where seq = ?");
                    PreparedStatement drop =
                            c.prepareStatement(
                                    "update event_journal set stage = ?, document = null where seq = ?")) {
                boolean anyKept = false;
                boolean anyDropped = false;
                for (long seq : seqs) {
                    PreparedStatement statement = dropDocument.contains(seq) ? drop : keep;
                    statement.setInt(1, dropDocument.contains(seq) ? DONE : stage);
                    statement.setLong(2, seq);
                    statement.addBatch();
                    anyDropped |= statement == drop;
                    anyKept |= statement == keep;
                }
                if (anyKept) {
                    keep.executeBatch();
                }
                if (anyDropped) {
                    drop.executeBatch();
                }
            }
            return null;
        });
    }

    /** How many rows are in each stage below {@link #DONE}, and the oldest receipt among them. */
    public record Backlog(long toFold, long toShip, Instant oldestToFold) {}

    public Backlog backlog() {
        return work(c -> {
            long[] counts = new long[2];
            try (PreparedStatement query =
                            c.prepareStatement(
                                    "select stage, count(*) from event_journal where stage < 2 group by stage");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts[rows.getInt(1)] = rows.getLong(2);
                }
            }
            List<JournalEntry> oldest = inStage(RECEIVED, 1);
            return new Backlog(
                    counts[0], counts[1], oldest.isEmpty() ? null : oldest.getFirst().receivedAt());
        });
    }

    /** The events that carry any of these identifiers, oldest first (documents only). */
    public List<JournalEntry> eventsOf(Collection<IdentityKey> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return work(c -> {
            try (PreparedStatement query =
                    c.prepareStatement(
                            "select seq, event_id, occurred_at, received_at, document from event_journal where "
                                    + matching(keys)
                                    + " order by occurred_at, event_id")) {
                bind(query, keys);
                return entries(query);
            }
        });
    }

    /** Deletes the events that carry any of these identifiers; returns how many. */
    public int deleteEventsOf(Collection<IdentityKey> keys) {
        if (keys.isEmpty()) {
            return 0;
        }
        return work(c -> {
            try (PreparedStatement delete =
                    c.prepareStatement("delete from event_journal where " + matching(keys))) {
                bind(delete, keys);
                return delete.executeUpdate();
            }
        });
    }

    /** Forgets done rows received before {@code horizon}; returns how many. */
    public int purgeBefore(Instant horizon) {
        return work(c -> {
            try (PreparedStatement delete =
                    c.prepareStatement(
                            "delete from event_journal where stage = 2 and received_at < ?")) {
                delete.setObject(1, timestamp(horizon));
                return delete.executeUpdate();
            }
        });
    }

    /**
     * Fills the identity columns of rows copied from the table before the journal (migration V10),
     * which only had the documents; returns how many rows it filled.
     */
    public int fillMissingIdentities(int limit) {
        return work(c -> {
            List<long[]> none = new ArrayList<>();
            List<String> documents = new ArrayList<>();
            try (PreparedStatement query =
                    c.prepareStatement(
                            "select seq, document from event_journal where anonymous_id is null and"
                                    + " user_id is null and email_hash is null and device_id is null"
                                    + " and document is not null")) {
                query.setMaxRows(limit);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        none.add(new long[] {rows.getLong(1)});
                        documents.add(rows.getString(2));
                    }
                }
            }
            try (PreparedStatement update =
                    c.prepareStatement(
                            "update event_journal set anonymous_id = ?, user_id = ?, email_hash = ?,"
                                    + " device_id = ? where seq = ?")) {
                for (int i = 0; i < none.size(); i++) {
                    Identity id =
                            Json.DOCUMENTS.readValue(documents.get(i), Event.class).identity();
                    setNullable(update, 1, id.anonymousId());
                    setNullable(update, 2, id.userId());
                    setNullable(update, 3, id.emailHash());
                    setNullable(update, 4, id.deviceId());
                    update.setLong(5, none.get(i)[0]);
                    update.addBatch();
                }
                if (!none.isEmpty()) {
                    update.executeBatch();
                }
            }
            return none.size();
        });
    }

    /**
     * On H2, makes every commit reach the file before it returns (H2 otherwise flushes up to half a
     * second later, and a killed process would lose accepted events). PostgreSQL commits are
     * durable by default.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void makeCommitsDurable() {
        work(c -> {
            if (!isPostgres(c)) {
                try (java.sql.Statement statement = c.createStatement()) {
                    statement.execute("SET WRITE_DELAY 0");
                }
            }
            return null;
        });
    }

    /**
     * True when the failure is a unique-key violation or a deadlock/serialization failure: what H2
     * answers to concurrent appends of the same event id. The append can simply be retried.
     */
    public static boolean isConcurrentConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().equals("23505") || sql.getSQLState().startsWith("40"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static String matching(Collection<IdentityKey> keys) {
        return String.join(
                " or ", keys.stream().map(k -> IDENTITY_COLUMNS.get(k.kind()) + " = ?").toList());
    }

    private static void bind(PreparedStatement statement, Collection<IdentityKey> keys)
            throws SQLException {
        int i = 1;
        for (IdentityKey key : keys) {
            statement.setString(i++, key.value());
        }
    }

    private static List<JournalEntry> entries(PreparedStatement query) throws SQLException {
        List<JournalEntry> entries = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                entries.add(
                        new JournalEntry(
                                rows.getLong(1),
                                rows.getString(2),
                                rows.getObject(3, OffsetDateTime.class).toInstant(),
                                rows.getObject(4, OffsetDateTime.class).toInstant(),
                                rows.getString(5)));
            }
        }
        return entries;
    }

    private static void setNullable(PreparedStatement statement, int index, String value)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private boolean isPostgres(Connection connection) throws SQLException {
        if (postgres == null) {
            postgres =
                    connection
                            .getMetaData()
                            .getDatabaseProductName()
                            .toLowerCase(Locale.ROOT)
                            .contains("postgres");
        }
        return postgres;
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T work(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new JournalException(e);
        }
    }

    /** A database failure of the journal, with the SQL exception as cause. */
    public static final class JournalException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        JournalException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
