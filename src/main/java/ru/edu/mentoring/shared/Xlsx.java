package ru.edu.mentoring.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A small XLSX writer for exports: a bold header row, numbers as numbers, percentages as percentages, dates as dates,
 * and text as it was typed. A text cell is written as a string cell ({@code t="s"}), which a spreadsheet shows and
 * never evaluates, so «=1+1» or «+7 (343) 123-45-67» stays inert without a visible apostrophe in front.
 */
public final class Xlsx implements AutoCloseable {

    /** A percentage given as a fraction (0.153 for 15,3 %). */
    public record Percent(double fraction) {}

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle header;
    private final CellStyle percent;
    private final CellStyle date;
    private final CellStyle decimal;

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
    }

    /** Adds a sheet with a header row and data rows; cells may be String, Number, Percent, LocalDate or null. */
    public Xlsx sheet(String name, List<String> headers, List<List<Object>> rows) {
        Sheet sheet = workbook.createSheet(safeSheetName(name));
        Row head = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(header);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                write(row.createCell(c), values.get(c));
            }
        }
        sheet.createFreezePane(0, 1);
        for (int c = 0; c < headers.size(); c++) {
            sheet.setColumnWidth(c, Math.min(60, Math.max(12, headers.get(c).length() + 4)) * 256);
        }
        return this;
    }

    private void write(Cell cell, Object value) {
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
