package ru.edu.mentoring.people;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads an uploaded file into an {@link ImportTable}: XLSX (first sheet, streamed; POI's zip-bomb guard stays on) or
 * CSV (UTF-8 with or without BOM, else Windows-1251; comma or semicolon, whichever the header line uses; RFC 4180
 * quoting). The type is told by the content, not by the file name.
 */
final class ImportFiles {

    static final Charset CP1251 = Charset.forName("windows-1251");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private ImportFiles() {}

    /**
     * The names of the file's sheets when it has several (the upload asks which); empty for a CSV or one sheet.
     * Seam for the sheet choice: filled in with the XLS/XLSX readers.
     */
    static List<String> sheetNames(byte[] bytes, String fileName) {
        return List.of();
    }

    /** Reads the sheet of the given index (0 = first; a CSV has only 0). */
    static ImportTable read(byte[] bytes, String fileName, int maxRows, int sheet) {
        return read(bytes, fileName, maxRows);
    }

    static ImportTable read(byte[] bytes, String fileName, int maxRows) {
        if (bytes.length == 0) {
            throw new ImportFileException("import.file.empty");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (isZip(bytes)) {
            return readXlsx(bytes, maxRows);
        }
        if (isOle(bytes) || name.endsWith(".xls")) {
            throw new ImportFileException("import.file.xls");
        }
        if (name.endsWith(".xlsx") || !isText(bytes)) {
            throw new ImportFileException("import.file.type");
        }
        return readCsv(bytes, maxRows);
    }

    static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    static boolean isOle(byte[] b) {
        return b.length >= 4 && (b[0] & 0xff) == 0xD0 && (b[1] & 0xff) == 0xCF && (b[2] & 0xff) == 0x11
                && (b[3] & 0xff) == 0xE0;
    }

    /** Text has no NUL and no control characters other than tab, line breaks, form feed and escape. */
    static boolean isText(byte[] b) {
        for (byte x : b) {
            int c = x & 0xff;
            if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) {
                return false;
            }
        }
        return true;
    }

    // ---- CSV

    static ImportTable readCsv(byte[] bytes, int maxRows) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        String text;
        String encoding;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            encoding = "UTF-8";
        } catch (CharacterCodingException e) {
            text = new String(bytes, start, bytes.length - start, CP1251);
            encoding = "Windows-1251";
        }
        char separator = separator(text);
        List<List<String>> records = parseCsv(text, separator);
        List<String> headers = null;
        List<ImportTable.Row> rows = new ArrayList<>();
        int dataRows = 0;
        for (int i = 0; i < records.size(); i++) {
            List<String> cells = records.get(i);
            if (blank(cells)) {
                continue;
            }
            if (headers == null) {
                headers = cells;
                continue;
            }
            if (++dataRows <= maxRows) {
                rows.add(new ImportTable.Row(i + 1, cells));
            }
        }
        if (headers == null || dataRows == 0) {
            throw new ImportFileException("import.file.noRows");
        }
        if (dataRows > maxRows) {
            throw new ImportFileException("import.file.tooManyRows", dataRows, maxRows);
        }
        List<ImportProblem> notes = List.of(new ImportProblem("import.note.csv", encoding, String.valueOf(separator)));
        return new ImportTable(headers, rows, notes);
    }

    /** The separator the header line uses: the more frequent of ';' and ',' outside quotes (';' on a tie). */
    static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (semicolons + commas > 0) {
                    break;
                }
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }

    /** RFC 4180 records: quoted fields may hold separators, doubled quotes and line breaks; CRLF, LF or CR end a record. */
    static List<List<String>> parseCsv(String text, char separator) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                fieldStarted = true;
            } else if (c == separator) {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                records.add(record);
                record = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    private static boolean blank(List<String> cells) {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    // ---- XLSX

    static ImportTable readXlsx(byte[] bytes, int maxRows) {
        Collector collector = new Collector(maxRows);
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ImportFileException("import.file.noRows");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(
                        new XSSFSheetXMLHandler(styles, strings, collector, new DateCells(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (ImportFileException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            ImportFileException own = findOwn(e);
            if (own != null) {
                throw own;
            }
            throw new ImportFileException("import.file.broken");
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
        if (collector.headers == null || collector.dataRows == 0) {
            throw new ImportFileException("import.file.noRows");
        }
        if (collector.dataRows > maxRows) {
            throw new ImportFileException("import.file.tooManyRows", collector.dataRows, maxRows);
        }
        return new ImportTable(collector.headers, collector.rows, List.of(new ImportProblem("import.note.xlsx")));
    }

    private static ImportFileException findOwn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ImportFileException own) {
                return own;
            }
        }
        return null;
    }

    /** Collects the first sheet's rows; the first non-blank row is the header. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

        final int maxRows;
        List<String> headers;
        final List<ImportTable.Row> rows = new ArrayList<>();
        int dataRows;
        private List<String> current;

        Collector(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            current = new ArrayList<>();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? current.size() : new CellReference(reference).getCol();
            if (column > 200) {
                return;
            }
            while (current.size() < column) {
                current.add("");
            }
            current.add(value == null ? "" : value);
        }

        @Override
        public void endRow(int rowNum) {
            if (blank(current)) {
                return;
            }
            if (headers == null) {
                headers = current;
            } else if (++dataRows <= maxRows) {
                rows.add(new ImportTable.Row(rowNum + 1, current));
            } else if (dataRows > maxRows * 4) {
                throw new ImportFileException("import.file.tooManyRows", dataRows + "+", maxRows);
            }
        }
    }

    /** Formats date cells as dd.MM.yyyy whatever their display format; other cells as Excel shows them. */
    private static final class DateCells extends DataFormatter {

        DateCells() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904).toLocalDate().format(DATE);
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }
}
