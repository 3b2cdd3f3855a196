package ru.edu.mentoring.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Writes audit rows: who, when, what, which school. Rows hold names of changed fields, never their values, so no
 * personal data lands in the trail. The table refuses updates and deletes (a trigger), whoever asks.
 */
@Service
public class AuditLog {

    static final String INSERT = "insert into audit_event (username, action, entity, entity_id, school_id, details)"
            + " values (?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;

    private final org.springframework.transaction.support.TransactionTemplate own;

    AuditLog(JdbcTemplate jdbc, org.springframework.transaction.PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.own = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.own.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Records an event. Within a read-only transaction (a page, a download) the row is queued like a read
     * ({@link #recordRead}) and written within a second: a write of its own would take a second connection of the
     * pool while the caller's transaction holds one, and as many such requests at once as the pool has connections
     * would each wait for the pool's timeout. Elsewhere it is written at once, in a transaction of its own.
     */
    public void record(String action, String entity, Object entityId, Long schoolId, String details) {
        String id = entityId == null ? null : entityId.toString();
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()
                && org.springframework.transaction.support.TransactionSynchronizationManager
                        .isCurrentTransactionReadOnly()) {
            reads.add(new Read(currentUser(), java.sql.Timestamp.from(java.time.Instant.now()), action, entity, id,
                    schoolId, null, truncate(details)));
            return;
        }
        own.executeWithoutResult(status -> jdbc.update(INSERT, currentUser(), action, entity, id, schoolId,
                truncate(details)));
    }

    /** A row waiting to be written: who, when, what, the persons shown (or null) and the details (or null). */
    private record Read(String username, java.sql.Timestamp at, String action, String entity, String entityId,
            Long schoolId, Long[] personIds, String details) {}

    private final java.util.concurrent.ConcurrentLinkedQueue<Read> reads = new java.util.concurrent.ConcurrentLinkedQueue<>();

    /**
     * Records that a page or a file showed these persons' data (the minors among them), as one row for the whole
     * request: the action (VIEW, EXPORT), what was shown (entity and id, e.g. a list and its school), and the ids of
     * the persons in {@code person_ids}. Nothing is written when the list is empty. The row is queued with its time
     * and user and written within a second by {@link #flushReads} in one batch with the others, so that the busiest
     * pages pay no statement for it.
     */
    public void recordRead(String action, String entity, Object entityId, Long schoolId,
            java.util.Collection<Long> personIds) {
        if (personIds == null || personIds.isEmpty()) {
            return;
        }
        reads.add(new Read(currentUser(), java.sql.Timestamp.from(java.time.Instant.now()), action, entity,
                entityId == null ? null : entityId.toString(), schoolId,
                new java.util.TreeSet<>(personIds).toArray(Long[]::new), null));
    }

    /** Writes the queued reads in one batch; every second, before the access log is read, and at shutdown. */
    @org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "${app.audit.read-flush:1000}")
    @jakarta.annotation.PreDestroy
    public synchronized void flushReads() {
        java.util.List<Read> batch = new java.util.ArrayList<>();
        for (Read r = reads.poll(); r != null; r = reads.poll()) {
            batch.add(r);
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            insert(batch);
        } catch (org.springframework.dao.DataAccessException | org.springframework.transaction.TransactionException e) {
            // the database is out of reach: the rows wait for the next flush (bounded), nothing of them is logged
            if (reads.size() < MAX_WAITING) {
                reads.addAll(batch);
            }
            log.warn("Audit: {} read rows not written yet ({})", batch.size(), e.getClass().getSimpleName());
        }
    }

    private static final int MAX_WAITING = 100_000;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AuditLog.class);

