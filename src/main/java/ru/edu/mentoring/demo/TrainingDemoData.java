package ru.edu.mentoring.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.edu.mentoring.people.ConsentGiver;
import ru.edu.mentoring.people.Participant;
import ru.edu.mentoring.people.People;
import ru.edu.mentoring.people.PeopleRegistry;
import ru.edu.mentoring.people.PersonKind;
import ru.edu.mentoring.people.RecordConsent;
import ru.edu.mentoring.people.SavePerson;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.training.CredentialKind;
import ru.edu.mentoring.training.DocType;
import ru.edu.mentoring.training.InterviewResult;
import ru.edu.mentoring.training.Questionnaire;
import ru.edu.mentoring.training.Trainings;

/**
 * Selection and training of mentors in the demo municipality (issue 20 point 2): in МАОУ СОШ № 1 and № 2 one candidate
 * in each status (заявка, собеседование, обучение, в базе, отказ), all through the aggregate's steps; credentials — a
 * valid category «педагог-наставник», one expired (given six years ago), a badge «Почётный наставник». The trained and
 * untrained mentors of every school come from {@link PeopleDemoData} (training courses). Idempotent: skips when МАОУ
 * СОШ № 1 already has candidates. Relative to today, so every month's demo tells the same story.
 */
@Component
@Order(25)
@ConditionalOnProperty(name = "app.demo-data.enabled", havingValue = "true")
class TrainingDemoData implements ApplicationRunner {

    private final Schools schools;
    private final People people;
    private final PeopleRegistry registry;
    private final Trainings trainings;
    private final Clock clock;
    private final TransactionTemplate transaction;

    TrainingDemoData(Schools schools, People people, PeopleRegistry registry, Trainings trainings, Clock clock,
            PlatformTransactionManager transactions) {
        this.schools = schools;
        this.people = people;
        this.registry = registry;
        this.trainings = trainings;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        schools.municipalityByName(DemoData.MUNICIPALITY).ifPresent(m -> {
            List<SchoolSummary> all = schools.ofMunicipality(m);
            SchoolSummary first = find(all, "МАОУ СОШ № 1");
            if (first == null || trainings.hasCandidates(first.id())) {
                return;
            }
            transaction.executeWithoutResult(tx -> {
                load(first, new String[] {"Гордеева", "Лаптев", "Мельникова", "Суханов", "Тихонова"});
                SchoolSummary second = find(all, "МАОУ СОШ № 2");
                if (second != null) {
                    load(second, new String[] {"Зуева", "Кудрин", "Латышева", "Пестов", "Рябинина"});
                }
            });
        });
    }

    private static SchoolSummary find(List<SchoolSummary> all, String name) {
        return all.stream().filter(s -> s.shortName().equals(name)).findFirst().orElse(null);
    }

    private void load(SchoolSummary school, String[] surnames) {
        LocalDate today = LocalDate.now(clock);
        String[] firstNames = {"Ирина", "Павел", "Светлана", "Олег", "Наталья"};
        String[] middleNames = {"Викторовна", "Андреевич", "Игоревна", "Николаевич", "Сергеевна"};
        long[] ids = new long[surnames.length];
        for (int i = 0; i < surnames.length; i++) {
            SavePerson form = SavePerson.named(surnames[i], firstNames[i], middleNames[i])
                    .withTeacher("Учитель", "История", today.minusYears(8 + i), false)
                    .withExternalKey("К-" + school.id() + "-" + (i + 1));
            ids[i] = registry.create(school.id(), PersonKind.TEACHER, form);
            registry.recordConsent(ids[i], new RecordConsent(today.minusDays(40), ConsentGiver.SELF, null, "2020-1"));
        }
        Questionnaire answers = new Questionnaire(
                "Хочу помочь молодым коллегам быстрее освоиться в школе.",
                "Учитель истории, классный руководитель, руководитель школьного музея.",
                "Проектная деятельность, подготовка к олимпиадам, работа с родителями",
                "Краеведение, туризм", "Молодой специалист, 1–2 год работы, гуманитарные предметы",
                "Вторник и четверг после 15:00, кабинет 21");
        // заявка
        trainings.apply(school, ids[0], answers);
        // собеседование: назначено и проведено, рекомендован
        long interview = trainings.apply(school, ids[1], answers);
        step(interview, v -> trainings.interview(interview, today.minusDays(3), "Иванова А. П., куратор",
                InterviewResult.RECOMMENDED, "Готов вести молодого специалиста.", v));
        // обучение: курс ещё идёт
        long training = trainings.apply(school, ids[2], answers);
        step(training, v -> trainings.interview(training, today.minusDays(20), "Иванова А. П., куратор",
                InterviewResult.RECOMMENDED, null, v));
        step(training, v -> trainings.startTraining(training, v));
        trainings.addCourse(ids[2], new Trainings.NewCourse("«Реализация модели наставничества «педагог – педагог»»",
                "МБУ ИМЦ «Екатеринбургский Дом Учителя»", 36, today.minusDays(5), today.plusDays(25),
                DocType.PK_CERTIFICATE, null, null, null), "demo");
        // в базе: обучен и включён в базу наставников
        long included = trainings.apply(school, ids[3], answers);
        step(included, v -> trainings.interview(included, today.minusDays(60), "Иванова А. П., куратор",
                InterviewResult.RECOMMENDED, null, v));
        step(included, v -> trainings.startTraining(included, v));
        trainings.addCourse(ids[3], new Trainings.NewCourse("«Выстраивание системы педагогического наставничества»",
                "РОПКиП", 72, today.minusDays(50), today.minusDays(10), DocType.PK_CERTIFICATE,
                "662415" + school.id(), null, null), "demo");
        step(included, v -> trainings.includeInBase(included, v));
        // отказ
        long refused = trainings.apply(school, ids[4], answers);
        step(refused, v -> trainings.interview(refused, today.minusDays(15), "Иванова А. П., куратор",
                InterviewResult.NOT_RECOMMENDED, "Высокая нагрузка в этом году.", v));
        step(refused, v -> trainings.refuse(refused, "Кандидат отказался из-за нагрузки; вернуться к вопросу в"
                + " следующем учебном году.", v));

        // credentials of the mentors already in the base: a valid category of a trained teacher, an expired one of an
        // untrained teacher (it does not make them trained), the badge «Почётный наставник»
        List<Participant> base = people.mentorBase(school.id(), today).stream()
                .filter(p -> p.kind() == PersonKind.TEACHER).toList();
        Participant trained = base.stream().filter(Participant::trained).findFirst().orElse(null);
        Participant untrained = base.stream().filter(p -> !p.trained()).findFirst().orElse(null);
        if (trained != null) {
            trainings.addCredential(trained.id(), CredentialKind.MENTOR_CATEGORY, null, today.minusYears(1),
                    "ПН-" + school.id() + "-1");
            trainings.addCredential(trained.id(), CredentialKind.HONORARY_MENTOR, null, today.minusYears(2), null);
        }
        if (untrained != null) {
            trainings.addCredential(untrained.id(), CredentialKind.MENTOR_CATEGORY, null, today.minusYears(6),
                    "ПН-" + school.id() + "-0");
        }
    }

    private void step(long candidate, java.util.function.LongConsumer action) {
        action.accept(trainings.candidate(candidate).version());
    }
}
