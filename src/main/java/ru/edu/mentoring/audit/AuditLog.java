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

    AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an event in a transaction of its own, so a read-only page can record a view. */
    @org.springframework.transaction.annotation.Transactional(
            propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    public void record(String action, String entity, Object entityId, Long schoolId, String details) {
        jdbc.update(INSERT, currentUser(), action, entity, entityId == null ? null : entityId.toString(), schoolId,
                truncate(details));
    }

    /**
     * Records that a page or a file showed these persons' data (the minors among them), as one row for the whole
     * request: the action (VIEW, EXPORT), what was shown (entity and id, e.g. a list and its school), and the ids of
     * the persons in {@code person_ids}. Nothing is written when the list is empty.
     */
    @org.springframework.transaction.annotation.Transactional(
            propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    public void recordRead(String action, String entity, Object entityId, Long schoolId,
            java.util.Collection<Long> personIds) {
        if (personIds == null || personIds.isEmpty()) {
            return;
        }
        Long[] ids = new java.util.TreeSet<>(personIds).toArray(Long[]::new);
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement(
                    "insert into audit_event (username, action, entity, entity_id, school_id, details, person_ids)"
                            + " values (?, ?, ?, ?, ?, null, ?)");
            ps.setString(1, currentUser());
            ps.setString(2, action);
            ps.setString(3, entity);
            ps.setString(4, entityId == null ? null : entityId.toString());
            if (schoolId == null) {
                ps.setNull(5, Types.BIGINT);
            } else {
                ps.setLong(5, schoolId);
            }
            ps.setArray(6, connection.createArrayOf("bigint", ids));
            return ps;
        });
    }

    /** One read of a person's data: when, who, what they did and where. */
    public record Access(java.time.Instant at, String username, String action, String entity, String entityId) {}

    /** Every view and export of the person's data, newest first: their card, their export and any list showing them. */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public java.util.List<Access> accessesOf(long personId) {
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
