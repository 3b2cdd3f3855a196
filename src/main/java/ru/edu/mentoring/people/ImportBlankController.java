package ru.edu.mentoring.people;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.web.Xlsx;

/**
 * The blanks of the МР-42/02 tables «База наставников» and «База наставляемых» (issue 17 point 3): the table's
 * columns, then the consent columns the import also reads. The header is the first row, so a filled blank loads as
 * it is. The headers are the file format (Russian whatever the interface language), as in {@link ImportColumn}.
 */
@Controller
class ImportBlankController {

    /** The consent columns added to both tables (issue 17 point 4). */
    static final List<String> CONSENT = List.of("Дата согласия", "Согласие дал", "ФИО законного представителя",
            "Срок согласия", "Версия текста согласия");

    /** «База наставников», МР-42/02 (the columns as programme.md § 2.1 lists them). */
    static final List<String> MENTORS = List.of("ФИО наставника", "Место работы/учёбы", "Должность/класс",
            "Контакты", "Год рождения", "Ключевые компетенции", "Важные для программы достижения", "Интересы",
            "Желаемый возраст наставляемых", "Время и место для связи", "ФИО наставляемых", "Форма наставничества",
            "Дата вхождения в программу", "Место программы", "Ссылки на кейсы/отзывы, фото/видео");

    /**
     * «База наставляемых», МР-42/02 as schools keep it (the wording recalled from Р-145's form, to check against the
     * original): the mentee's name, place and class (or position), contacts, year of birth, request, form and date of
     * entry, then the mentor and the programme's outcome, which the portal keeps elsewhere (pairs) or not at all.
     */
    static final List<String> MENTEES = List.of("ФИО наставляемого", "Место учёбы/работы", "Класс/должность",
            "Контактные данные", "Год рождения наставляемого", "Основной запрос наставляемого",
            "Желаемая форма наставничества", "Дата вхождения в программу", "ФИО наставника",
            "Программа наставничества", "Дата завершения программы", "Результаты программы",
            "Отметка о прохождении программы", "Ссылка на кейс/отзыв наставляемого");

    private final Schools schools;
    private final MessageSource messages;

    ImportBlankController(Schools schools, MessageSource messages) {
        this.schools = schools;
        this.messages = messages;
    }

    @GetMapping("/schools/{schoolId}/import/blank/mentors.xlsx")
    ResponseEntity<byte[]> mentors(@PathVariable long schoolId, CurrentUser user) {
        schools.editable(user, schoolId);
        return blank("import.blank.sheet.mentors", MENTORS, "baza-nastavnikov.xlsx");
    }

    @GetMapping("/schools/{schoolId}/import/blank/mentees.xlsx")
    ResponseEntity<byte[]> mentees(@PathVariable long schoolId, CurrentUser user) {
        schools.editable(user, schoolId);
        return blank("import.blank.sheet.mentees", MENTEES, "baza-nastavlyaemyh.xlsx");
    }

    private ResponseEntity<byte[]> blank(String sheetKey, List<String> columns, String fileName) {
        List<String> headers = new java.util.ArrayList<>(columns);
        headers.addAll(CONSENT);
        byte[] bytes;
        try (Xlsx xlsx = new Xlsx()) {
            bytes = xlsx.sheet(messages.getMessage(sheetKey, null, LocaleContextHolder.getLocale()), headers,
                    List.of()).toBytes();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(bytes);
    }
}
