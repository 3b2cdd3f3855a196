package ru.edu.mentoring.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * An order fixing pairs as an editable Word document: A4, margins of a Russian order (left 30 mm, right 15 mm, top
 * and bottom 20 mm), every run Times New Roman 14 pt, the pairs in a real table the head can edit before signing.
 */
final class PairOrderDocx {

    static final String FONT = "Times New Roman";
    static final int SIZE = 14;

    /** Twentieths of a point per millimetre. */
    private static final double TWIPS_PER_MM = 1440 / 25.4;

    private PairOrderDocx() {}

    static byte[] render(PairOrderText order) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            paragraph(doc, order.school(), ParagraphAlignment.CENTER, true, 0, 240);
            paragraph(doc, order.heading(), ParagraphAlignment.CENTER, true, 0, 240);
            XWPFTable line = plainTable(doc, 1, 2);
            cell(line.getRow(0).getCell(0), order.date(), ParagraphAlignment.LEFT, false);
            cell(line.getRow(0).getCell(1), order.number(), ParagraphAlignment.RIGHT, false);
            paragraph(doc, order.place(), ParagraphAlignment.CENTER, false, 120, 360);
            paragraph(doc, order.title(), ParagraphAlignment.CENTER, true, 0, 240);
            paragraph(doc, order.preamble(), ParagraphAlignment.BOTH, false, 0, 0).setIndentationFirstLine(mm(12.5));
            paragraph(doc, order.order(), ParagraphAlignment.LEFT, true, 240, 240);
            paragraph(doc, order.item1(), ParagraphAlignment.BOTH, false, 0, 120).setIndentationFirstLine(mm(12.5));
            pairs(doc, order);
            paragraph(doc, order.item2(), ParagraphAlignment.BOTH, false, 120, 120).setIndentationFirstLine(mm(12.5));
            paragraph(doc, order.item3(), ParagraphAlignment.BOTH, false, 0, 480).setIndentationFirstLine(mm(12.5));
            XWPFTable sign = plainTable(doc, 1, 3);
            cell(sign.getRow(0).getCell(0), order.headPosition(), ParagraphAlignment.LEFT, false);
            cell(sign.getRow(0).getCell(1), order.signBlank(), ParagraphAlignment.CENTER, false);
            cell(sign.getRow(0).getCell(2), order.headSignature(), ParagraphAlignment.RIGHT, false);
            paragraph(doc, order.acquaintedHeading(), ParagraphAlignment.LEFT, false, 480, 120);
            if (!order.acquainted().isEmpty()) {
                XWPFTable signers = plainTable(doc, order.acquainted().size(), 2);
                for (int i = 0; i < order.acquainted().size(); i++) {
                    cell(signers.getRow(i).getCell(0), order.acquainted().get(i), ParagraphAlignment.LEFT, false);
                    cell(signers.getRow(i).getCell(1), order.signatureLine(), ParagraphAlignment.RIGHT, false);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setLeft(BigInteger.valueOf(mm(30)));
        margins.setRight(BigInteger.valueOf(mm(15)));
        margins.setTop(BigInteger.valueOf(mm(20)));
        margins.setBottom(BigInteger.valueOf(mm(20)));
    }

    private static void pairs(XWPFDocument doc, PairOrderText order) {
        List<String> columns = order.columns();
        XWPFTable table = doc.createTable(order.rows().size() + 1, columns.size());
        table.setWidth("100%");
        table.setTableAlignment(TableRowAlign.CENTER);
        for (int c = 0; c < columns.size(); c++) {
            cell(table.getRow(0).getCell(c), columns.get(c), ParagraphAlignment.CENTER, true);
        }
        table.getRow(0).setRepeatHeader(true);
        for (int r = 0; r < order.rows().size(); r++) {
            PairOrderText.Row row = order.rows().get(r);
            var cells = table.getRow(r + 1);
            cell(cells.getCell(0), Integer.toString(row.number()), ParagraphAlignment.CENTER, false);
            cell(cells.getCell(1), row.mentor().line(), ParagraphAlignment.LEFT, false);
            XWPFTableCell mentees = cells.getCell(2);
            for (int m = 0; m < row.mentees().size(); m++) {
                XWPFParagraph p = m == 0 ? mentees.getParagraphs().get(0) : mentees.addParagraph();
                run(p, row.mentees().get(m).line(), false);
            }
            cell(cells.getCell(3), row.form(), ParagraphAlignment.LEFT, false);
            cell(cells.getCell(4), row.period(), ParagraphAlignment.LEFT, false);
        }
    }

    /** A table without borders, for lines with text on the left and on the right. */
    private static XWPFTable plainTable(XWPFDocument doc, int rows, int columns) {
        XWPFTable table = doc.createTable(rows, columns);
        table.setWidth("100%");
        table.removeBorders();
        return table;
    }

    private static void cell(XWPFTableCell cell, String text, ParagraphAlignment alignment, boolean bold) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(alignment);
        p.setSpacingAfter(0);
        run(p, text, bold);
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text, ParagraphAlignment alignment, boolean bold,
            int before, int after) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        run(p, text, bold);
        return p;
    }

    private static void run(XWPFParagraph p, String text, boolean bold) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(SIZE);
        run.setBold(bold);
        run.setText(text == null ? "" : text);
    }

    private static int mm(double millimetres) {
        return (int) Math.round(millimetres * TWIPS_PER_MM);
    }
}
