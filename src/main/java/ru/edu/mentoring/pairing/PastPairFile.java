package ru.edu.mentoring.pairing;

import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import ru.edu.mentoring.web.CsvText;

/**
 * Reads a file of past pairs (issue 17 point 7): XLSX or XLS (POI, the first sheet) or CSV (UTF-8 with or without BOM,
 * else Windows-1251; semicolon, comma or tab, whichever the header line uses most; RFC 4180 quotes). The header row is
 * the first of the first 20 rows naming «Учебный год»; columns are found by their header, in any order.
 */
final class PastPairFile {

    /** The columns of the file, by their header. */
    enum Column {
        YEAR("Учебный год", true),
        FORM("Форма наставничества", true),
        MENTOR("Наставник (ФИО)", true),
        MENTOR_BIRTH("Дата рождения наставника", false),
        MENTEE("Наставляемый (ФИО)", true),
        MENTEE_BIRTH("Дата рождения наставляемого", false),
        START("Дата начала", true),
        END("Дата окончания", true),
        OUTCOME("Итог", true),
        REASON("Причина", false);

        final String header;
        final boolean required;

        Column(String header, boolean required) {
            this.header = header;
            this.required = required;
        }

        public String getHeader() {
            return header;
        }

        public boolean isRequired() {
            return required;
        }
    }

    /** A data row: its number in the file (1-based, as a spreadsheet shows it) and its cells by column. */
    record Line(int number, Map<Column, String> cells) {

        String get(Column column) {
            String v = cells.get(column);
            return v == null ? "" : v.strip();
        }
    }

    /** A file that cannot be read as a whole: a message key and its arguments. */
    static final class Refused extends RuntimeException {
        final String key;
        final transient Object[] args;

        Refused(String key, Object... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = args;
        }
    }

    static final int MAX_ROWS = 2000;
    private static final int HEADER_SEARCH = 20;
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private PastPairFile() {}

    static List<Line> read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new Refused("pairs.import.file.empty");
        }
        return lines(isZip(bytes) || isOle(bytes) ? sheet(bytes) : csv(bytes));
    }

    private static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    private static boolean isOle(byte[] b) {
        return b.length >= 4 && (b[0] & 0xff) == 0xD0 && (b[1] & 0xff) == 0xCF && (b[2] & 0xff) == 0x11
                && (b[3] & 0xff) == 0xE0;
    }

    /** The rows of the header and data, with the number of each row. */
    private record Raw(int number, List<String> cells) {}

    private static List<Line> lines(List<Raw> raw) {
        int header = -1;
        for (int i = 0; i < Math.min(HEADER_SEARCH, raw.size()); i++) {
            if (raw.get(i).cells().stream().anyMatch(c -> key(c).equals(key(Column.YEAR.header)))) {
                header = i;
                break;
            }
        }
        if (header < 0) {
            throw new Refused("pairs.import.file.columns", Column.YEAR.header);
        }
        Map<Column, Integer> at = new EnumMap<>(Column.class);
        List<String> headers = raw.get(header).cells();
        for (int i = 0; i < headers.size(); i++) {
            for (Column c : Column.values()) {
                if (key(headers.get(i)).equals(key(c.header)) && !at.containsKey(c)) {
                    at.put(c, i);
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (Column c : Column.values()) {
            if (c.required && !at.containsKey(c)) {
                missing.add("«" + c.header + "»");
            }
        }
        if (!missing.isEmpty()) {
            throw new Refused("pairs.import.file.columns", String.join(", ", missing));
        }
        List<Line> lines = new ArrayList<>();
        for (Raw r : raw.subList(header + 1, raw.size())) {
            if (r.cells().stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            Map<Column, String> cells = new EnumMap<>(Column.class);
            at.forEach((c, i) -> cells.put(c, i < r.cells().size() ? r.cells().get(i) : ""));
            lines.add(new Line(r.number(), cells));
            if (lines.size() > MAX_ROWS) {
                throw new Refused("pairs.import.file.tooManyRows", MAX_ROWS);
            }
        }
        if (lines.isEmpty()) {
            throw new Refused("pairs.import.file.noRows");
        }
        return lines;
    }

    /** A header as compared: lower case, «ё» as «е», spaces collapsed. */
    static String key(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ").strip();
    }

    // ---- XLSX, XLS

    private static List<Raw> sheet(byte[] bytes) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            if (book.getNumberOfSheets() == 0) {
                throw new Refused("pairs.import.file.noRows");
            }
            Sheet sheet = book.getSheetAt(0);
            List<Raw> raw = new ArrayList<>();
            for (Row row : sheet) {
                if (raw.size() > MAX_ROWS + HEADER_SEARCH) {
                    throw new Refused("pairs.import.file.tooManyRows", MAX_ROWS);
                }
                List<String> cells = new ArrayList<>();
                short last = row.getLastCellNum();
                for (int i = 0; i < Math.min(last, 50); i++) {
                    Cell cell = row.getCell(i);
                    cells.add(cell == null ? "" : text(cell, formatter));
                }
                raw.add(new Raw(row.getRowNum() + 1, cells));
            }
            return raw;
        } catch (Refused e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw new Refused("pairs.import.file.broken");
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(DATE);
        }
        return formatter.formatCellValue(cell);
    }

    // ---- CSV

    private static List<Raw> csv(byte[] bytes) {
        for (byte x : bytes) {
            int c = x & 0xff;
            if (c < 0x09 || (c > 0x0D && c < 0x20)) {
                throw new Refused("pairs.import.file.type");
            }
        }
        String text = CsvText.decode(bytes);
        List<Raw> raw = new ArrayList<>();
        try {
            CsvText.records(new java.io.StringReader(text), CsvText.mostFrequentSeparator(text),
                    (number, line, cells) -> {
                        raw.add(new Raw((int) line, cells));
                        if (raw.size() > MAX_ROWS + HEADER_SEARCH) {
                            throw new Refused("pairs.import.file.tooManyRows", MAX_ROWS);
                        }
                    });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return raw;
    }

}
