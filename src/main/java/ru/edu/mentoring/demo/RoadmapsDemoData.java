package ru.edu.mentoring.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import ru.edu.mentoring.accounts.AccountPrincipal;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.campaigns.Campaigns;
import ru.edu.mentoring.roadmaps.MunicipalRoadmaps;
import ru.edu.mentoring.roadmaps.MunicipalRoadmaps.Row;
import ru.edu.mentoring.roadmaps.RoadmapDemoRecords;
import ru.edu.mentoring.roadmaps.Roadmaps;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;

/**
 * The demo municipality's mentoring journey in autumn 2025: the municipal roadmap (modelled on a real municipal order,
 * written for the demo municipality), the
 * campaign «Внедрение ЦМН 2025/26», and school roadmaps in every status — МАОУ СОШ № 1 returned with a comment,
 * МАОУ СОШ № 2 approved, МАОУ СОШ № 7 awaiting approval, МАОУ СОШ № 10 a draft copied from the municipal roadmap.
 * Runs once, after {@link DemoData}.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "app.demo-data.enabled", havingValue = "true")
class RoadmapsDemoData implements ApplicationRunner {

    static final String CAMPAIGN = "Внедрение ЦМН 2025/26";

    private static final Logger log = LoggerFactory.getLogger(RoadmapsDemoData.class);

    private final Schools schools;
    private final Accounts accounts;
    private final MunicipalRoadmaps municipal;
    private final Roadmaps roadmaps;
    private final Campaigns campaigns;
    private final UserDetailsService users;
    private final RoadmapDemoRecords records;
    private final ZoneId zone;
    private final Clock clock;

    RoadmapsDemoData(Schools schools, Accounts accounts, MunicipalRoadmaps municipal, Roadmaps roadmaps,
            Campaigns campaigns, UserDetailsService users, RoadmapDemoRecords records,
            Clock clock) {
        this.schools = schools;
        this.accounts = accounts;
        this.municipal = municipal;
        this.roadmaps = roadmaps;
        this.campaigns = campaigns;
        this.users = users;
        this.records = records;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    @Override
    public void run(ApplicationArguments args) {
        Long municipality = schools.municipalityByName(DemoData.MUNICIPALITY).orElse(null);
        if (municipality == null || municipal.exists(municipality)) {
            return;
        }
        municipalRoadmap(municipality);
        Map<String, SchoolSummary> byName = schools.ofMunicipality(municipality).stream()
                .collect(Collectors.toMap(SchoolSummary::shortName, Function.identity()));
        SchoolSummary school1 = byName.get("МАОУ СОШ № 1");
        SchoolSummary school2 = byName.get("МАОУ СОШ № 2");
        SchoolSummary school7 = byName.get("МАОУ СОШ № 7");
        SchoolSummary school10 = byName.get("МАОУ СОШ № 10");
        if (!accounts.usernameTaken("curator3")) {
            long curator3 = accounts.create(new Accounts.NewAccount("curator3", DemoData.PASSWORD,
                    "Волкова Мария Игоревна", null, Set.of(Role.CURATOR), municipality, Set.of()));
            schools.appointCurator(school7.id(), curator3, "64-о", LocalDate.of(2025, 10, 1));
        }
        CurrentUser department = user("department");
        CurrentUser curator1 = user("curator1");
        CurrentUser curator2 = user("curator2");
        CurrentUser curator3 = user("curator3");

        // МАОУ СОШ № 2: submitted on 29.09.2025, approved on 02.10.2025 — on time.
        long approved = schoolRoadmap(school2, "Куратор");
        submit(curator2, approved);
        roadmaps.approve(department, approved, roadmaps.currentVersion(approved),
                "Согласовано. Рекомендуем опубликовать дорожную карту в разделе «Наставничество» сайта школы.");
        backdate(approved, LocalDateTime.of(2025, 9, 29, 10, 15), LocalDateTime.of(2025, 10, 2, 16, 40));
        done(curator2, approved, "1", LocalDate.of(2025, 9, 15), "Приказ от 15.09.2025 № 87/2-од");
        done(curator2, approved, "2", LocalDate.of(2025, 9, 3), "Приказ от 03.09.2025 № 87/1-од");
        done(curator2, approved, "3", LocalDate.of(2025, 10, 3), "Положение утверждено приказом от 03.10.2025 № 95-од");
        done(curator2, approved, "4", LocalDate.of(2025, 10, 10),
                "Протокол родительского собрания от 10.10.2025 № 2; новость на сайте школы");

        // МАОУ СОШ № 1: submitted on 03.10.2025, returned on 06.10.2025 with a comment.
        long returned = schoolRoadmap(school1, null);
        submit(curator1, returned);
        roadmaps.returnForRework(department, returned, roadmaps.currentVersion(returned),
                "В п. 7 не указан ответственный исполнитель. Уточните также вид документа по обучению наставников"
                        + " (п. 6).");
        backdate(returned, LocalDateTime.of(2025, 10, 3, 11, 0), LocalDateTime.of(2025, 10, 6, 9, 30));

        // МАОУ СОШ № 7: submitted three days ago, awaiting the department's decision.
        long submitted = schoolRoadmap(school7, "Куратор");
        submit(curator3, submitted);
        LocalDateTime threeDaysAgo = LocalDateTime.now(clock).minusDays(3);
        backdate(submitted, threeDaysAgo, threeDaysAgo);

        // МАОУ СОШ № 10: a draft copied from the municipal roadmap (no curator yet).
        roadmaps.createFor(school10, true);

        long campaign = campaigns.create(municipality, CAMPAIGN, 2025);
        campaigns.markInformed(campaign, school2.id(), LocalDate.of(2025, 10, 10),
                "Протокол общешкольного родительского собрания от 10.10.2025 № 2; новость на сайте школы.",
                curator2.id());
        campaigns.markInformed(campaign, school1.id(), LocalDate.of(2025, 10, 20),
                "Классные часы 14–20.10.2025, публикация в сообществе школы.", curator1.id());
        log.info("Demo roadmaps and campaign loaded: «{}»", CAMPAIGN);
    }

    private CurrentUser user(String username) {
        return ((AccountPrincipal) users.loadUserByUsername(username)).getUser();
    }

    private void done(CurrentUser curator, long roadmapId, String number, LocalDate on, String evidence) {
        long measure = records.measureId(roadmapId, number);
        roadmaps.markDone(curator, measure, roadmaps.currentVersion(roadmapId), on, evidence);
    }

    private void submit(CurrentUser curator, long roadmapId) {
        roadmaps.submit(curator, roadmapId, roadmaps.currentVersion(roadmapId));
    }

    /** The demo story happened in autumn 2025: move its transitions (and the approval) to those days. */
    private void backdate(long roadmapId, LocalDateTime submittedAt, LocalDateTime decidedAt) {
        var submitted = submittedAt.atZone(zone).toInstant().atOffset(ZoneOffset.UTC);
        var decided = decidedAt.atZone(zone).toInstant().atOffset(ZoneOffset.UTC);
        records.backdate(roadmapId, submitted, decided);
    }

    /** A school roadmap for 2025/26 along the campaign's stages; {@code lastResponsible} may be left out. */
    private long schoolRoadmap(SchoolSummary school, String lastResponsible) {
        return roadmaps.createWithMeasures(school, List.of(
                measure("1", "Издание приказа о внедрении целевой модели наставничества в ОО", "Сентябрь 2025 г.",
                        LocalDate.of(2025, 9, 30), "Руководитель ОО", "Приказ"),
                measure("2", "Назначение куратора внедрения целевой модели наставничества", "до 28.09.2025",
                        LocalDate.of(2025, 9, 28), "Руководитель ОО", "Приказ о назначении куратора"),
                measure("3", "Разработка и утверждение Положения о программе наставничества в ОО",
                        "до 05.10.2025", LocalDate.of(2025, 10, 5), "Куратор", "Положение, приказ об утверждении"),
                measure("4", "Информирование обучающихся, родителей (законных представителей) и работодателей"
                                + " о программе наставничества", "до 15.10.2025", LocalDate.of(2025, 10, 15),
                        "Куратор, классные руководители", "Протоколы собраний, новость на сайте ОО"),
                measure("5", "Формирование баз наставников и наставляемых (анкетирование, карта запросов)",
                        "Октябрь 2025 г.", LocalDate.of(2025, 10, 30), "Куратор", "Базы наставников и наставляемых"),
                measure("6", "Обучение наставников", "до 15.11.2025", LocalDate.of(2025, 11, 15), "Куратор",
                        lastResponsible == null ? null : "Программа обучения, список обученных"),
                measure("7", "Формирование наставнических пар и групп", "до 25.11.2025",
                        LocalDate.of(2025, 11, 25), lastResponsible, "Приказ о закреплении пар (групп)"),
                measure("8", "Начало работы наставнических пар и групп по индивидуальным планам", "с 01.12.2025",
                        LocalDate.of(2025, 12, 1), "Наставники, куратор", "Планы работы пар (групп)")));
    }

    private static ru.edu.mentoring.roadmaps.MeasureData measure(String number, String title, String deadline,
            LocalDate dueOn, String responsible, String result) {
        return new ru.edu.mentoring.roadmaps.MeasureData(number, title, deadline, dueOn, responsible, result);
    }

    /** The municipal roadmap of the demo municipality (2020–2024), in the words of a real municipal order. */
    private void municipalRoadmap(long municipality) {
        String uo = "Управление образования";
        String heads = "Руководители ОО";
        String headCurator = "Руководитель ОО, куратор";
        municipal.addSection(municipality, "1.", "Подготовка нормативной базы реализации целевой модели"
                + " наставничества в образовательных организациях", "Май-октябрь 2020 г.", List.of(
                new Row("1.1.", "Разработка и утверждение муниципальной дорожной карты внедрения целевой модели"
                        + " наставничества для образовательных организаций городского округа Первоуральск и"
                        + " закрепление муниципального координатора.", "Июль – август 2020 г.",
                        LocalDate.of(2020, 7, 1), LocalDate.of(2020, 8, 31), uo, null),
                new Row("1.2.", "Презентация педагогическому сообществу муниципальной дорожной карты внедрения"
                        + " целевой модели наставничества для обсуждения (августовский педагогический совет)",
                        "Август 2020 г.", LocalDate.of(2020, 8, 1), LocalDate.of(2020, 8, 31), uo, null),
                new Row("1.3.", "Организация разъяснительной работы с руководителями ОО по вопросу реализации"
                        + " целевой модели наставничества (совещания руководителей, консультирование)",
                        "2020-2021 учебный год", LocalDate.of(2020, 9, 1), LocalDate.of(2021, 8, 31), uo, null),
                new Row("1.4.", "Разработка нормативно-правовых актов, обеспечивающих внедрение целевой модели"
                        + " наставничества:\n- дорожные карты образовательных организаций, распорядительные акты"
                        + " о внедрении целевой модели наставничества на уровне ОО,\n- Положения о программе"
                        + " наставничества в ОО,\n- Программы наставничества обучающихся ОО.\n- Определение и"
                        + " закрепление школьных кураторов.", "2020-2021 учебный год", LocalDate.of(2020, 9, 1),
                        LocalDate.of(2021, 8, 31), uo, heads)));
        municipal.addSection(municipality, "2.", "Информирование педагогического сообщества о реализации целевой"
                + " модели наставничества", "2020-2021 учебный год", List.of(
                new Row("2.1.", "Создание и наполнение раздела «Наставничество» на сайте управления образования, на"
                        + " сайтах ОО", "Ежегодно", null, null, uo, heads),
                new Row("2.2.", "Проведение анкетирования среди обучающихся, желающих принять участие в программе"
                        + " наставничества и потенциальных наставников", "Ежегодно", null, null, null, heads),
                new Row("2.3.", "Проведение разработческих семинаров для управленческих команд по вопросам"
                        + " разработки и внедрения целевой модели наставничества",
                        "02.11.2020 18.12.2020 МАОУ «СОШ № 7»", LocalDate.of(2020, 11, 2),
                        LocalDate.of(2020, 12, 18), "Отдел ИМО МКУ КЦ УО", heads)));
        municipal.addSection(municipality, "3.", "Формирование базы наставников", "февраль-июнь 2021", List.of(
                new Row("3.1", "Формирование школьного реестра наставников-учителей по форме «Учитель-учитель»,"
                        + " «Учитель-ученик»", "Сентябрь-ноябрь Ежегодно 2021 – 2024 гг.", LocalDate.of(2021, 9, 1),
                        LocalDate.of(2024, 11, 30), null, "Руководитель ОО, координатор"),
                new Row("3.2.", "Формирование школьного реестра наставников-учащихся по форме «Ученик-ученик»",
                        "Сентябрь-ноябрь Ежегодно 2021 – 2024 гг.", LocalDate.of(2021, 9, 1),
                        LocalDate.of(2024, 11, 30), null, headCurator),
                new Row("3.3.", "Создание муниципальной базы «Наставник»", "Январь, 2021", LocalDate.of(2021, 1, 1),
                        LocalDate.of(2021, 1, 31), uo, "Куратор")));
        municipal.addSection(municipality, "4.", "Выявление и диссеминация лучших практик наставничества",
                "Октябрь 2021-ноябрь 2024 гг.", List.of(
                new Row("4.1", "Организация и проведение конкурсов, ориентированных на выявление лучших практик"
                        + " наставничества: «Лучший педагог-наставник», «Лучшие практики наставничества»",
                        "2023-2024 гг.", LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31), uo, headCurator),
                new Row("4.2.", "Презентация первых результатов внедрения целевой модели наставничества на уровне"
                        + " образовательной организации", "24.02.2021 года в 10.00 МАОУ «СОШ № 7»",
                        LocalDate.of(2021, 2, 24), LocalDate.of(2021, 2, 24), "Отдел ИМО МКУ КЦ УО", heads),
                new Row("4.3.", "Формирование банка успешных практик (кейсов)", "2022-2024 гг.",
                        LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31), uo, headCurator),
                new Row("4.4.", "Трансляция лучших практик наставничества на образовательных мероприятиях: Слет"
                        + " молодых педагогов, августовский педагогический совет и другое", "2022-2024 гг.",
                        LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31), uo, headCurator),
                new Row("4.5.", "Представление кандидатур лучших наставников к награждению грамотами,"
                        + " благодарностями управления образования администрации городского округа Первоуральск", "2022-2024 гг.",
                        LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31), uo, headCurator)));
        municipal.addSection(municipality, "5.", "Подведение итогов", "2023 – 2024 гг.", List.of(
                new Row("5.1.", "Мониторинг показателей эффективности целевой модели наставничества в"
                        + " образовательных организациях", "2022-2024 гг.", LocalDate.of(2022, 1, 1),
                        LocalDate.of(2024, 12, 31), uo, headCurator),
                new Row("5.2.", "Сбор отчетов ОО по итогам реализации программ наставничества. Формирование"
                        + " итогового отчета.", "Май, ежегодно с 2022 года", null, null, uo, headCurator),
                new Row("5.3.", "Анализ результатов мониторинга целевой модели наставничества в образовательных"
                        + " организациях", "2023 г.", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), uo,
                        headCurator),
                new Row("5.4.", "Представление результатов внедрения целевой модели наставничества", "2024 г.",
                        LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), uo, headCurator)));
    }
}
