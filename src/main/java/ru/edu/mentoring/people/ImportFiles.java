package ru.edu.mentoring.people;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import ru.edu.mentoring.web.CsvText;

/**
 * Reads an uploaded file into an {@link ImportTable}, as schools have their files: XLSX (streamed, one sheet at a time;
 * POI's zip-bomb guard stays on), XLS (POI's HSSF) and CSV (UTF-8 with or without BOM, else Windows-1251; semicolon,
 * comma or tab, whichever the header row uses; RFC 4180 quoting; streamed). The type is told by the content, not by
 * the file name.
 *
 * <p>The header row is looked for in the first {@value #HEADER_SEARCH_ROWS} rows: the first that names at least two
 * known columns (a class list exported from an electronic journal starts with a title line and a blank line; the
 * МР-42/02 tables with a title). Rows above it are skipped, a row of column numbers right under it too; data rows keep
 * the numbers the spreadsheet program shows. A «№ п/п» column is dropped silently, a «Пол» column with a note.
 */
final class ImportFiles {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    /** The header row is looked for among the spreadsheet's first rows. */
    static final int HEADER_SEARCH_ROWS = 20;
    /** Cells beyond this column are not read. */
    static final int MAX_COLUMNS = 200;
    /** Headers of a running-number column («№ п/п»): ignored without a note. */
    static final Set<String> NUMBER_HEADERS = Set.of("№", "№ п/п", "№п/п", "n п/п", "п/п", "№№", "no", "n", "номер",
            "№ п.п.", "порядковый номер");
    /** Headers of columns the portal does not keep: ignored with a note. */
    static final Set<String> IGNORED_HEADERS = Set.of("пол");

    private ImportFiles() {}

    /**
     * The names of the file's sheets when it has several (the upload asks which), in the workbook's order; empty for
     * a CSV, a workbook of one sheet, or a file that cannot be read (reading it then says why).
     */
    static List<String> sheetNames(byte[] bytes, String fileName) {
        try {
            List<String> names = isZip(bytes) ? xlsxSheetNames(bytes) : isOle(bytes) ? xlsSheetNames(bytes) : List.of();
            return names.size() > 1 ? names : List.of();
        } catch (RuntimeException | LinkageError e) {
            return List.of();
        }
    }

    /** Reads the first sheet (a CSV has only that one). */
    static ImportTable read(byte[] bytes, String fileName, int maxRows) {
        return read(bytes, fileName, maxRows, 0);
    }

