package ru.edu.mentoring.programmes;

import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import ru.edu.mentoring.documents.DocumentKind;
import ru.edu.mentoring.documents.Documents;
import ru.edu.mentoring.programmes.ProgrammeViews.ProgrammeView;
import ru.edu.mentoring.web.Pdf;

/**
 * The order of the school's head approving a programme («Об утверждении программы наставничества»), rendered as a
 * PDF and filed in the school's document register (not published: it names the head and the responsible curator).
 */
@Component
class ProgrammeOrders {

    private static final Locale RU = Locale.forLanguageTag("ru");

    private final Pdf pdf;
    private final Documents documents;
    private final MessageSource messages;

    ProgrammeOrders(Pdf pdf, Documents documents, MessageSource messages) {
        this.pdf = pdf;
        this.documents = documents;
        this.messages = messages;
    }

    long file(ProgrammeView programme, String headName, LocalDate date) {
        Context context = new Context(RU);
        context.setVariable("programme", programme);
        context.setVariable("headName", headName);
        context.setVariable("date", date);
        byte[] bytes = pdf.render("programmes/order-pdf", context);
        String title = messages.getMessage("programme.order.title",
                new Object[] {programme.formName(), programme.yearLabel()}, RU);
        return documents.file(programme.schoolId(),
                programme.teacherForm() ? DocumentKind.PROGRAMME_TEACHERS : DocumentKind.PROGRAMME_STUDENTS, title,
                "programme-order-" + programme.id() + ".pdf", bytes, false, headName);
    }
}
