package ru.edu.mentoring.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The uploaded files kept between the steps of an import (table {@code import_upload}), and the column matching each
 * school chose per shape of file (table {@code import_shape}). Plain SQL, no entity: these rows are the import's
 * working state, not records of the register (the run's {@link ImportRun} is audited as before). A file's bytes are
 * dropped once it is written; a scheduled job deletes every upload after 24 hours, on one instance (ShedLock).
 */
@Component
class ImportUploads {

    enum State { MAPPING, WRITING, DONE }

    /** One upload as the steps read it; {@code bytes} is null once written. */
    record Upload(long id, long schoolId, long userId, String fileName, byte[] bytes, int sheetCount, Integer sheet,
            PersonKind category, List<String> mapping, State state, boolean allOrNothing, int done, int total,
            Long runId, boolean hasRefused, int version) {

        boolean sheetChosen() {
            return sheetCount <= 1 || sheet != null;
        }

        int sheetIndex() {
            return sheet == null ? 0 : sheet;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = "id, school_id, user_id, file_name, file_bytes, sheet_count, sheet, category,"
            + " mapping, state, all_or_nothing, progress_done, progress_total, run_id, refused is not null, version";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate apart;

    ImportUploads(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    long create(long schoolId, long userId, String fileName, byte[] bytes, int sheetCount, PersonKind category) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("insert into import_upload (school_id, user_id, file_name, file_bytes,"
                    + " sheet_count, category, state) values (?, ?, ?, ?, ?, ?, 'MAPPING')", new String[] {"id"});
            ps.setLong(1, schoolId);
            ps.setLong(2, userId);
            ps.setString(3, fileName.length() > 300 ? fileName.substring(0, 300) : fileName);
            ps.setBytes(4, bytes);
            ps.setInt(5, sheetCount);
            ps.setString(6, category == null ? null : category.name());
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    Optional<Upload> find(long id) {
        return jdbc.query("select " + COLUMNS + " from import_upload where id = ?", this::upload, id).stream()
                .findFirst();
    }

    /** The upload whose run this is, if it is still kept. */
    Optional<Upload> ofRun(long runId) {
        return jdbc.query("select " + COLUMNS + " from import_upload where run_id = ?", this::upload, runId).stream()
                .findFirst();
    }

    byte[] refused(long id) {
        return jdbc.query("select refused from import_upload where id = ?", rs -> rs.next() ? rs.getBytes(1) : null,
                id);
    }

    /** Saves the sheet, category and matching of a step; false when the upload is no longer at that step. */
    boolean choose(long id, Integer sheet, PersonKind category, List<String> mapping, boolean allOrNothing) {
        return jdbc.update("update import_upload set sheet = ?, category = ?, mapping = ?, all_or_nothing = ?,"
                + " version = version + 1 where id = ? and state = 'MAPPING'", sheet,
                category == null ? null : category.name(), mapping == null ? null : JSON.writeValueAsString(mapping),
                allOrNothing, id) == 1;
    }

    /** Takes the upload to the write if it is still as the user saw it (its version); false otherwise. */
    boolean startWriting(long id, int version, boolean allOrNothing, int total) {
        return jdbc.update("update import_upload set state = 'WRITING', all_or_nothing = ?, progress_done = 0,"
                + " progress_total = ?, version = version + 1 where id = ? and state = 'MAPPING' and version = ?",
                allOrNothing, total, id, version) == 1;
    }

    /** The write's progress, committed at once (outside the write's own transaction) so the status page sees it. */
    void progress(long id, int done, int total) {
        apart.executeWithoutResult(s -> jdbc.update(
                "update import_upload set progress_done = ?, progress_total = ? where id = ?", done, total, id));
    }

    /** The write is over: the run, the refused rows (or null); the file itself goes. */
    void finish(long id, long runId, byte[] refused) {
        apart.executeWithoutResult(s -> jdbc.update("update import_upload set state = 'DONE', run_id = ?, refused = ?,"
                + " file_bytes = null, progress_done = progress_total, version = version + 1 where id = ?", runId,
                refused, id));
    }

    /** Deletes the uploads older than 24 hours (their files, refused rows and states). */
    @Scheduled(cron = "${app.import.cleanup-cron:0 17 * * * *}", zone = "${app.zone:Europe/Moscow}")
    @SchedulerLock(name = "importUploadCleanup")
    public void deleteOld() {
        jdbc.update("delete from import_upload where created_at < now() - interval '24 hours'");
    }

    /** Deletes a school's uploads at once (a person of the school was anonymised: no file may still name them). */
    void deleteOfSchool(long schoolId) {
        jdbc.update("delete from import_upload where school_id = ?", schoolId);
    }

    // ---- remembered matchings

    /** The matching the school chose for files of this shape, by normalised header, or empty. */
    Map<String, String> remembered(long schoolId, String shape) {
        String json = jdbc.query("select mapping from import_shape where school_id = ? and shape = ?",
                rs -> rs.next() ? rs.getString(1) : null, schoolId, shape);
        return json == null ? Map.of() : JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {});
    }

    void remember(long schoolId, String shape, Map<String, String> mapping) {
        jdbc.update("insert into import_shape (school_id, shape, mapping) values (?, ?, ?) on conflict (school_id, shape)"
                + " do update set mapping = excluded.mapping, updated_at = now()", schoolId, shape,
                JSON.writeValueAsString(mapping));
    }

    private Upload upload(ResultSet rs, int n) throws SQLException {
        String category = rs.getString("category");
        String mapping = rs.getString("mapping");
        int sheet = rs.getInt("sheet");
        boolean noSheet = rs.wasNull();
        long run = rs.getLong("run_id");
        boolean noRun = rs.wasNull();
        return new Upload(rs.getLong("id"), rs.getLong("school_id"), rs.getLong("user_id"), rs.getString("file_name"),
                rs.getBytes("file_bytes"), rs.getInt("sheet_count"), noSheet ? null : sheet,
                category == null ? null : PersonKind.valueOf(category),
                mapping == null ? null : new ArrayList<>(JSON.readValue(mapping, new TypeReference<List<String>>() {})),
                State.valueOf(rs.getString("state")), rs.getBoolean("all_or_nothing"), rs.getInt("progress_done"),
                rs.getInt("progress_total"), noRun ? null : run, rs.getBoolean(15), rs.getInt("version"));
    }
}