    private void insert(java.util.List<Read> batch) {
        own.executeWithoutResult(status -> jdbc.execute((java.sql.Connection connection) -> {
            try (PreparedStatement ps = connection.prepareStatement("insert into audit_event (username, at, action,"
                    + " entity, entity_id, school_id, person_ids, details) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Read r : batch) {
                    ps.setString(1, r.username());
                    ps.setTimestamp(2, r.at());
                    ps.setString(3, r.action());
                    ps.setString(4, r.entity());
                    ps.setString(5, r.entityId());
                    if (r.schoolId() == null) {
                        ps.setNull(6, Types.BIGINT);
                    } else {
                        ps.setLong(6, r.schoolId());
                    }
                    if (r.personIds() == null) {
                        ps.setNull(7, Types.ARRAY);
                    } else {
                        ps.setArray(7, connection.createArrayOf("bigint", r.personIds()));
                    }
                    ps.setString(8, r.details());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        }));
    }

    /** One read of a person's data: when, who, what they did and where. */
    public record Access(java.time.Instant at, String username, String action, String entity, String entityId) {}

    /** Every view and export of the person's data, newest first: their card, their export and any list showing them. */
    public java.util.List<Access> accessesOf(long personId) {
        flushReads();
        return jdbc.query("select at, username, action, entity, entity_id from audit_event"
                        + " where (entity = 'Person' and entity_id = ? and action in ('VIEW', 'EXPORT'))"
                        + " or person_ids @> array[?]::bigint[] order by at desc, id desc",
                (rs, i) -> new Access(rs.getTimestamp("at").toInstant(), rs.getString("username"),
                        rs.getString("action"), rs.getString("entity"), rs.getString("entity_id")),
                String.valueOf(personId), personId);
    }

    static void write(Connection connection, String action, String entity, Object entityId, Long schoolId,
            String details) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
            ps.setString(1, currentUser());
            ps.setString(2, action);
            ps.setString(3, entity);
            ps.setString(4, entityId == null ? null : entityId.toString());
            if (schoolId == null) {
                ps.setNull(5, Types.BIGINT);
            } else {
                ps.setLong(5, schoolId);
            }
            ps.setString(6, truncate(details));
            ps.executeUpdate();
        }
    }

    /** An audit row held until its transaction commits (see {@link EntityChangeAudit}). */
    record Pending(String username, String action, String entity, String entityId, Long schoolId, String details) {}

    /** Writes the rows as one JDBC batch on the caller's connection (one round trip per batch, not per row). */
    static void writeAll(Connection connection, java.util.List<Pending> rows) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
            int queued = 0;
            for (Pending r : rows) {
                ps.setString(1, r.username());
                ps.setString(2, r.action());
                ps.setString(3, r.entity());
                ps.setString(4, r.entityId());
                if (r.schoolId() == null) {
                    ps.setNull(5, Types.BIGINT);
                } else {
                    ps.setLong(5, r.schoolId());
                }
                ps.setString(6, truncate(r.details()));
                ps.addBatch();
                if (++queued % 500 == 0) {
                    ps.executeBatch();
                }
            }
            if (queued % 500 != 0) {
                ps.executeBatch();
            }
        }
    }

    /**
     * For a writer that inserts rows with plain SQL in one statement: a data-modifying part that records a CREATE row
     * for every row the CTE {@code cte} returns (its columns {@code id} and {@code school_id}), as
     * {@link EntityChangeAudit} does for an entity saved through JPA. Its one parameter is {@link #currentUser()}.
     */
    public static String createdRowsOf(String cte, String entity) {
        if (!cte.matches("[a-z_]+") || !entity.matches("[A-Za-z]+")) {
            throw new IllegalArgumentException("a CTE name and an entity name: " + cte + ", " + entity);
        }
        return "insert into audit_event (username, action, entity, entity_id, school_id, details) select ?, 'CREATE', '"
                + entity + "', " + cte + ".id::text, " + cte + ".school_id, null from " + cte;
    }

    /** Who acts: the signed-in user's name, or «система» for the application itself. */
    public static String currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "система" : auth.getName();
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
    }
}