    /** Reads the sheet of the given index (0 = first; a CSV has only 0). */
    static ImportTable read(byte[] bytes, String fileName, int maxRows, int sheet) {
        if (bytes.length == 0) {
            throw new ImportFileException("import.file.empty");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (isZip(bytes)) {
            return readXlsx(bytes, maxRows, sheet);
        }
        if (isOle(bytes)) {
            return readXls(bytes, maxRows, sheet);
        }
        if (name.endsWith(".xlsx") || !isText(bytes)) {
            throw new ImportFileException("import.file.type");
        }
        if (sheet != 0) {
            throw new ImportFileException("import.file.noSheet", sheet + 1);
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

    // ---- the rows of any format: where the header is, which rows are data

    /**
     * Takes the rows of a sheet in order, each with its number as the spreadsheet shows it, and keeps the header and
     * the data rows: nothing of the file is held but the rows themselves. Rows above the header wait (at most
     * {@value #HEADER_SEARCH_ROWS}) until the header is known.
     */
    static final class Rows {

        private final int maxRows;
        private final List<ImportTable.Row> waiting = new ArrayList<>();
        private final List<ImportTable.Row> rows = new ArrayList<>();
        private final List<ImportProblem> notes = new ArrayList<>();
        private List<String> headers;
        private int dataRows;
        private int nonBlank;
        private boolean underHeader;
        /** Whether the header named two known columns (only then is a row of numbers under it taken for captions). */
        private boolean recognised;

        Rows(int maxRows) {
            this.maxRows = maxRows;
        }

        void add(int number, List<String> cells) {
            if (blank(cells)) {
                return;
            }
            nonBlank++;
            if (headers == null) {
                if (number <= HEADER_SEARCH_ROWS) {
                    if (knownColumns(cells) >= 2) {
                        header(number, cells, !waiting.isEmpty());
                        recognised = true;
                        waiting.clear();
                    } else {
                        waiting.add(new ImportTable.Row(number, cells));
                    }
                    return;
                }
                settleHeader();
            }
            data(number, cells);
        }

        /** No row of the first ones named two known columns: the first naming one, else the first non-blank. */
        private void settleHeader() {
            if (headers != null || waiting.isEmpty()) {
                return;
            }
            int chosen = 0;
            for (int i = 0; i < waiting.size(); i++) {
                if (knownColumns(waiting.get(i).cells()) >= 1) {
                    chosen = i;
                    break;
                }
            }
            header(waiting.get(chosen).number(), waiting.get(chosen).cells(), chosen > 0);
            List<ImportTable.Row> below = List.copyOf(waiting.subList(chosen + 1, waiting.size()));
            waiting.clear();
            for (ImportTable.Row r : below) {
                data(r.number(), r.cells());
            }
        }

        private void header(int number, List<String> cells, boolean rowsAbove) {
            List<String> named = new ArrayList<>(cells.size());
            for (String cell : cells) {
                String header = ImportColumn.normalise(cell);
                if (NUMBER_HEADERS.contains(header)) {
                    named.add("");
                } else if (IGNORED_HEADERS.contains(header) && ImportColumn.ofHeader(cell).isEmpty()) {
                    notes.add(new ImportProblem("import.note.ignoredColumn", cell.strip()));
                    named.add("");
                } else {
                    named.add(cell);
                }
            }
            headers = named;
            underHeader = true;
            if (rowsAbove) {
                notes.add(new ImportProblem("import.note.headerRow", number));
            }
        }

        private void data(int number, List<String> cells) {
            boolean first = underHeader;
            underHeader = false;
            if (first && recognised && columnNumbers(cells)) {
                notes.add(new ImportProblem("import.note.numberRow", number));
                return;
            }
            if (++dataRows <= maxRows) {
                rows.add(new ImportTable.Row(number, cells));
            } else if (dataRows > maxRows * 4L) {
                throw new ImportFileException("import.file.tooManyRows", dataRows + "+", maxRows);
            }
        }

        /**
         * The table read: refused when the sheet is empty (named when the workbook has several sheets), has no data
         * rows, or has more than the limit.
         */
        ImportTable table(ImportProblem readAs, String sheetName) {
            settleHeader();
            if (nonBlank == 0 && sheetName != null) {
                throw new ImportFileException("import.file.emptySheet", sheetName);
            }
            if (headers == null || dataRows == 0) {
                throw sheetName != null ? new ImportFileException("import.file.noRowsOnSheet", sheetName)
                        : new ImportFileException("import.file.noRows");
            }
            if (dataRows > maxRows) {
                throw new ImportFileException("import.file.tooManyRows", dataRows, maxRows);
            }
            List<ImportProblem> all = new ArrayList<>();
            all.add(readAs);
            all.addAll(notes);
            return new ImportTable(headers, rows, all);
        }
    }

    /** How many known columns the cells name (each counted once). */
    static int knownColumns(List<String> cells) {
        EnumSet<ImportColumn> found = EnumSet.noneOf(ImportColumn.class);
        for (String cell : cells) {
            if (cell != null && !cell.isBlank() && cell.length() <= 100) {
                ImportColumn.ofHeader(cell).ifPresent(found::add);
            }
        }
        return found.size();
    }

    /** A row of column numbers under a header (1, 2, 3, … in the filled cells), as official tables have. */
    static boolean columnNumbers(List<String> cells) {
        int expected = 1;
        for (String cell : cells) {
            String c = cell == null ? "" : cell.strip();
            if (c.isEmpty()) {
                continue;
            }
            if (!c.equals(String.valueOf(expected)) && !c.equals(expected + ".")) {
                return false;
            }
            expected++;
        }
        return expected > 2;
    }

    private static boolean blank(List<String> cells) {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    // ---- CSV

    static ImportTable readCsv(byte[] bytes, int maxRows) {
        int start = CsvText.bomLength(bytes);
        Charset charset = CsvText.charsetOf(bytes, start);
        boolean utf8 = charset.equals(StandardCharsets.UTF_8);
        // the separator from the header row, found in the first lines (decoded leniently: the cut may split a char)
        int headLength = Math.min(bytes.length - start, 64 * 1024);
        char separator = separator(new String(bytes, start, headLength, charset));
        Rows rows = new Rows(maxRows);
        try (Reader in = new InputStreamReader(new ByteArrayInputStream(bytes, start, bytes.length - start),
                charset)) {
            CsvText.records(in, separator, (n, line, cells) -> rows.add((int) n, cells));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String encoding = utf8 ? "UTF-8" : "Windows-1251";
        ImportProblem readAs = separator == '\t' ? new ImportProblem("import.note.csvTab", encoding)
                : new ImportProblem("import.note.csv", encoding, String.valueOf(separator));
        return rows.table(readAs, null);
    }

    private static final char[] SEPARATORS = CsvText.SEPARATORS;

    /**
     * The separator of the header row: the first of the first {@value #HEADER_SEARCH_ROWS} lines that, split by
     * semicolon, tab or comma, names at least two known columns (the separator naming most wins; on a tie semicolon,
     * then tab). Without such a line, the most frequent of the three outside quotes on the first non-blank line
     * (semicolon on a tie).
     */
    static char separator(String text) {
        List<List<List<String>>> bySeparator = new ArrayList<>();
        for (char s : SEPARATORS) {
            List<List<String>> records = new ArrayList<>();
            try {
                CsvText.records(new StringReader(text), s, (n, line, cells) -> {
                    if (n > HEADER_SEARCH_ROWS) {
                        throw new StopParsing();
                    }
                    records.add(cells);
                });
            } catch (StopParsing e) {
                // enough lines
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bySeparator.add(records);
        }
        for (int line = 0; line < HEADER_SEARCH_ROWS; line++) {
            int best = -1;
            int bestCount = 1;
            for (int s = 0; s < SEPARATORS.length; s++) {
                List<List<String>> records = bySeparator.get(s);
                int count = line < records.size() ? knownColumns(records.get(line)) : 0;
                if (count > bestCount) {
                    best = s;
                    bestCount = count;
                }
            }
            if (best >= 0) {
                return SEPARATORS[best];
            }
        }
        return CsvText.mostFrequentSeparator(text);
    }

    private static final class StopParsing extends RuntimeException {
        StopParsing() {
            super(null, null, false, false);
        }
    }

    // ---- XLSX

    static List<String> xlsxSheetNames(byte[] bytes) {
        return withXlsx(bytes, (pkg, reader) -> {
            List<String> names = new ArrayList<>();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream ignored = sheets.next()) {
                    names.add(sheets.getSheetName());
                }
            }
            return names;
        });
    }

    static ImportTable readXlsx(byte[] bytes, int maxRows, int sheet) {
        Rows rows = new Rows(maxRows);
        Collector collector = new Collector(rows);
        return withXlsx(bytes, (pkg, reader) -> {
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            String name = null;
            int count = 0;
            while (sheets.hasNext()) {
                try (InputStream data = sheets.next()) {
                    if (count == sheet) {
                        name = sheets.getSheetName();
                        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
                        XMLReader parser = XMLHelper.newXMLReader();
                        parser.setContentHandler(
                                new XSSFSheetXMLHandler(styles, strings, collector, new DateCells(), false));
                        parser.parse(new InputSource(data));
                    }
                }
                count++;
            }
            if (name == null) {
                throw count == 0 ? new ImportFileException("import.file.noRows")
                        : new ImportFileException("import.file.noSheet", sheet + 1);
            }
            return count == 1 ? rows.table(new ImportProblem("import.note.xlsx"), null)
                    : rows.table(new ImportProblem("import.note.sheet", "XLSX", name), name);
        });
    }

    private interface XlsxWork<T> {
        T apply(OPCPackage pkg, XSSFReader reader) throws Exception;
    }

    private static <T> T withXlsx(byte[] bytes, XlsxWork<T> work) {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
            return work.apply(pkg, new XSSFReader(pkg));
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
    }

    private static ImportFileException findOwn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ImportFileException own) {
                return own;
            }
        }
        return null;
    }

    /** Hands each row of a sheet to {@link Rows}, cells at their columns. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final Rows rows;
        private List<String> current;

        Collector(Rows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            current = new ArrayList<>();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? current.size() : new CellReference(reference).getCol();
            if (column > MAX_COLUMNS) {
                return;
            }
            while (current.size() < column) {
                current.add("");
            }
            current.add(value == null ? "" : value);
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(rowNum + 1, current);
        }
    }

    // ---- XLS

    static List<String> xlsSheetNames(byte[] bytes) {
        try (HSSFWorkbook workbook = xls(bytes)) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                names.add(workbook.getSheetName(i));
            }
            return names;
        } catch (IOException e) {
            throw new ImportFileException("import.file.brokenXls");
        }
    }

    /**
     * An XLS workbook (Excel 97–2003) is read whole by POI's HSSF (the format allows 65,536 rows a sheet; the upload
     * limit bounds it); cells are formatted as in an XLSX: dates as dd.MM.yyyy, numbers as Excel shows them, formulas
     * by their last result.
     */
    static ImportTable readXls(byte[] bytes, int maxRows, int sheetIndex) {
        try (HSSFWorkbook workbook = xls(bytes)) {
            int count = workbook.getNumberOfSheets();
            if (sheetIndex < 0 || sheetIndex >= count) {
                throw count == 0 ? new ImportFileException("import.file.noRows")
                        : new ImportFileException("import.file.noSheet", sheetIndex + 1);
            }
            Sheet sheet = workbook.getSheetAt(sheetIndex);
            boolean date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
            DataFormatter formatter = new DateCells();
            Rows rows = new Rows(maxRows);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    int column = cell.getColumnIndex();
                    if (column > MAX_COLUMNS) {
                        break;
                    }
                    while (cells.size() < column) {
                        cells.add("");
                    }
                    cells.add(text(cell, formatter, date1904));
                }
                rows.add(row.getRowNum() + 1, cells);
            }
            String name = workbook.getSheetName(sheetIndex);
            return rows.table(new ImportProblem("import.note.sheet", "XLS", name), count == 1 ? null : name);
        } catch (IOException e) {
            throw new ImportFileException("import.file.brokenXls");
        }
    }

    private static HSSFWorkbook xls(byte[] bytes) {
        try {
            POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes));
            return new HSSFWorkbook(fs.getRoot(), false);
        } catch (ImportFileException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            // not a workbook (a Word file, an encrypted or an Excel 5 file) or a broken one
            throw new ImportFileException("import.file.brokenXls");
        }
    }

    private static String text(Cell cell, DataFormatter formatter, boolean date1904) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(),
                    cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString(), date1904);
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> "";
        };
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
