package ru.edu.mentoring.support;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** A digest of every row of every application table: equal before and after means nothing changed. */
public final class DatabaseFingerprint {

    private DatabaseFingerprint() {}

    public static String of(JdbcTemplate jdbc) {
        List<String> tables = jdbc.queryForList(
                "select tablename from pg_tables where schemaname = 'public'"
                        + " and tablename <> 'flyway_schema_history' and tablename not like 'spring_session%'"
                        + " order by tablename",
                String.class);
        StringBuilder digest = new StringBuilder();
        for (String table : tables) {
            digest.append(table).append('=').append(jdbc.queryForObject(
                    "select md5(coalesce(string_agg(md5(t::text), ',' order by md5(t::text)), '')) from \"" + table
                            + "\" t",
                    String.class)).append(';');
        }
        return digest.toString();
    }
}
