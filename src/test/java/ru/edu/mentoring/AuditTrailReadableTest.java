package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.edu.mentoring.accounts.AccountPrincipal;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.audit.AuditLog;
import ru.edu.mentoring.campaigns.Campaigns;
import ru.edu.mentoring.monitoring.Targets;
import ru.edu.mentoring.pairing.FormCodes;
import ru.edu.mentoring.pairing.PairCommand;
import ru.edu.mentoring.pairing.PairingService;
import ru.edu.mentoring.people.RecordConsent;
import ru.edu.mentoring.people.ConsentGiver;
import ru.edu.mentoring.people.DestructionReason;
import ru.edu.mentoring.people.SaveMenteeEntry;
import ru.edu.mentoring.people.SaveMentorEntry;
import ru.edu.mentoring.people.PeopleRegistry;
import ru.edu.mentoring.people.PersonKind;
import ru.edu.mentoring.reports.Reports;
import ru.edu.mentoring.roadmaps.MeasureData;
import ru.edu.mentoring.roadmaps.Roadmaps;
import ru.edu.mentoring.schools.SchoolForm;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * Issue 16 point 7: the department reads every action done in its municipality — its own and its schools' — in
 * Russian, naming what users see (the school, the person, «дорожная карта …»), filtered by user, school, kind and
 * dates; another municipality's rows stay out of sight; an anonymised person's old name is nowhere on the page.
 */
class AuditTrailReadableTest extends IntegrationTest {

    static final String MUNICIPALITY = "Городской округ Журнальный (тест)";
    static final String DEPARTMENT = "department.audit";
    static final String DEPARTMENT_NAME = "Журавлёва Елена Сергеевна";
    static final String CURATOR = "curator.audit";
    static final String CURATOR_NAME = "Журналова Вера Петровна";
    static final String SCHOOL = "МАОУ СОШ № 3 (журнал)";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Schools schools;
    @Autowired
    Accounts accounts;
    @Autowired
    Roadmaps roadmaps;
    @Autowired
    Reports reports;
    @Autowired
    Targets targets;
    @Autowired
    Campaigns campaigns;
    @Autowired
    PeopleRegistry people;
    @Autowired
    PairingService pairing;
    @Autowired
    AuditLog audit;

    static long municipality;
    static long school;
    static long campaign;
    static boolean done;

    /** About fifteen actions of the department and of the school's curator, done once through the modules' services. */
    @BeforeEach
    void actionsOfTheDepartmentAndOfItsSchool() {
        synchronized (AuditTrailReadableTest.class) {
            if (done) {
                return;
            }
            municipality = schools.createMunicipality(MUNICIPALITY, "Свердловская область");
            long departmentId = accounts.create(new Accounts.NewAccount(DEPARTMENT, "demo", DEPARTMENT_NAME, null,
                    Set.of(Role.DEPARTMENT), municipality, Set.of()));
            long curatorId = accounts.create(new Accounts.NewAccount(CURATOR, "demo", CURATOR_NAME, null,
                    Set.of(Role.CURATOR), municipality, Set.of()));
            CurrentUser department = principal(DEPARTMENT).getUser();
            school = as(DEPARTMENT, () -> schools.createSchool(municipality, new SchoolForm("Муниципальное автономное"
                    + " общеобразовательное учреждение «Средняя общеобразовательная школа № 3» (журнал)", SCHOOL,
                    SchoolKind.GENERAL, null, null, null)));
            as(DEPARTMENT, () -> {
                schools.appointCurator(school, curatorId, "15-о", LocalDate.of(2026, 9, 1));
                return null;
            });
            CurrentUser curator = principal(CURATOR).getUser();
            SchoolSummary summary = schools.summariesOf(List.of(school)).get(0);
            long roadmap = as(CURATOR, () -> roadmaps.createWithMeasures(summary, List.of(new MeasureData("1",
                    "Издание приказа о внедрении целевой модели наставничества", "до 01.10.2026",
                    LocalDate.of(2026, 10, 1), "Директор", "Приказ"))));
            as(CURATOR, () -> {
                roadmaps.submit(curator, roadmap, roadmaps.currentVersion(roadmap));
                return null;
            });
            as(DEPARTMENT, () -> {
                roadmaps.approve(department, roadmap, roadmaps.currentVersion(roadmap), "Согласовано");
                return null;
            });
            long report = as(CURATOR, () -> reports.createFor(summary, 2025));
            as(CURATOR, () -> {
                reports.submit(curator, report, reports.currentVersion(report));
                return null;
            });
            as(DEPARTMENT, () -> {
                reports.returnForRework(department, report, reports.currentVersion(report), "Дополните итоги");
                targets.set(municipality, 2026, new BigDecimal("40"), null);
                return null;
            });
            as(CURATOR, () -> {
                schools.setStudentCount(school, 2026, 480, curatorId);
                return null;
            });
            campaign = as(DEPARTMENT, () -> campaigns.create(municipality, "Внедрение ЦМН (журнал)", 2026));
            as(DEPARTMENT, () -> {
                campaigns.markInformed(campaign, school, LocalDate.of(2026, 9, 20), "Письмо № 5", departmentId);
                return null;
            });
            as(CURATOR, () -> {
                long teacher = people.create(school, PersonKind.TEACHER,
                        Fixtures.person("Наставникова", "Мария", "Ивановна", null));
                Fixtures.ownConsent(people, teacher);
                long student = people.create(school, PersonKind.STUDENT,
                        Fixtures.person("Журнальцев", "Пётр", "Сергеевич", 5));
                people.recordConsent(student, new RecordConsent(LocalDate.of(2026, 9, 1), ConsentGiver.REPRESENTATIVE,
                        "Журнальцева Анна Петровна", "2026-1"));
                people.putInMentorBase(teacher, new SaveMentorEntry("Математика", 3, LocalDate.of(2026, 9, 5), "Курс"));
                people.putInMenteeBase(student, new SaveMenteeEntry("Математика", null));
                long pair = pairing.register(school, SchoolKind.GENERAL, new PairCommand(pairing.formId(
                        FormCodes.TEACHER_STUDENT).orElseThrow(), null, teacher, Set.of(student), null,
                        LocalDate.of(2026, 9, 10), LocalDate.of(2027, 5, 20), "Успеваемость"), true);
                pairing.terminate(pair, pairing.currentVersion(pair), LocalDate.of(2026, 10, 1), "Переезд семьи");
                return null;
            });
            done = true;
        }
    }

