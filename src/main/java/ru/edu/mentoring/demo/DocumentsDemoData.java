package ru.edu.mentoring.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import ru.edu.mentoring.documents.DocumentKind;
import ru.edu.mentoring.documents.Documents;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.web.Pdf;

/**
 * The demo schools' «Наставничество» documents: МАОУ СОШ № 2 has every required document published and news, МАОУ
 * СОШ № 1 has a few documents (one published) and one news item; the municipality gets the federal acts. The files are
 * small PDFs rendered with {@link Pdf}. Runs once, after {@link RoadmapsDemoData}.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "app.demo-data.enabled", havingValue = "true")
class DocumentsDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DocumentsDemoData.class);

    private final Schools schools;
    private final Documents documents;
    private final Pdf pdf;

    DocumentsDemoData(Schools schools, Documents documents, Pdf pdf) {
        this.schools = schools;
        this.documents = documents;
        this.pdf = pdf;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long municipality = schools.municipalityByName(DemoData.MUNICIPALITY).orElse(null);
        if (municipality == null) {
            return;
        }
        Map<String, SchoolSummary> byName = schools.ofMunicipality(municipality).stream()
                .collect(Collectors.toMap(SchoolSummary::shortName, Function.identity()));
        SchoolSummary school1 = byName.get("МАОУ СОШ № 1");
        SchoolSummary school2 = byName.get("МАОУ СОШ № 2");
        if (school1 == null || school2 == null || documents.hasDocuments(school2.id())) {
            return;
        }
        documents.ensureDefaultActs(municipality);

        String by2 = school2.curatorName() == null ? "Куратор" : school2.curatorName();
        doc(school2, DocumentKind.ORDER_STUDENTS, "Приказ от 03.09.2025 № 87/1-од «О внедрении целевой модели"
                + " наставничества обучающихся»", "Приказ о внедрении ЦМН обучающихся.pdf", true, by2);
        doc(school2, DocumentKind.ORDER_TEACHERS, "Приказ от 03.09.2025 № 87/2-од «О внедрении системы наставничества"
                + " педагогических работников»", "Приказ о внедрении наставничества педагогов.pdf", true, by2);
        doc(school2, DocumentKind.REGULATION_STUDENTS, "Положение о наставничестве обучающихся",
                "Положение о наставничестве обучающихся.pdf", true, by2);
        doc(school2, DocumentKind.REGULATION_TEACHERS, "Положение о системе наставничества педагогических работников",
                "Положение о наставничестве педагогов.pdf", true, by2);
        doc(school2, DocumentKind.ROADMAP_STUDENTS, "Дорожная карта внедрения ЦМН обучающихся на 2025/26 учебный год",
                "Дорожная карта ЦМН обучающихся.pdf", true, by2);
        doc(school2, DocumentKind.ROADMAP_TEACHERS, "План реализации наставничества педагогических работников на"
                + " 2025/26 учебный год", "План наставничества педагогов.pdf", true, by2);
        doc(school2, DocumentKind.PROGRAMME_STUDENTS, "Программа наставничества «Ученик – ученик», «Учитель – ученик»",
                "Программа наставничества обучающихся.pdf", true, by2);
        doc(school2, DocumentKind.PROGRAMME_TEACHERS, "Программа наставничества «Учитель – учитель»",
                "Программа наставничества педагогов.pdf", true, by2);
        documents.addNews(school2.id(), "Стартовала программа наставничества 2025/26",
                LocalDate.of(2025, 12, 1), "С 1 декабря наставнические пары и группы школы начали работу по"
                        + " индивидуальным планам. Наставниками стали учителя и старшеклассники.");
        documents.addNews(school2.id(), "Анонс: школа наставников", LocalDate.of(2025, 11, 10),
                "С 10 по 14 ноября — обучение наставников: занятия куратора и педагога-психолога.");

        String by1 = school1.curatorName() == null ? "Куратор" : school1.curatorName();
        doc(school1, DocumentKind.ORDER_STUDENTS, "Приказ от 01.09.2025 № 112-о «О внедрении целевой модели"
                + " наставничества»", "Приказ 112-о.pdf", true, by1);
        doc(school1, DocumentKind.REGULATION_STUDENTS, "Положение о программе наставничества (проект)",
                "Положение (проект).pdf", false, by1);
        documents.addNews(school1.id(), "Информирование родителей о программе наставничества",
                LocalDate.of(2025, 10, 20), "Классные часы и родительские собрания 14–20 октября: рассказали о целях"
                        + " программы и формах наставничества.");
        log.info("Demo documents loaded for {} and {}", school1.shortName(), school2.shortName());
    }

    private void doc(SchoolSummary school, DocumentKind kind, String title, String fileName, boolean publish,
            String by) {
        Context context = new Context(Locale.forLanguageTag("ru"));
        context.setVariable("organisation", school.fullName());
        context.setVariable("title", title);
        context.setVariable("lines", List.of("Документ демонстрационной версии портала «Наставничество».",
                "Настоящий документ сформирован автоматически и служит примером размещения документов в разделе"
                        + " «Наставничество» сайта образовательной организации."));
        documents.file(school.id(), kind, title, fileName, pdf.render("documents/simple-pdf", context), publish, by);
    }
}
