package ru.edu.mentoring.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A small XLSX writer for exports: a bold header row, numbers as numbers, percentages as percentages, dates as dates,
 * and text as it was typed. A text cell is written as a string cell ({@code t="s"}), which a spreadsheet shows and
 * never evaluates, so «=1+1» or «+7 (343) 123-45-67» stays inert without a visible apostrophe in front.
 * Every sheet has an autofilter on its header row, a frozen header and column widths taken from the content; a sheet
 * may start with a title row (the municipality and the as-of date) above the header. A {@link Filled} cell carries a
 * background colour like the page's (a stage state), so the file reads like the matrix on screen.
 */
public final class Xlsx implements AutoCloseable {

    /** A percentage given as a fraction (0.153 for 15,3 %). */
    public record Percent(double fraction) {}

    /** A value with a background colour given as {@code #rrggbb} (the page's colour for that state). */
    public record Filled(Object value, String rgb) {}

    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle header;
    private final CellStyle percent;
    private final CellStyle date;
    private final CellStyle decimal;
    private final CellStyle title;
    private final Map<String, CellStyle> fills = new HashMap<>();

    public Xlsx() {
        header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setWrapText(true);
        percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
        decimal = workbook.createCellStyle();
        decimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.0"));
        title = workbook.createCellStyle();
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 13);
        title.setFont(big);
    }

    /** Adds a sheet with a header row and data rows; cells may be String, Number, Percent, LocalDate, Filled or null. */
    public Xlsx sheet(String name, List<String> headers, List<List<Object>> rows) {
        return sheet(name, null, headers, rows);
    }

    /**
     * Adds a sheet whose first row is the title (e.g. «Кампания … — Назаровский район, по состоянию на 03.12.2026»),
     * then the header row with an autofilter, then the data rows; without a title the header is the first row.
     */
    public Xlsx sheet(String name, String titleText, List<String> headers, List<List<Object>> rows) {
        return sheet(name, titleText, headers, rows, 0);
    }

    /**
     * As {@link #sheet(String, String, List, List)}, with the last {@code totalRows} rows (an «Итого» line) left
     * outside the autofilter, so filtering or sorting the schools does not move or hide the total.
     */
    public Xlsx sheet(String name, String titleText, List<String> headers, List<List<Object>> rows, int totalRows) {
        Sheet sheet = workbook.createSheet(safeSheetName(name));
        int first = 0;
        if (titleText != null) {
            Cell cell = sheet.createRow(0).createCell(0);
            cell.setCellValue(titleText);
            cell.setCellStyle(title);
            first = 1;
        }
        int[] widths = new int[headers.size()];
        Row head = sheet.createRow(first);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(header);
            // a header wraps, so its longest word counts, plus room for the filter's arrow
            widths[c] = longestWord(headers.get(c)) + 3;
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(first + r + 1);
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                write(row.createCell(c), value);
                if (c < widths.length) {
                    widths[c] = Math.max(widths[c], shownLength(value) + 2);
                }
            }
        }
        sheet.createFreezePane(0, first + 1);
        if (!headers.isEmpty()) {
            int filtered = Math.max(0, rows.size() - Math.max(0, totalRows));
            sheet.setAutoFilter(new CellRangeAddress(first, first + filtered, 0, headers.size() - 1));
        }
        for (int c = 0; c < headers.size(); c++) {
            sheet.setColumnWidth(c, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c])) * 256);
        }
        return this;
    }

    private static int longestWord(String text) {
        int longest = 0;
        for (String word : text.split("\\s+")) {
            longest = Math.max(longest, word.length());
        }
        return Math.max(longest, Math.min(text.length(), 16));
    }

    /** The characters a cell shows: dates as dd.mm.yyyy, percentages with one decimal, the longest line of text. */
    private static int shownLength(Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof Filled f) {
            return shownLength(f.value());
        }
        if (value instanceof LocalDate) {
            return 10;
        }
        if (value instanceof Percent) {
            return 7;
        }
        int longest = 0;
        for (String line : value.toString().split("\n")) {
            longest = Math.max(longest, line.length());
        }
        return longest;
    }

    private void write(Cell cell, Object value) {
        if (value instanceof Filled f) {
            write(cell, f.value());
            cell.setCellStyle(filled(cell.getCellStyle(), f.rgb()));
            return;
        }
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Percent p) {
            cell.setCellValue(p.fraction());
            cell.setCellStyle(percent);
        } else if (value instanceof Integer || value instanceof Long) {
            cell.setCellValue(((Number) value).doubleValue());
        } else if (value instanceof BigDecimal || value instanceof Double || value instanceof Float) {
            cell.setCellValue(((Number) value).doubleValue());
            cell.setCellStyle(decimal);
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else {
            cell.setCellValue(value.toString());
        }
    }

    private CellStyle filled(CellStyle base, String rgb) {
        return fills.computeIfAbsent(base.getIndex() + rgb, k -> {
            XSSFCellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(base);
            style.setFillForegroundColor(new XSSFColor(rgb(rgb), null));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        });
    }

    private static byte[] rgb(String hex) {
        String h = hex.startsWith("#") ? hex.substring(1) : hex;
        int v = Integer.parseInt(h, 16);
        return new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v};
    }

    /**
     * For CSV only, whose cells a spreadsheet parses: text that it would read as a formula gets a leading apostrophe.
     * XLSX text cells need no such prefix (see the class comment).
     */
    public static String neutraliseForCsv(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + text;
        }
        return text;
    }

    private static String safeSheetName(String name) {
        String cleaned = name.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned.isEmpty() ? "Лист1" : cleaned;
    }

    public byte[] toBytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
