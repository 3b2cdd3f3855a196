package ru.edu.mentoring.roadmaps;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import ru.edu.mentoring.roadmaps.RoadmapViews.MunicipalMeasureView;
import ru.edu.mentoring.roadmaps.RoadmapViews.SectionView;
import ru.edu.mentoring.schools.MunicipalitySummary;

/**
 * The municipal roadmap as a Word document (A4 landscape): the title, the municipality and year, the status line,
 * then one table of sections and measures with their deadlines and both responsible columns, like the page.
 * Text goes into runs as plain text: Word does not evaluate it.
 */
final class MunicipalRoadmapDocx {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private MunicipalRoadmapDocx() {}

    /** {@code msg} resolves a message key with arguments in the request's locale. */
    static byte[] write(MunicipalitySummary municipality, List<SectionView> sections, LocalDate asOf,
            BiFunction<String, Object[], String> msg) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            landscape(doc);
            paragraph(doc, msg.apply("municipal.print.heading", new Object[] {municipality.name()}), true, 14);
            paragraph(doc, msg.apply("municipal.print.year",
                    new Object[] {String.valueOf(asOf.getYear())}), false, 11);
            paragraph(doc, msg.apply("municipal.print.status", new Object[] {DATE.format(asOf)}), false, 11);
            if (sections.isEmpty()) {
                paragraph(doc, msg.apply("municipal.empty", null), false, 11);
            } else {
                XWPFTable table = doc.createTable();
                table.setWidth("100%");
                XWPFTableRow head = table.getRow(0);
                String[] headers = {"roadmap.col.number", "roadmap.col.title", "municipal.col.deadline",
                    "municipal.col.responsibleMunicipal", "municipal.col.responsibleSchool"};
                for (int c = 0; c < headers.length; c++) {
                    XWPFTableCell cell = c == 0 ? head.getCell(0) : head.addNewTableCell();
                    text(cell, msg.apply(headers[c], null), true);
                }
                head.setRepeatHeader(true);
                for (SectionView s : sections) {
                    row(table, true, s.number(), s.title(), s.deadlineText(), "", "");
                    for (MunicipalMeasureView m : s.measures()) {
                        row(table, false, m.number(), m.title(), deadline(m, msg), m.responsibleMunicipal(),
                                m.responsibleSchool());
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The deadline as written, and under it the control period when one is set («01.09.2025 — 31.05.2026»). */
    static String deadline(MunicipalMeasureView m, BiFunction<String, Object[], String> msg) {
        String text = m.deadlineText() == null ? "" : m.deadlineText();
        if (m.dueFrom() == null && m.dueTo() == null) {
            return text;
        }
        String range = msg.apply("municipal.range", new Object[] {
            m.dueFrom() == null ? "…" : DATE.format(m.dueFrom()), m.dueTo() == null ? "…" : DATE.format(m.dueTo())});
        return text.isEmpty() ? range : text + "\n" + range;
    }

    private static void landscape(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setOrient(STPageOrientation.LANDSCAPE);
        size.setW(BigInteger.valueOf(16838));
        size.setH(BigInteger.valueOf(11906));
    }

    private static void paragraph(XWPFDocument doc, String text, boolean bold, int size) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = p.createRun();
        run.setBold(bold);
        run.setFontSize(size);
        run.setText(text);
    }

    private static void row(XWPFTable table, boolean bold, String... cells) {
        XWPFTableRow row = table.createRow();
        for (int c = 0; c < cells.length; c++) {
            text(row.getCell(c), cells[c], bold);
        }
    }

    /** Writes text into a cell, one line break per newline (a measure's title keeps its lines). */
    private static void text(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        XWPFRun run = p.createRun();
        run.setBold(bold);
        run.setFontSize(9);
        String[] lines = (text == null ? "" : text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }
}
