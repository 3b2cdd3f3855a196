package ru.edu.mentoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import ru.edu.mentoring.shared.Numbers;

class PdfTest {

    @Test
    void rendersCyrillicWithTheFontEmbedded() throws Exception {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        engine.setTemplateResolver(resolver);
        Context context = new Context();
        context.setVariable("title", "Дорожная карта МАОУ СОШ № 1");
        byte[] pdf = new Pdf(engine).render("<html><head><style>body{font-family:'DejaVu Sans'}</style></head>"
                + "<body><h1 th:text=\"${title}\"></h1></body></html>", context);
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Дорожная карта МАОУ СОШ № 1");
            PDResources resources = doc.getPage(0).getResources();
            boolean embeddedDejaVu = false;
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                embeddedDejaVu |= font.getName().contains("DejaVuSans") && font.isEmbedded();
            }
            assertThat(embeddedDejaVu).as("DejaVu Sans embedded").isTrue();
        }
    }

    /** Issue 16, point 6: PDFs group numbers like the page («1 076»), with a no-break space the font has. */
    @Test
    void wholeNumbersArePrintedGroupedWithANoBreakSpace() throws Exception {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        engine.setTemplateResolver(resolver);
        Context context = new Context();
        context.setVariable("n", 1076);
        context.setVariable("big", 1234567L);
        byte[] pdf = new Pdf(engine).render("<html><head><style>body{font-family:'DejaVu Sans'}</style></head>"
                + "<body><p th:text=\"'Учащихся: ' + ${num.grouped(n)}\"></p>"
                + "<p th:text=\"'Всего: ' + ${num.grouped(big)}\"></p></body></html>", context);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Учащихся: 1\u00a0076").contains("Всего: 1\u00a0234\u00a0567");
        }
        assertThat(Numbers.INSTANCE.grouped(2026)).isEqualTo("2\u00a0026");
        assertThat(Numbers.INSTANCE.grouped(null)).isNull();
    }
}