    @Test
    void everyActionOfTheDepartmentAndItsSchoolIsShownInRussianNamingWhatUsersSee() throws Exception {
        assertThat(jdbc.queryForList("select entity || ' ' || action from audit_event where username in (?, ?)"
                        + " and municipality_id is distinct from ?", String.class, DEPARTMENT, CURATOR, municipality))
                .as("every row of the department and of its school carries the municipality").isEmpty();
        assertThat(jdbc.queryForList("select distinct entity from audit_event where username in (?, ?)"
                        + " and school_id is null and entity not in ('Campaign', 'CoverageTarget', 'AuditList', 'UserAccount')",
                String.class, DEPARTMENT, CURATOR))
                .as("every row about the school's things carries the school").isEmpty();

        String trail = allPages(DEPARTMENT, "");
        assertThat(trail).contains(DEPARTMENT_NAME, CURATOR_NAME,
                "Создание ОО", "Назначение куратора", "куратор " + CURATOR_NAME,
                "Создание дорожной карты", "Отправка дорожной карты на согласование", "Утверждение дорожной карты",
                "дорожная карта " + SCHOOL + " на 20",
                "Создание отчёта ОО", "Отправка отчёта ОО на согласование", "Возврат отчёта ОО на доработку",
                "отчёт " + SCHOOL + " за 2025/26 уч. год",
                "Установка целевого показателя", "целевые показатели на 2026 год",
                "Ввод численности обучающихся", "численность обучающихся " + SCHOOL + " (2026)",
                "Создание кампании", "кампания «Внедрение ЦМН (журнал)»", "Включение ОО в кампанию",
                "Добавление человека", "Наставникова М. И.", "Журнальцев П. С.",
                "Регистрация согласия на обработку данных", "Включение в базу наставников",
                "Включение в базу наставляемых",
                "Регистрация пары", "пара: Наставникова М. И. — Журнальцев П. С.", "Досрочное прекращение пары",
                "статус", "причина прекращения")
                .containsPattern("\\d\\d\\.\\d\\d\\.20\\d\\d \\d\\d:\\d\\d<");
        assertThat(trail).as("no class names, ids or record strings")
                .doesNotContain("Key[", "Roadmap ", "Roadmap<", "CuratorAppointment", "StudentCount", "CoverageTarget",
                        "MentoringPair", "CampaignSchool", "UserAccount", "statusChangedAt", "terminationReason",
                        "status=", "CREATE", "UPDATE", DEPARTMENT + "<", CURATOR + "<");
    }

