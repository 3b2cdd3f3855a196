package ru.edu.mentoring.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import ru.edu.mentoring.shared.Numbers;

/**
 * Renders a Thymeleaf template (XHTML) to PDF with the DejaVu Sans font embedded, so Cyrillic prints everywhere; a
 * document in the form of an official paper (an order) uses {@code font-family: 'Liberation Serif'}, a serif with the
 * metrics of Times New Roman (Liberation 1.07, GPL with the font exception: embedding does not make the document GPL).
 * Templates use {@code font-family: 'DejaVu Sans'} and print whole numbers with {@code ${num.grouped(n)}} ({@link Numbers}),
 * grouped like the pages («1 076»).
 */
@Component
public class Pdf {

    private final TemplateEngine templates;

    Pdf(TemplateEngine templates) {
        this.templates = templates;
    }

    public byte[] render(String template, Context context) {
        if (!context.containsVariable("num")) {
            context.setVariable("num", Numbers.INSTANCE);
        }
        String html = templates.process(template, context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("fonts/DejaVuSans.ttf"), "DejaVu Sans", 400,
                    PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("fonts/DejaVuSans-Bold.ttf"), "DejaVu Sans", 700,
                    PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("fonts/LiberationSerif-Regular.ttf"), "Liberation Serif", 400,
                    PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("fonts/LiberationSerif-Bold.ttf"), "Liberation Serif", 700,
                    PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font(String path) {
        InputStream in = Pdf.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("font missing: " + path);
        }
        return in;
    }
}
