package ru.edu.mentoring.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A streaming XLSX writer for list exports of any length (POI's SXSSF: only a window of rows is kept in memory, the
 * others go to a temporary file, deleted on {@link #close}): a bold header row with an autofilter and a frozen pane,
 * then rows appended one at a time. As in {@link Xlsx}, text is written as a text cell (an inline string), which a
 * spreadsheet shows as typed and never evaluates, so «=1+1», «+7 (343) 123-45-67» or «@SUM(A1)» stays inert; dates
 * are real dates shown dd.mm.yyyy, numbers are numbers.
 */
public final class StreamingXlsx implements AutoCloseable {

    private static final int WINDOW = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle wrap;
    private SXSSFSheet sheet;
    private int next;
    private int columns;
    /** Per sheet its number of columns and of rows written, for the autofilter (early rows are flushed already). */
    private final java.util.Map<SXSSFSheet, int[]> sizes = new java.util.LinkedHashMap<>();

    public StreamingXlsx() {
        header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setWrapText(true);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
        wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
    }

    /** Starts a sheet with its header row; the column widths are given in characters (one per header). */
    public StreamingXlsx sheet(String name, List<String> headers, int... widths) {
        sheet = workbook.createSheet(safeSheetName(name));
        next = 0;
        columns = headers.size();
        Row head = sheet.createRow(next++);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(header);
            int width = c < widths.length ? widths[c] : 18;
            sheet.setColumnWidth(c, Math.max(8, Math.min(60, width)) * 256);
        }
        sheet.createFreezePane(0, 1);
        sizes.put(sheet, new int[] {columns, 1});
        return this;
    }

    /** Appends a row: String, Number, LocalDate, Boolean or null (a blank cell). */
    public void row(List<?> values) {
        Row row = sheet.createRow(next++);
        sizes.get(sheet)[1] = next;
        for (int c = 0; c < values.size(); c++) {
            write(row.createCell(c), values.get(c));
        }
    }

    private void write(Cell cell, Object value) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Integer || value instanceof Long || value instanceof BigDecimal
                || value instanceof Double) {
            cell.setCellValue(((Number) value).doubleValue());
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else {
            String text = value.toString();
            cell.setCellValue(text);
            if (text.indexOf('\n') >= 0) {
                cell.setCellStyle(wrap);
            }
        }
    }

    /** Writes the workbook (the autofilter covers the header and every row written) to the stream. */
    public void writeTo(OutputStream out) {
        try {
            sizes.forEach((s, size) -> {
                if (size[0] > 0) {
                    s.setAutoFilter(new CellRangeAddress(0, size[1] - 1, 0, size[0] - 1));
                }
            });
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of columns of the current sheet. */
    public int columns() {
        return columns;
    }

    private static String safeSheetName(String name) {
        String cleaned = name.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned.isEmpty() ? "Лист1" : cleaned;
    }

    @Override
    public void close() {
        try {
            workbook.close(); // also deletes the temporary files (POI 5)
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
