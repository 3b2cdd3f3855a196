package ru.edu.mentoring.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Everything the test database holds, as text: a plain {@code pg_dump} of the whole database (large objects
 * included), and the text of every stored file (each bytea value and large object; PDF and DOCX text extracted, since
 * their text is compressed), so that a test can count how often a string is left anywhere.
 */
public final class DatabaseText {

    /** A dump and the files' text. */
    public record Snapshot(String dump, Map<String, String> files) {

        public int occurrencesInDump(String s) {
            return count(dump, s);
        }

        public int occurrencesInFiles(String s) {
            return files.values().stream().mapToInt(t -> count(t, s)).sum();
        }

        /** Where in the dump the string is: the lines that hold it, for a readable failure. */
        public List<String> dumpLinesWith(String s) {
            return dump.lines().filter(l -> l.toLowerCase(Locale.ROOT).contains(s.toLowerCase(Locale.ROOT)))
                    .map(l -> l.length() > 300 ? l.substring(0, 300) : l).toList();
        }

        public List<String> filesWith(String s) {
            return files.entrySet().stream().filter(e -> count(e.getValue(), s) > 0).map(Map.Entry::getKey).toList();
        }
    }

    private DatabaseText() {}

    public static Snapshot take(JdbcTemplate jdbc) {
        return new Snapshot(dump(jdbc), files(jdbc));
    }

    /** Case-insensitive count of occurrences. */
    static int count(String text, String s) {
        String t = text.toLowerCase(Locale.ROOT);
        String n = s.toLowerCase(Locale.ROOT);
        int count = 0;
        for (int i = t.indexOf(n); i >= 0; i = t.indexOf(n, i + n.length())) {
            count++;
        }
        return count;
    }

    // ---- pg_dump

    static String dump(JdbcTemplate jdbc) {
        TestDatabase.Connection c = TestDatabase.get();
        URI uri = URI.create(c.url().substring("jdbc:".length()));
        String database = uri.getPath().substring(1);
        int serverMajor = jdbc.queryForObject("show server_version_num", Integer.class) / 10000;
        String pgDump = pgDump(serverMajor);
        System.out.println("DatabaseText: " + pgDump + " for PostgreSQL " + serverMajor);
        try {
            Path out = Files.createTempFile("dump", ".sql");
            try {
                ProcessBuilder pb = new ProcessBuilder(pgDump, "--no-owner", "--no-privileges", "--blobs",
                        "--encoding=UTF8", "-h", uri.getHost(), "-p", String.valueOf(uri.getPort()), "-U", c.user(),
                        "-f", out.toString(), database);
                pb.environment().put("PGPASSWORD", c.password() == null ? "" : c.password());
                pb.redirectErrorStream(true);
                Process p = pb.start();
                String messages = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    throw new IllegalStateException(pgDump + " failed: " + messages);
                }
                return Files.readString(out, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A pg_dump at least as new as the server: the embedded PostgreSQL's own (in its unpacked folder), Debian's for
     * the server's major version, or the one on the PATH — the closest version first.
     */
    static String pgDump(int serverMajor) {
        List<String> candidates = new ArrayList<>();
        Path embedded = Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg");
        if (Files.isDirectory(embedded)) {
            try (Stream<Path> walk = Files.walk(embedded, 4)) {
                walk.filter(p -> p.getFileName().toString().equals("pg_dump") && Files.isExecutable(p))
                        .forEach(p -> candidates.add(p.toString()));
            } catch (IOException ignored) {
                // not readable: the other candidates remain
            }
        }
        candidates.add("/usr/lib/postgresql/" + serverMajor + "/bin/pg_dump");
        for (int major = serverMajor + 1; major <= serverMajor + 5; major++) {
            candidates.add("/usr/lib/postgresql/" + major + "/bin/pg_dump");
        }
        candidates.add("pg_dump");
        String best = null;
        int bestMajor = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int major = majorOf(candidate);
            if (major >= serverMajor && major < bestMajor) {
                best = candidate;
                bestMajor = major;
            }
        }
        if (best == null) {
            throw new IllegalStateException("no pg_dump of PostgreSQL " + serverMajor + " or newer among " + candidates);
        }
        return best;
    }

    private static int majorOf(String pgDump) {
        try {
            Process p = new ProcessBuilder(pgDump, "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(20, TimeUnit.SECONDS);
            Matcher m = Pattern.compile("\\) (\\d+)").matcher(out);
            return p.exitValue() == 0 && m.find() ? Integer.parseInt(m.group(1)) : -1;
        } catch (IOException | IllegalThreadStateException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    // ---- stored files

    /** The text of every bytea value and large object, keyed by where it is. */
    static Map<String, String> files(JdbcTemplate jdbc) {
        Map<String, String> texts = new LinkedHashMap<>();
        List<Map<String, Object>> columns = jdbc.queryForList("select table_name, column_name from"
                + " information_schema.columns where table_schema = current_schema() and data_type = 'bytea'");
        for (Map<String, Object> column : columns) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            List<byte[]> values = jdbc.queryForList("select \"" + name + "\" from \"" + table + "\" where \"" + name
                    + "\" is not null", byte[].class);
            for (int i = 0; i < values.size(); i++) {
                texts.put(table + "." + name + "#" + i, text(values.get(i)));
            }
        }
        List<Long> objects = jdbc.queryForList("select oid::bigint from pg_largeobject_metadata", Long.class);
        for (Long oid : objects) {
            byte[] bytes = jdbc.queryForObject("select lo_get(?::oid)", byte[].class, oid);
            texts.put("large object " + oid, text(bytes));
        }
        return texts;
    }

    /** The bytes read as UTF-8, plus the extracted text of a PDF or a DOCX. */
    static String text(byte[] bytes) {
        StringBuilder text = new StringBuilder(new String(bytes, StandardCharsets.UTF_8));
        if (bytes.length > 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F') {
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                text.append('\n').append(new PDFTextStripper().getText(doc).replaceAll("\\s+", " "));
            } catch (IOException e) {
                text.append("\n[unreadable PDF]");
            }
        } else if (bytes.length > 2 && bytes[0] == 'P' && bytes[1] == 'K') {
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
                    XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
                text.append('\n').append(extractor.getText());
            } catch (Exception e) {
                // not a DOCX (an XLSX, an image): the raw bytes were searched
            }
        }
        return text.toString();
    }
}
