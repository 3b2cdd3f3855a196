package ru.edu.mentoring.demo;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ru.edu.mentoring.approval.ApprovalStatus;
import ru.edu.mentoring.pairing.FormCodes;
import ru.edu.mentoring.programmes.ProgrammesDemoRecords;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;

/**
 * Programmes of mentoring in the demo municipality (issue 20 point 1), for the current academic year: МАОУ СОШ № 1 has
 * its «учитель – учитель» programme approved (the order in its register), «ученик – ученик» submitted to its head and
 * «учитель – ученик» returned with remarks; МАОУ СОШ № 2 has «ученик – ученик» submitted and «учитель – учитель» in
 * draft (it has no head account to decide). Two teacher pairs of СОШ № 1 get personalised programmes: one complete
 * with the curator's conclusion, one under way. Idempotent: skips when СОШ № 1 already has programmes.
 */
@Component
@Order(57)
@ConditionalOnProperty(name = "app.demo-data.enabled", havingValue = "true")
class ProgrammesDemoData implements ApplicationRunner {

    private final Schools schools;
    private final ProgrammesDemoRecords records;

    ProgrammesDemoData(Schools schools, ProgrammesDemoRecords records) {
        this.schools = schools;
        this.records = records;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long municipality = schools.municipalityByName(DemoData.MUNICIPALITY).orElse(null);
        if (municipality == null) {
            return;
        }
        List<SchoolSummary> list = schools.ofMunicipality(municipality);
        SchoolSummary first = find(list, "МАОУ СОШ № 1");
        if (first == null || records.loaded(first.id())) {
            return;
        }
        records.programme(first.id(), FormCodes.TEACHER_TEACHER,
                "Успешное закрепление молодых специалистов в профессии и в коллективе школы.",
                "1. Помочь молодому учителю освоить нормы и традиции школы.\n2. Развить навыки планирования урока и"
                        + " работы с классом.\n3. Снизить число затруднений при работе с родителями.",
                "«опытный педагог — молодой специалист», «опытный классный руководитель — молодой специалист»",
                ApprovalStatus.APPROVED, null);
        records.programme(first.id(), FormCodes.STUDENT_STUDENT,
                "Повышение успеваемости и вовлечённости обучающихся 5–7 классов через поддержку старшеклассников.",
                "1. Сформировать пары «успевающий — неуспевающий».\n2. Провести цикл совместных занятий.",
                "«успевающий — неуспевающий», «лидер — пассивный»", ApprovalStatus.SUBMITTED, null);
        records.programme(first.id(), FormCodes.TEACHER_STUDENT,
                "Профессиональное самоопределение обучающихся 9–11 классов.",
                "1. Провести профессиональные пробы.", null, ApprovalStatus.RETURNED,
                "Добавьте вариации ролевых моделей и уточните задачи по профессиональным пробам.");
        SchoolSummary second = find(list, "МАОУ СОШ № 2");
        if (second != null) {
            records.programme(second.id(), FormCodes.STUDENT_STUDENT,
                    "Адаптация пятиклассников к обучению в основной школе.",
                    "1. Закрепить за каждым пятиклассником наставника из 8–9 классов.", "«равный — равному»",
                    ApprovalStatus.SUBMITTED, null);
            records.programme(second.id(), FormCodes.TEACHER_TEACHER,
                    "Поддержка педагогов, пришедших в школу в этом году.", null, null, ApprovalStatus.DRAFT, null);
        }
        List<Long> pairs = records.teacherPairs(first.id());
        if (!pairs.isEmpty()) {
            long pair = pairs.get(0);
            LocalDate start = records.startOf(pair);
            records.personal(pair, "Затруднения в организации дисциплины на уроке и в общении с родителями.",
                    "Освоить приёмы управления классом и подготовки родительского собрания.",
                    "1. Посетить уроки наставника.\n2. Провести открытый урок.\n3. Подготовить родительское собрание.",
                    start, start.plusMonths(6), List.of(
                            new String[] {"Посещение уроков наставника", start.plusWeeks(2).toString(),
                                "Разобраны приёмы удержания внимания", "Посещено 4 урока"},
                            new String[] {"Открытый урок", start.plusMonths(3).toString(),
                                "Урок без нарушений дисциплины", "Проведён, замечания учтены"},
                            new String[] {"Родительское собрание", start.plusMonths(5).toString(),
                                "Собрание проведено самостоятельно", "Проведено"}),
                    List.of(true, true, true),
                    "Научилась планировать урок с учётом дисциплины класса, увереннее общаюсь с родителями.",
                    "Наставляемая выполнила план полностью, рекомендую продолжить самостоятельную работу.",
                    "Программа выполнена, затруднения устранены; цели достигнуты.");
        }
        if (pairs.size() > 1) {
            long pair = pairs.get(1);
            LocalDate start = records.startOf(pair);
            records.personal(pair, "Затруднения при составлении рабочей программы и оценивании.",
                    "Освоить составление рабочей программы по предмету.",
                    "1. Разобрать рабочую программу наставника.\n2. Составить свою.", start, start.plusMonths(9),
                    List.of(new String[] {"Разбор рабочей программы наставника", start.plusWeeks(3).toString(),
                                "Понятна структура программы", "Разобрана"},
                            new String[] {"Составление своей рабочей программы", start.plusMonths(4).toString(),
                                "Программа составлена", null}),
                    List.of(true, false), null, null, null);
        }
    }

    private static SchoolSummary find(List<SchoolSummary> all, String name) {
        return all.stream().filter(s -> s.shortName().equals(name)).findFirst().orElse(null);
    }
}
