package ru.edu.mentoring.contests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The jury's protocol as a Word document (POI XWPF, Times New Roman): the heading, the contest, the criteria, the
 * jury, then the results table (nomination, place, nominee, school, every juror's sum, the mean total) and a line
 * for each juror's signature. Text goes into runs as plain text.
 */
final class ProtocolDocx {

    private ProtocolDocx() {}

    static byte[] write(Contests.Protocol p, BiFunction<String, Object[], String> msg) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraph(doc, msg.apply("contest.protocol.heading", null), true, 14, ParagraphAlignment.CENTER);
            paragraph(doc, msg.apply("contest.protocol.of", new Object[] {p.contest().title(),
                String.valueOf(p.contest().year())}), true, 12, ParagraphAlignment.CENTER);
            paragraph(doc, p.municipality(), false, 12, ParagraphAlignment.CENTER);
            paragraph(doc, msg.apply("contest.criteria", null), true, 12, ParagraphAlignment.LEFT);
            for (Contests.CriterionView c : p.criteria()) {
                paragraph(doc, c.position() + ". " + c.title() + " — " + msg.apply("contest.protocol.max",
                        new Object[] {c.maxPoints()}), false, 12, ParagraphAlignment.LEFT);
            }
            paragraph(doc, msg.apply("contest.jury", null), true, 12, ParagraphAlignment.LEFT);
            for (String j : p.jurors()) {
                paragraph(doc, j, false, 12, ParagraphAlignment.LEFT);
            }
            XWPFTable table = doc.createTable();
            table.setWidth("100%");
            List<String> headers = new ArrayList<>(List.of(msg.apply("contest.nomination", null),
                    msg.apply("contest.place", null), msg.apply("contest.nominee", null),
                    msg.apply("contest.school", null)));
            for (int i = 0; i < p.jurors().size(); i++) {
                headers.add(msg.apply("contest.protocol.juror", new Object[] {i + 1}));
            }
            headers.add(msg.apply("contest.meanTotal", null));
            XWPFTableRow head = table.getRow(0);
            for (int c = 0; c < headers.size(); c++) {
                XWPFTableCell cell = c == 0 ? head.getCell(0) : head.addNewTableCell();
                text(cell, headers.get(c), true);
            }
            head.setRepeatHeader(true);
            for (Contests.ResultLine r : p.results()) {
                XWPFTableRow row = table.createRow();
                List<String> cells = new ArrayList<>(List.of(r.nomination() == null ? "" : r.nomination(),
                        String.valueOf(r.place()), r.nominee() == null ? "" : r.nominee(), r.school()));
                for (Integer s : p.jurorSums().getOrDefault(r.applicationId(), List.of())) {
                    cells.add(s == null ? "—" : String.valueOf(s));
                }
                cells.add(decimal(r.meanTotal()));
                for (int c = 0; c < cells.size() && c < row.getTableCells().size(); c++) {
                    text(row.getCell(c), cells.get(c), false);
                }
            }
            paragraph(doc, "", false, 12, ParagraphAlignment.LEFT);
            for (String j : p.jurors()) {
                paragraph(doc, msg.apply("contest.protocol.signature", new Object[] {j}), false, 12,
                        ParagraphAlignment.LEFT);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** «41,67» */
    static String decimal(BigDecimal value) {
        return value == null ? "" : value.toPlainString().replace('.', ',');
    }

    private static void paragraph(XWPFDocument doc, String text, boolean bold, int size, ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        XWPFRun run = p.createRun();
        run.setFontFamily("Times New Roman");
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(text);
    }

    private static void text(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        XWPFRun run = p.createRun();
        run.setFontFamily("Times New Roman");
        run.setFontSize(11);
        run.setBold(bold);
        run.setText(text);
    }
}
