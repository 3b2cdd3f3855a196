package ru.edu.mentoring.demo;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.pairing.FormCodes;
import ru.edu.mentoring.pairing.PairCommand;
import ru.edu.mentoring.pairing.PairingService;
import ru.edu.mentoring.pairing.TeacherFormat;
import ru.edu.mentoring.people.ConsentGiver;
import ru.edu.mentoring.people.ExternalKind;
import ru.edu.mentoring.people.PeopleRegistry;
import ru.edu.mentoring.people.RecordConsent;
import ru.edu.mentoring.people.SaveMenteeEntry;
import ru.edu.mentoring.people.SaveMentorEntry;
import ru.edu.mentoring.people.SavePerson;
import ru.edu.mentoring.people.PersonKind;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.AcademicYear;

/**
 * Students, teachers, external mentors, both bases and pairs in every status from 2020 on, for every demo school; so
 * a newcomer sees a living portal. Deterministic (fixed seed); runs once, when no person exists yet.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "app.demo-data.enabled", havingValue = "true")
class PeopleDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PeopleDemoData.class);

    static final String[] MALE_SURNAMES = {"Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов",
        "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов",
        "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв",
        "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв", "Сергеев", "Кузьмин", "Фролов", "Александров",
        "Дмитриев", "Королёв", "Гусев", "Киселёв", "Ильин", "Максимов", "Поляков", "Сорокин", "Виноградов",
        "Ковалёв", "Белов", "Медведев", "Антонов", "Тарасов", "Жуков", "Баранов", "Филиппов", "Комаров"};
    static final String[] MALE_NAMES = {"Александр", "Дмитрий", "Максим", "Сергей", "Андрей", "Алексей", "Артём",
        "Илья", "Кирилл", "Михаил", "Никита", "Матвей", "Роман", "Егор", "Арсений", "Иван", "Денис", "Тимофей",
        "Владимир", "Даниил", "Глеб", "Фёдор", "Лев", "Степан"};
    static final String[] FEMALE_NAMES = {"Анастасия", "Мария", "Дарья", "Анна", "Елизавета", "Полина", "Виктория",
        "Екатерина", "Софья", "Александра", "Ксения", "Варвара", "Алиса", "Вероника", "Арина", "Ульяна", "Ольга",
        "Татьяна", "Наталья", "Ирина", "Елена", "Светлана", "Юлия", "Алёна"};
    static final String[] PATRONYMIC_ROOTS = {"Александров", "Дмитриев", "Сергеев", "Андреев", "Алексеев",
        "Николаев", "Михайлов", "Владимиров", "Иванов", "Петров", "Викторов", "Олегов", "Юрьев", "Евгеньев"};
    static final String[] SUBJECTS = {"Математика", "Русский язык и литература", "История и обществознание",
        "Физика", "Химия", "Биология", "География", "Английский язык", "Информатика", "Начальные классы",
        "Физическая культура", "Музыка"};
    static final String[] REQUESTS = {"Подтянуть успеваемость по математике", "Адаптация в новом классе",
        "Подготовка к олимпиаде", "Выбор профессии", "Проект для научно-практической конференции",
        "Подготовка к ОГЭ", "Включение в школьную жизнь", "Развитие лидерских качеств"};
    static final String[] TEACHER_REQUESTS = {"Выстраивание дисциплины на уроке", "Работа с родителями",
        "Подготовка к аттестации", "Методика проведения урока", "Классное руководство"};

    private final Schools schools;
    private final PeopleRegistry registry;
    private final PairingService pairing;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final EntityManager entityManager;
    /** Training is a record of the training module (issue 20 point 2), no longer a date on the mentor entry. */
    private final ru.edu.mentoring.training.Trainings trainings;
    /** Whether a student's consent is in force: asked once per student (the consents are all recorded first). */
    private final Map<Long, Boolean> consentInForce = new HashMap<>();
    /** Records written since the persistence context was last emptied (see {@link #keepContextSmall}). */
    private int sinceClear;
    private static final int CLEAR_EVERY = 20;

    /** Issue 17 point 7: the pairs of past years (see {@link HistoryDemoData}). */
    @org.springframework.beans.factory.annotation.Autowired
    private HistoryDemoData history;

    PeopleDemoData(Schools schools, PeopleRegistry registry, PairingService pairing, Clock clock,
            PlatformTransactionManager transactions, EntityManager entityManager,
            ru.edu.mentoring.training.Trainings trainings) {
        this.trainings = trainings;
        this.schools = schools;
        this.registry = registry;
        this.pairing = pairing;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.entityManager = entityManager;
    }

    /**
     * One transaction for the whole load (one commit instead of one per call; the change log of the dashboards gets
     * one row, not thousands); the persistence context is flushed and emptied after every school so that it stays
     * small.
     */
    @Override
    public void run(ApplicationArguments args) {
        if (registry.anyPerson()) {
            return;
        }
        long started = System.nanoTime();
        int[] made = new int[2];
        transaction.executeWithoutResult(status -> load(made));
        log.info("Demo people and pairs loaded: {} pairs in {} schools in {} ms", made[0], made[1],
                (System.nanoTime() - started) / 1_000_000);
    }

    private void load(int[] made) {
        CurrentUser observer = new CurrentUser(0, "demo", "demo", Set.of(Role.ADMIN), null, Set.of());
        List<SchoolSummary> all = schools.visibleTo(observer).stream()
                .filter(s -> s.municipalityName().equals(DemoData.MUNICIPALITY)).toList();
        Random random = new Random(42);
        LocalDate today = LocalDate.now(clock);
        int[] sizes = {220, 180, 140, 260, 120, 60, 150, 90};
        // Schools in the order of their short names: ГАПОУ, Лицей № 21, СОШ № 1, СОШ № 10, СОШ № 2, СОШ № 7, ЦДТ, ООШ № 22;
        // Лицей № 21 and СОШ № 10 reach the 70 % target, the others stay below it
        double[] shares = {0.80, 0.90, 0.35, 0.90, 0.25, 0.50, 0.45, 0.60};
        int pairsMade = 0;
        for (int i = 0; i < all.size(); i++) {
            SchoolSummary school = all.get(i);
            int students = sizes[i % sizes.length];
            for (int year = 2020; year <= today.getYear(); year++) {
                if (year == today.getYear() && school.shortName().equals("МАУ ДО «ЦДТ»")) {
                    continue; // this year's count not entered yet: monitoring shows «нет данных», not 0 %
                }
                schools.setStudentCount(school.id(), year, students - (today.getYear() - year) * 3, null);
            }
            if (school.shortName().equals("МБОУ ООШ № 22")) {
                continue; // a school that has not started yet: every campaign stage overdue
            }
            pairsMade += populate(school, students, shares[i % shares.length], random, today);
            // Bases formed in autumn 2025: МАОУ СОШ № 1 after the deadline (30.10), the others on time
            LocalDate formed = switch (school.shortName()) {
                case "МАОУ СОШ № 1" -> LocalDate.of(2025, 11, 5);
                case "МАОУ СОШ № 2" -> LocalDate.of(2025, 10, 18);
                default -> LocalDate.of(2025, 10, 22);
            };
            registry.setBasesIncludedOn(school.id(), formed.minusDays(3), formed);
            pairsMade += school.shortName().equals(HistoryDemoData.SCHOOL) ? history.load(school.id()) : 0;
            entityManager.flush();
            entityManager.clear();
        }
        consentInForce.clear();
        made[0] = pairsMade;
        made[1] = all.size();
    }

    private int populate(SchoolSummary school, int students, double share, Random random, LocalDate today) {
        boolean college = school.kind() == SchoolKind.VOCATIONAL;
        int academicYear = AcademicYear.of(today);
        int registered = (int) Math.round(students * Math.min(0.95, share + 0.15));
        List<Long> studentIds = new ArrayList<>();
        Map<Long, Integer> grades = new HashMap<>();
        Map<Long, String> letters = new HashMap<>();
        for (int n = 0; n < registered; n++) {
            int grade = college ? 1 + random.nextInt(4) : 1 + random.nextInt(11);
            SavePerson form = name(random)
                    .withClass(grade, college ? "" : String.valueOf("АБВ".charAt(random.nextInt(3))))
                    .withExternalKey("У-" + school.id() + "-" + (n + 1));
            long id = registry.create(school.id(), PersonKind.STUDENT, form);
            for (int back = 1; back <= 2 && grade - back >= 1; back++) {
                registry.setClass(id, academicYear - back, grade - back, form.letter());
            }
            keepContextSmall();
            studentIds.add(id);
            grades.put(id, grade);
            letters.put(id, form.letter());
            // Consents: most students have one, given before the first pairs (15.09.2020) they allow; a few do not
            // yet, and these stay out of the bases until it comes.
            if (random.nextInt(20) != 0) {
                registry.recordConsent(id, new RecordConsent(LocalDate.of(2020, 9, 1).minusDays(random.nextInt(900)),
                        ConsentGiver.REPRESENTATIVE, surname(random, true) + " " + pick(random, FEMALE_NAMES),
                        "2020-1"));
            }
        }
        // whether each student's consent is in force: one query for the school (every consent is recorded above)
        Set<Long> withConsent = registry.withConsentInForce(studentIds);
        for (Long id : studentIds) {
            consentInForce.put(id, withConsent.contains(id));
        }
        List<Long> teachers = new ArrayList<>();
        List<Long> youngTeachers = new ArrayList<>();
        int teacherCount = 6 + students / 40;
        for (int n = 0; n < teacherCount; n++) {
            SavePerson form = adultName(random);
            boolean young = n < 2 + teacherCount / 6;
            form = form.withTeacher(n == 0 ? "Заместитель директора по учебно-воспитательной работе" : "Учитель",
                    pick(random, SUBJECTS), young ? LocalDate.of(academicYear - 1, 8, 25).minusYears(random.nextInt(2))
                    : today.minusYears(6 + random.nextInt(25)), young && random.nextBoolean())
                    .withExternalKey("П-" + school.id() + "-" + (n + 1));
            long id = registry.create(school.id(), PersonKind.TEACHER, form);
            registry.recordConsent(id, new RecordConsent(LocalDate.of(2020, 9, 1), ConsentGiver.SELF, null, "2020-1"));
            (young ? youngTeachers : teachers).add(id);
            keepContextSmall();
        }
        List<Long> externals = new ArrayList<>();
        ExternalKind[] kinds = {ExternalKind.UNIVERSITY_STUDENT, ExternalKind.EMPLOYER, ExternalKind.GRADUATE};
        String[] organisations = {"Уральский федеральный университет", "АО «Первоуральский новотрубный завод»",
            null};
        for (int n = 0; n < kinds.length; n++) {
            SavePerson form = adultName(random).withExternal(kinds[n], organisations[n]);
            long id = registry.create(school.id(), PersonKind.EXTERNAL, form);
            // their own consent, before the first pairs they mentor (the college's groups from 15.09.2020)
            registry.recordConsent(id, new RecordConsent(LocalDate.of(2020, 9, 1), ConsentGiver.SELF, null, "2020-1"));
            externals.add(id);
        }

        // Bases: experienced teachers, older students and the external people mentor; students and young teachers
        // are mentees. One teacher stays untrained so the curator's home has something to show.
        // МАОУ СОШ № 1 lags behind: most of its mentors are not trained yet (below the campaign's 50 %)
        boolean lagging = school.shortName().equals("МАОУ СОШ № 1");
        for (int n = 0; n < teachers.size(); n++) {
            boolean trained = n != teachers.size() - 1 && (!lagging || n % 2 == 0);
            registry.putInMentorBase(teachers.get(n), new SaveMentorEntry("Методика преподавания, классное руководство",
                    30, null, null));
            if (trained) {
                course(teachers.get(n), LocalDate.of(2020, 10, 15).plusYears(n % 4),
                        "«Наставник в образовательной организации»", 36);
            }
            keepContextSmall();
        }
        for (Long id : externals) {
            registry.putInMentorBase(id, new SaveMentorEntry("Профориентация, проектная деятельность", 5, null, null));
            if (!lagging) {
                course(id, LocalDate.of(2022, 11, 10), "Школа наставников ИМЦ", 16);
            }
        }
        List<Long> peerMentors = new ArrayList<>();
        for (Long id : studentIds) {
            if (grades.get(id) >= (college ? 3 : 9) && peerMentors.size() < 6 && consentInForce(id)) {
                registry.putInMentorBase(id, new SaveMentorEntry("Помощь в учёбе, школьные проекты", 2, null, null));
                if (!lagging) {
                    course(id, LocalDate.of(2025, 11, 1), "Школа юного наставника", 8);
                }
                peerMentors.add(id);
            }
        }
        for (Long id : studentIds) {
            if (!peerMentors.contains(id)) {
                // drawn for everyone, so the rest of the demo stays the same; a minor enters the base with consent
                String request = pick(random, REQUESTS);
                if (consentInForce(id)) {
                    registry.putInMenteeBase(id, new SaveMenteeEntry(request, null));
                    keepContextSmall();
                }
            }
        }
        for (Long id : youngTeachers) {
            registry.putInMenteeBase(id, new SaveMenteeEntry(pick(random, TEACHER_REQUESTS), null));
        }
        return pairs(school, share, random, today, studentIds, grades, letters, teachers, youngTeachers, externals,
                peerMentors, college);
    }

    private int pairs(SchoolSummary school, double share, Random random, LocalDate today, List<Long> studentIds,
            Map<Long, Integer> grades, Map<Long, String> letters, List<Long> teachers, List<Long> youngTeachers, List<Long> externals,
            List<Long> peerMentors, boolean college) {
        List<Long> consenting = studentIds.stream().filter(id -> !peerMentors.contains(id))
                .filter(this::consentInForce).toList();
        long teacherStudent = pairing.formId(FormCodes.TEACHER_STUDENT).orElseThrow();
        long teacherTeacher = pairing.formId(FormCodes.TEACHER_TEACHER).orElseThrow();
        long studentStudent = pairing.formId(college ? FormCodes.STUDENT_STUDENT_VO : FormCodes.STUDENT_STUDENT)
                .orElseThrow();
        long employer = pairing.formId(college ? FormCodes.EMPLOYER_STUDENT_VO : FormCodes.EMPLOYER_STUDENT)
                .orElseThrow();
        int made = 0;
        // Every date below is relative to the current academic year (from 1 September), never to the calendar year:
        // a first start between January and August lies in the academic year that began the previous autumn.
        int academicYear = AcademicYear.of(today);
        // History: one group per teacher per year, growing with the years, completed at the end of May. Only students
        // who were at school that year take part, and each gets their class of that year.
        for (int year = 2020; year < academicYear; year++) {
            int back = academicYear - year;
            List<Long> atSchool = consenting.stream().filter(id -> grades.get(id) - back >= 1).toList();
            double yearShare = share * (0.3 + 0.7 * (year - 2019) / (double) (academicYear - 2019));
            int wanted = Math.min(atSchool.size(), (int) Math.round(consenting.size() * yearShare));
            int k = 0;
            for (int t = 0; t < teachers.size() - 1 && k < wanted; t++) {
                int size = Math.min(college ? 5 : 12, wanted - k);
                if (size <= 0) {
                    break;
                }
                List<Long> group = atSchool.subList(k, Math.min(atSchool.size(), k + size));
                k += group.size();
                if (group.isEmpty()) {
                    break;
                }
                for (Long student : group) {
                    if (back > 2) { // the last two years were set with the student
                        registry.setClass(student, year, grades.get(student) - back, letters.get(student));
                    }
                }
                long id = pairing.register(school.id(), school.kind(), new PairCommand(college ? employer
                        : teacherStudent, null, college ? externals.get(1) : teachers.get(t), Set.copyOf(group), null,
                        LocalDate.of(year, 9, 15), LocalDate.of(year + 1, 5, 25),
                        "Повышение учебной мотивации и успеваемости"), true);
                pairing.complete(id, pairing.currentVersion(id), LocalDate.of(year + 1, 5, 25),
                        "Средний балл группы вырос, проекты представлены на школьной конференции");
                keepContextSmall();
                made++;
                if (college) {
                    break;
                }
            }
        }
        // The current year: active groups with an order, one without, one past its planned end.
        int wanted = (int) Math.round(consenting.size() * share);
        int k = 0;
        int t = 0;
        while (k < wanted && t < teachers.size() - 1 && !college) {
            List<Long> group = consenting.subList(k, Math.min(consenting.size(), k + Math.min(28, wanted - k)));
            k += group.size();
            PairCommand form = new PairCommand(teacherStudent, null, teachers.get(t), Set.copyOf(group), null,
                    notAfter(LocalDate.of(academicYear, 9, 20), today), t == 1 ? today.minusDays(10)
                    : LocalDate.of(academicYear + 1, 5, 25), "Сопровождение в учёбе и проектной деятельности");
            if (t != 0) {
                form = form.withOrder(String.valueOf(140 + t) + "-о",
                        notAfter(LocalDate.of(academicYear, 9, 18), today));
            }
            if (form.plannedEnd().isAfter(form.startDate())) {
                pairing.register(school.id(), school.kind(), form, true);
                keepContextSmall();
                made++;
            }
            t++;
        }
        // Peer mentoring: a senior student mentors a younger one; one draft waits for activation.
        List<Long> free = consenting.subList(Math.min(k, consenting.size()), consenting.size());
        int peer = 0;
        for (Long mentor : peerMentors) {
            Long mentee = free.stream().filter(id -> grades.get(id) < grades.get(mentor)).skip(peer).findFirst()
                    .orElse(null);
            if (mentee == null) {
                break;
            }
            PairCommand form = new PairCommand(studentStudent, null, mentor, Set.of(mentee), null,
                    notAfter(LocalDate.of(academicYear, 10, 1), today), LocalDate.of(academicYear + 1, 5, 20),
                    "Помощь в адаптации и учёбе");
            form = form.withOrder("152-о", notAfter(LocalDate.of(academicYear, 9, 30), today));
            pairing.register(school.id(), school.kind(), form, peer != 0);
            made++;
            peer++;
            if (peer >= 3) {
                break;
            }
        }
        // Teachers: a young specialist with an experienced colleague; one such pair was terminated last year.
        for (int y = 0; y < youngTeachers.size() && y < teachers.size(); y++) {
            PairCommand form = new PairCommand(teacherTeacher, null, teachers.get(teachers.size() - 2 - y % 2),
                    Set.of(youngTeachers.get(y)), y % 2 == 0 ? TeacherFormat.TRADITIONAL : TeacherFormat.SITUATIONAL,
                    LocalDate.of(academicYear - 1, 9, 1), LocalDate.of(academicYear + 1, 6, 30),
                    "Адаптация молодого специалиста в коллективе и профессии");
            long id = pairing.register(school.id(), school.kind(), form, true);
            if (y == 1) {
                pairing.terminate(id, pairing.currentVersion(id), LocalDate.of(academicYear - 1, 12, 20),
                        "Наставник переведён в другую организацию");
            }
            made++;
        }
        return made;
    }

    /**
     * Every statement the services send flushes the persistence context first (HQL auto-flush, People.participants),
     * and a flush dirty-checks every entity the context holds: with a whole school's people in it, each call cost
     * time in proportion to what was loaded before. Flushed and emptied every few records, the context stays small;
     * the services load what they need by id anyway.
     */
    private void keepContextSmall() {
        if (++sinceClear >= CLEAR_EVERY) {
            entityManager.flush();
            entityManager.clear();
            sinceClear = 0;
        }
    }

    private boolean consentInForce(long personId) {
        return consentInForce.computeIfAbsent(personId, registry::consentInForce);
    }

    /** A date of the demo story, but never in the future (a first start early in September). */
    private static LocalDate notAfter(LocalDate date, LocalDate today) {
        return date.isAfter(today) ? today : date;
    }

    private SavePerson name(Random random) {
        boolean female = random.nextBoolean();
        String last = surname(random, female);
        String first = pick(random, female ? FEMALE_NAMES : MALE_NAMES);
        return SavePerson.named(last, first, pick(random, PATRONYMIC_ROOTS) + (female ? "на" : "ич"));
    }

    /** A finished training course of a mentor (a certificate of the provider «ИМЦ г. Первоуральска»). */
    private void course(long personId, LocalDate end, String title, int hours) {
        trainings.addCourse(personId, new ru.edu.mentoring.training.Trainings.NewCourse(title,
                "ИМЦ г. Первоуральска", hours, end.minusDays(hours > 16 ? 14 : 2), end,
                ru.edu.mentoring.training.DocType.CERTIFICATE, null, null, null), "demo");
    }

    private SavePerson adultName(Random random) {
        return name(random);
    }

    private static String surname(Random random, boolean female) {
        String male = pick(random, MALE_SURNAMES);
        return female ? male + "а" : male;
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