    @Test
    void theTrailFiltersByUserSchoolKindAndDates() throws Exception {
        String roadmapsOnly = allPages(DEPARTMENT, "kind=roadmap");
        assertThat(roadmapsOnly).contains("Утверждение дорожной карты", "Отправка дорожной карты на согласование")
                .doesNotContain("Создание кампании", "Назначение куратора", "Регистрация пары");

        String curatorOnly = allPages(DEPARTMENT, "user=Журналова");
        assertThat(curatorOnly).contains("Отправка дорожной карты на согласование", "Регистрация пары")
                .doesNotContain("Утверждение дорожной карты", "Создание кампании", DEPARTMENT_NAME);

        String campaignOfSchool = allPages(DEPARTMENT, "kind=campaign&school=" + school);
        assertThat(campaignOfSchool).contains("Включение ОО в кампанию").doesNotContain("Создание кампании");
        String campaignAll = allPages(DEPARTMENT, "kind=campaign");
        assertThat(campaignAll).contains("Включение ОО в кампанию", "Создание кампании");

        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Moscow"));
        assertThat(allPages(DEPARTMENT, "kind=roadmap&from=" + today.minusDays(1) + "&to=" + today.plusDays(1)))
                .contains("Утверждение дорожной карты");
        assertThat(allPages(DEPARTMENT, "kind=roadmap&to=" + today.minusDays(2))).contains("Ничего не найдено.")
                .doesNotContain("Утверждение дорожной карты");
        assertThat(allPages(DEPARTMENT, "from=31.02.2026")).contains("Дата в фильтре не распознана");

        String csv = mvc.perform(get("/audit/export.csv").param("kind", "roadmap").with(as(DEPARTMENT)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(
                        java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("\"Утверждение дорожной карты\"", "\"" + DEPARTMENT_NAME + "\"", "\"Действие\"")
                .doesNotContain("Создание кампании", "Roadmap");
    }

    @Test
    void anotherMunicipalitysRowsAreNotShownAndCuratorsSeeNoTrail() throws Exception {
        // the demo department acts in its own municipality
        long demoMunicipality = jdbc.queryForObject("select municipality_id from app_user where username = 'department'",
                Long.class);
        as("department", () -> {
            Long version = targets.studentCoverage(demoMunicipality).stream().filter(t -> t.year() == 2031)
                    .map(Targets.TargetView::version).findFirst().orElse(null);
            targets.set(demoMunicipality, 2031, new BigDecimal(version == null ? "35" : "36"), version);
            return null;
        });
        String demoName = jdbc.queryForObject("select full_name from app_user where username = 'department'",
                String.class);
        String ours = allPages(DEPARTMENT, "kind=target");
        assertThat(ours).contains("целевые показатели на 2026 год").doesNotContain("2031", demoName);
        String theirs = allPages("department", "kind=target");
        assertThat(theirs).contains("целевые показатели на 2031 год").doesNotContain(DEPARTMENT_NAME);
        assertThat(allPages("department", "user=Журналова")).doesNotContain(SCHOOL, CURATOR_NAME);
        // a foreign school given in the filter is ignored, not obeyed
        assertThat(allPages("department", "school=" + school)).doesNotContain(SCHOOL);
        String admin = allPages("admin", "kind=target");
        assertThat(admin).contains("2031", "2026 год");
        mvc.perform(get("/audit").with(as(CURATOR))).andExpect(status().isForbidden());
        mvc.perform(get("/audit/export.csv").with(as(CURATOR))).andExpect(status().isForbidden());
    }

    @Test
    void anAnonymisedPersonsOldNameIsNotShown() throws Exception {
        long person = as(CURATOR, () -> {
            long id = people.create(school, PersonKind.STUDENT, Fixtures.person("Старофамильный", "Семён", null, 6));
            people.recordConsent(id, new RecordConsent(LocalDate.of(2026, 9, 1), ConsentGiver.REPRESENTATIVE,
                    "Старофамильная Анна", "2026-1"));
            return id;
        });
        assertThat(allPages(DEPARTMENT, "kind=person")).contains("Старофамильный С.");
        as(DEPARTMENT, () -> {
            people.anonymise(person, DestructionReason.RETENTION, DEPARTMENT_NAME, "Обезличенный-77", "ФИО");
            return null;
        });
        String trail = allPages(DEPARTMENT, "");
        assertThat(trail).doesNotContain("Старофамильн");
        assertThat(trail).as("the pseudonym whole, not cut to an initial («Обезличенный-77 №.»)")
                .contains("Обезличенный-77 № " + person);
        audit.flushReads();
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    /** The table of every page of the department's trail with these filters. */
    private String allPages(String username, String query) throws Exception {
        StringBuilder all = new StringBuilder();
        for (int page = 0; page < 20; page++) {
            MockHttpServletRequestBuilder request = get("/audit?" + query + (query.isEmpty() ? "" : "&") + "page="
                    + page).with(as(username));
            String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            if (page == 0) {
                int alert = html.indexOf("alert-warning");
                if (alert >= 0) {
                    all.append(html, alert, html.indexOf("</div>", alert));
                }
            }
            int from = html.indexOf("data-testid=\"audit-table\"");
            all.append(html, from, html.indexOf("</table>", from));
            if (!html.contains("data-testid=\"audit-row\"") || !html.contains("page=" + (page + 1) + "\"")) {
                break;
            }
        }
        return all.toString();
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private AccountPrincipal principal(String username) {
        return (AccountPrincipal) users.loadUserByUsername(username);
    }

    /** Runs the work signed in as this user, as a request of theirs would. */
    private <T> T as(String username, Supplier<T> work) {
        UserDetails p = users.loadUserByUsername(username);
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(p, null, p.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
