package ru.edu.mentoring.demo;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ru.edu.mentoring.practices.EventKind;
import ru.edu.mentoring.practices.PracticeEvents;
import ru.edu.mentoring.practices.PracticeLevel;
import ru.edu.mentoring.practices.PracticesDemoRecords;
import ru.edu.mentoring.practices.PracticesDemoRecords.DemoPractice;
import ru.edu.mentoring.practices.PracticesDemoRecords.End;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.AcademicYear;

/**
 * The demo municipality's bank of practices (issue 21): three published practices of МАОУ СОШ № 1 and № 2, one
 * returned with the methodologist's comment (№ 2), one waiting for moderation (№ 7); two municipal events — last
 * August's teachers' council, where two of the practices were presented, and a seminar of this academic year. Dates
 * are relative to the current academic year. Runs once.
 */
@Component
@Order(57)
@ConditionalOnProperty(name = "app.demo-data.enabled", havingValue = "true")
class PracticesDemoData implements ApplicationRunner {

    static final String METHODOLOGIST = "Орлова Татьяна Николаевна";

    private final Schools schools;
    private final PracticesDemoRecords records;
    private final PracticeEvents events;
    private final java.time.Clock clock;

    PracticesDemoData(Schools schools, PracticesDemoRecords records, PracticeEvents events, java.time.Clock clock) {
        this.schools = schools;
        this.records = records;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long municipality = schools.municipalityByName(DemoData.MUNICIPALITY).orElse(null);
        if (municipality == null) {
            return;
        }
        Map<String, SchoolSummary> byName = schools.ofMunicipality(municipality).stream()
                .collect(Collectors.toMap(SchoolSummary::shortName, Function.identity(), (a, b) -> a));
        SchoolSummary s1 = byName.get("МАОУ СОШ № 1");
        SchoolSummary s2 = byName.get("МАОУ СОШ № 2");
        SchoolSummary s7 = byName.get("МАОУ СОШ № 7");
        if (s1 == null || s2 == null || s7 == null
                || records.anyIn(List.of(s1.id(), s2.id(), s7.id()))) {
            return;
        }
        int year = AcademicYear.of(LocalDate.now(clock));
        LocalDate lastStart = LocalDate.of(year - 1, 9, 1);
        long young = records.create(s1, new DemoPractice("Школа молодого педагога: от адаптации к мастерству",
                "учитель – учитель", "опытный педагог – молодой специалист",
                "Молодые специалисты в первые годы работы испытывают трудности с дисциплиной на уроке и с"
                        + " общением с родителями; двое из пяти уходили из школы в первые три года.",
                "Цель: закрепить молодых специалистов в школе. Задачи: адаптация в коллективе, освоение"
                        + " методики урока, совместные открытые уроки.",
                "5 пар «опытный педагог – молодой специалист», методическое объединение.",
                lastStart, LocalDate.of(year, 5, 31),
                "Три этапа: знакомство и диагностика затруднений (сентябрь), индивидуальные планы и"
                        + " взаимопосещение уроков (октябрь – апрель), открытые уроки молодых специалистов и"
                        + " самоанализ (май). Методы: взаимопосещение, разбор урока, кейс-сессии.",
                "Пять педагогов-наставников, методический кабинет, 2 часа в неделю в расписании.",
                "Все пять молодых специалистов остались в школе; самооценка профессиональной уверенности выросла"
                        + " с 4,2 до 7,6 балла из 10 (анкета на входе и на выходе).",
                "Без дополнительных затрат: часы методической работы.",
                "Открытые уроки молодых специалистов для родителей.",
                "Подходит любой школе с методическим объединением.",
                "Можно расширить на педагогов дополнительного образования."), End.PUBLISHED,
                PracticeLevel.MUNICIPAL, METHODOLOGIST, null);
        long robots = records.create(s1, new DemoPractice("Старшеклассник — проводник в мир робототехники",
                "ученик – ученик", "активный ученик – пассивный ученик",
                "Пятиклассники мало участвуют во внеурочной деятельности.",
                "Вовлечь пятиклассников в техническое творчество через наставничество старшеклассников.",
                "8 групп: старшеклассники 9–10 классов и учащиеся 5 классов.",
                lastStart.plusMonths(1), null,
                "Еженедельные занятия в кабинете робототехники под руководством старшеклассников, итоговые"
                        + " соревнования групп.",
                "Кабинет робототехники, наборы конструкторов, педагог дополнительного образования.",
                "Посещаемость кружка выросла с 12 до 41 учащегося.",
                "Набор конструкторов уже был в школе.",
                "Наставники — сами недавние участники кружка.",
                "Подходит школам с кабинетом технологии.",
                "Можно проводить с другими кружками."), End.PUBLISHED, PracticeLevel.SCHOOL, METHODOLOGIST, null);
        long reading = records.create(s2, new DemoPractice("Читаем вместе: наставничество в чтении",
                "ученик – ученик", "успевающий – неуспевающий",
                "Низкая техника чтения у части учащихся 2–4 классов.",
                "Повысить технику чтения через занятия со старшими учащимися.",
                "12 пар «ученик 7 класса – ученик начальной школы».",
                LocalDate.of(year - 1, 10, 1), LocalDate.of(year, 4, 30),
                "Два раза в неделю по 20 минут совместного чтения в библиотеке, читательский дневник пары.",
                "Школьная библиотека, библиотекарь.",
                "Техника чтения выросла в среднем на 18 слов в минуту.",
                "Только время библиотеки.",
                "Чтение по ролям.",
                "Подходит любой школе.",
                "Можно расширить на 5 классы."), End.PUBLISHED, PracticeLevel.MUNICIPAL, METHODOLOGIST, null);
        records.create(s2, new DemoPractice("Наставничество в проектной деятельности",
                "учитель – ученик", "педагог – ученик-проектировщик",
                "Ученики не доводят проекты до защиты.",
                "Довести индивидуальные проекты 9 классов до защиты.",
                "15 учащихся 9 классов и их руководители.",
                LocalDate.of(year, 9, 15), null,
                "Консультации по этапам проекта.",
                null, null, null, null, null, null), End.RETURNED, PracticeLevel.SCHOOL, METHODOLOGIST,
                "Добавьте результаты мониторинга (вход → выход) и опишите ресурсы практики.");
        records.create(s7, new DemoPractice("Профориентационные встречи с работодателями",
                "работодатель – ученик", "работодатель – старшеклассник",
                "Выпускники плохо представляют профессии города.",
                "Познакомить старшеклассников с профессиями предприятий города.",
                "Учащиеся 10 классов, 3 предприятия-партнёра.",
                LocalDate.of(year, 9, 1), null,
                "Экскурсии на предприятия и проектные задачи от работодателей.",
                "Договоры с предприятиями.", "Пока идёт первый год.", null, null, null, null), End.SUBMITTED,
                PracticeLevel.SCHOOL, METHODOLOGIST, null);
        events.demoEvent(municipality, "Августовский педагогический совет " + (year) + " года",
                EventKind.TEACHERS_COUNCIL, LocalDate.of(year, 8, 27), "ДК «Современник»",
                "Секция «Наставничество: лучшие практики школ»",
                new LinkedHashSet<>(List.of(s1.id(), s2.id())), Set.of(young, reading));
        events.demoEvent(municipality, "Семинар «Наставничество в ученических сообществах»", EventKind.SEMINAR,
                LocalDate.of(year, 11, 20), "МАОУ СОШ № 1, актовый зал", null,
                new LinkedHashSet<>(List.of(s1.id(), s7.id())), Set.of(robots));
    }
}
