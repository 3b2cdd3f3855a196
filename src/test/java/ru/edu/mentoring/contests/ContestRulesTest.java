package ru.edu.mentoring.contests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.schools.SchoolForm;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.NotFoundException;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * The contest rules of issue 21 points 2 and 5, in a municipality of the test's own: a juror named for one contest
 * reaches nothing of another, never scores their own organisation, sees only their own scores before the results;
 * scores stay on the criterion's scale; results are final only when every juror has scored every application they may
 * score; ranking by mean total with shared places; the protocol; the public page and the mentor's record.
 */
class ContestRulesTest extends IntegrationTest {

    @Autowired
    Contests contests;

    @Autowired
    ContestResults results;

    @Autowired
    Schools schools;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService userDetails;

    @Autowired
    org.springframework.context.MessageSource messages;

    long municipality;
    long schoolA;
    long schoolB;
    long schoolC;
    CurrentUser department;
    CurrentUser curatorA;
    CurrentUser curatorB;
    CurrentUser curatorC;
    CurrentUser expert;

    @BeforeEach
    void municipalityOfItsOwn() {
        String stamp = Long.toString(System.nanoTime());
        municipality = schools.createMunicipality("Конкурсный городской округ " + stamp, "Свердловская область");
        schoolA = school("Школа А " + stamp);
        schoolB = school("Школа Б " + stamp);
        schoolC = school("Школа В " + stamp);
        String hash = accounts.encodePassword("Ель-Сосна-Пихта-2026");
        department = user(hash, "dept" + stamp, Role.DEPARTMENT, Set.of());
        curatorA = user(hash, "cura" + stamp, Role.CURATOR, Set.of(schoolA));
        curatorB = user(hash, "curb" + stamp, Role.CURATOR, Set.of(schoolB));
        curatorC = user(hash, "curc" + stamp, Role.CURATOR, Set.of(schoolC));
        expert = user(hash, "expert" + stamp, Role.CURATOR, Set.of());
    }

    private long school(String name) {
        return schools.createSchool(municipality, new SchoolForm(name, name, SchoolKind.GENERAL, null, null, null));
    }

    private CurrentUser user(String hash, String username, Role role, Set<Long> schoolIds) {
        long id = accounts.create(new Accounts.NewAccount(username, null, "Пользователь " + username, null,
                Set.of(role), municipality, schoolIds), hash);
        return new CurrentUser(id, username, "Пользователь " + username, Set.of(role), municipality, schoolIds);
    }

    private static Contests.Upload pdf(String text) {
        return new Contests.Upload("APPLICATION", "zayavka.pdf",
                ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
    }

    private long practiceContest(String title) {
        long id = contests.create(department, municipality, new ContestCommand(title, ContestLevel.MUNICIPAL, 2026,
                ContestType.PRACTICE, null, null, null, null, null));
        contests.copyTemplate(department, id, "MARI_EL_PRACTICES");
        return id;
    }

    private void advance(long id) {
        contests.advance(department, id, contests.contest(id).getVersion());
    }

    private long apply(CurrentUser curator, long school, long contest, String practice) {
        return contests.apply(curator, contest, new Contests.Apply(school, null, null, null, practice,
                "Описание практики", List.of(pdf(practice))));
    }

    private List<Contests.Given> all(long contest, int points) {
        return contests.criteria(contest).stream().map(c -> new Contests.Given(c.id(), points, null)).toList();
    }

    private static void refused(String key, Runnable step) {
        assertThatThrownBy(step::run).isInstanceOf(ContestRuleException.class)
                .satisfies(e -> assertThat(((ContestRuleException) e).messageKey()).isEqualTo(key));
    }

    /** A contest running to its jury stage with applications of the three schools and the two jurors. */
    private long[] runningContest() {
        long contest = practiceContest("Лучшие практики наставничества");
        advance(contest);
        long a = apply(curatorA, schoolA, contest, "Практика А");
        long b = apply(curatorB, schoolB, contest, "Практика Б");
        long c = apply(curatorC, schoolC, contest, "Практика В");
        contests.addJuror(department, contest, expert.id());
        contests.addJuror(department, contest, curatorC.id());
        advance(contest);
        return new long[] {contest, a, b, c};
    }

    @Test
    void aJurorOfOneContestReachesNothingOfAnother() {
        long[] run = runningContest();
        long other = practiceContest("Другой конкурс");
        advance(other);
        long otherApplication = apply(curatorA, schoolA, other, "Практика другого конкурса");
        assertThat(contests.page(expert, run[0]).applications()).as("the juror's own contest").hasSize(3);
        assertThatThrownBy(() -> contests.page(expert, other)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> contests.application(expert, otherApplication)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> contests.score(expert, otherApplication, all(other, 5), null))
                .isInstanceOf(NotFoundException.class);
        assertThat(contests.visible(expert)).extracting(Contests.ContestView::id).containsExactly(run[0]);
    }

    @Test
    void aJurorNeverScoresTheirOwnOrganisation() {
        long[] run = runningContest();
        Contests.ApplicationPage own = contests.application(curatorC, run[3]);
        assertThat(own.mayScore()).as("the juror's own school's application: readable as a curator, not scored")
                .isFalse();
        assertThatThrownBy(() -> contests.score(curatorC, run[3], all(run[0], 5), null))
                .isInstanceOf(NotFoundException.class);
        assertThat(contests.application(curatorC, run[1]).mayScore()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from contest_score where application_id = ?", Integer.class,
                run[3])).isZero();
    }

    @Test
    void scoresStayOnTheCriterionsScaleAndCoverEveryCriterion() {
        long[] run = runningContest();
        refused("contest.score.outOfRange", () -> contests.score(expert, run[1], all(run[0], 11), null));
        refused("contest.score.outOfRange", () -> contests.score(expert, run[1], all(run[0], 0), null));
        List<Contests.Given> fewer = new ArrayList<>(all(run[0], 5));
        fewer.remove(0);
        refused("contest.score.missing", () -> contests.score(expert, run[1], fewer, null));
        assertThat(jdbc.queryForObject("select count(*) from contest_score where application_id = ?", Integer.class,
                run[1])).isZero();
    }

    @Test
    void yesNoCriteriaTakeZeroOrTheMaximumAndYesNeedsEvidence() {
        ContestCriterion yesNo = new ContestCriterion(1, 1, "Уникальность", null, CriterionKind.YES_NO, 0, 20, null);
        assertThat(yesNo.accepts(20)).isTrue();
        assertThat(yesNo.accepts(0)).isTrue();
        assertThat(yesNo.accepts(10)).isFalse();
        ContestCriterion bands = new ContestCriterion(1, 2, "Стаж", null, CriterionKind.BANDS, 1, 5,
                "1–4 года=1\n5–9 лет=2\nот 30 лет=5");
        assertThat(bands.accepts(2)).isTrue();
        assertThat(bands.accepts(3)).as("no band gives 3 points").isFalse();
        long contest = contests.create(department, municipality, new ContestCommand("Наставник года",
                ContestLevel.MUNICIPAL, 2026, ContestType.PRACTICE, null, null, null, null, null));
        contests.copyTemplate(department, contest, "KOMI_MENTOR_OF_YEAR");
        advance(contest);
        long app = apply(curatorA, schoolA, contest, "Практика");
        contests.addJuror(department, contest, expert.id());
        advance(contest);
        List<Contests.Given> noEvidence = contests.criteria(contest).stream().map(c -> new Contests.Given(c.id(),
                c.kind() == CriterionKind.YES_NO ? c.maxPoints() : 1, null)).toList();
        refused("contest.score.evidenceRequired", () -> contests.score(expert, app, noEvidence, null));
    }

    @Test
    void aJurorSeesOnlyTheirOwnScoresAndResultsWaitForEveryJuror() {
        long[] run = runningContest();
        contests.score(expert, run[1], all(run[0], 8), "Сильная практика");
        contests.score(curatorC, run[1], all(run[0], 7), "Хорошо");
        Map<Long, Contests.ScoreView> seen = contests.application(expert, run[1]).myScores();
        assertThat(seen.values()).extracting(Contests.ScoreView::points).containsOnly(8);
        assertThat(seen.values()).extracting(Contests.ScoreView::comment).containsOnly("Сильная практика");
        assertThat(contests.application(department, run[1]).myScores()).as("the department sees no juror's points")
                .isEmpty();
        assertThat(contests.page(department, run[0]).results()).isEmpty();
        refused("contest.protocol.notFinal", () -> contests.protocol(department, run[0]));
        refused("contest.advance.notScored", () -> advance(run[0]));
        contests.score(expert, run[2], all(run[0], 8), null);
        contests.score(curatorC, run[2], all(run[0], 7), null);
        refused("contest.advance.notScored", () -> advance(run[0]));
        assertThat(contests.contest(run[0]).getPhase()).isEqualTo(ContestPhase.JURY);
        assertThatThrownBy(() -> contests.publicResults(run[0])).isInstanceOf(NotFoundException.class);
    }

    @Test
    void rankingByMeanTotalWithSharedPlacesThenTheProtocol() throws Exception {
        long[] run = runningContest();
        contests.score(expert, run[1], all(run[0], 8), null);
        contests.score(curatorC, run[1], all(run[0], 7), null);
        contests.score(expert, run[2], all(run[0], 8), null);
        contests.score(curatorC, run[2], all(run[0], 7), null);
        contests.score(expert, run[3], all(run[0], 6), null);
        advance(run[0]);
        Map<Long, Contests.ResultLine> lines = contests.page(department, run[0]).results().stream()
                .collect(Collectors.toMap(Contests.ResultLine::applicationId, l -> l));
        assertThat(lines.get(run[1]).meanTotal()).isEqualByComparingTo(new BigDecimal("37.50"));
        assertThat(lines.get(run[1]).place()).isEqualTo(1);
        assertThat(lines.get(run[2]).place()).as("an equal total shares the place").isEqualTo(1);
        assertThat(lines.get(run[3]).meanTotal()).as("only the juror who may score it counts")
                .isEqualByComparingTo(new BigDecimal("30.00"));
        assertThat(lines.get(run[3]).place()).isEqualTo(3);
        refused("contest.score.closed", () -> contests.score(expert, run[1], all(run[0], 1), null));
        refused("contest.rule.final", () -> advance(run[0]));

        Contests.Protocol protocol = contests.protocol(department, run[0]);
        assertThat(protocol.jurors()).hasSize(2);
        assertThat(protocol.jurorSums().get(run[3])).containsExactly(30, null);
        byte[] pdf = mvc.perform(get("/contests/" + run[0] + "/protocol.pdf").with(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                        userDetails.loadUserByUsername(department.username()))))
                .andReturn().getResponse().getContentAsByteArray();
        String text;
        try (var doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
        }
        assertThat(text).contains("ПРОТОКОЛ", "Лучшие практики наставничества", "Практика Б", "37,50");
        byte[] docx = ProtocolDocx.write(protocol, (k, a) -> messages.getMessage(k, a, k, java.util.Locale.forLanguageTag("ru")));
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx)); var ex = new XWPFWordExtractor(doc)) {
            assertThat(ex.getText()).contains("ПРОТОКОЛ", "Лучшие практики наставничества", "Практика В", "30,00");
        }
        assertThat(contests.publicResults(run[0]).results()).extracting(Contests.ResultLine::nominee)
                .contains("Практика А", "Практика Б", "Практика В");
    }

    @Test
    void applicationsNeedTheirDocumentOfAnAllowedTypeWithoutScripts() {
        long contest = practiceContest("Конкурс документов");
        assertThatThrownBy(() -> apply(curatorA, schoolA, contest, "Рано"))
                .as("a contest in preparation is not announced: schools do not see it").isInstanceOf(
                        NotFoundException.class);
        advance(contest);
        refused("contest.apply.documentRequired", () -> contests.apply(curatorA, contest, new Contests.Apply(schoolA,
                null, null, null, "Без заявки", null, List.of())));
        refused("contest.file.script", () -> contests.apply(curatorA, contest, new Contests.Apply(schoolA, null, null,
                null, "Со сценарием", null, List.of(new Contests.Upload("APPLICATION", "z.pdf",
                        "%PDF-1.4\n1 0 obj << /S /JavaScript /JS (app.alert(1)) >> endobj\n%%EOF"
                                .getBytes(StandardCharsets.US_ASCII))))));
        refused("contest.file.type", () -> contests.apply(curatorA, contest, new Contests.Apply(schoolA, null, null,
                null, "Программа", null, List.of(new Contests.Upload("APPLICATION", "z.pdf",
                        "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))))));
        refused("contest.file.tooLarge", () -> contests.apply(curatorA, contest, new Contests.Apply(schoolA, null,
                null, null, "Большая", null, List.of(new Contests.Upload("APPLICATION", "z.pdf",
                        new byte[ContestFiles.MAX_BYTES + 1])))));
        assertThatThrownBy(() -> contests.apply(curatorB, contest, new Contests.Apply(schoolA, null, null, null,
                "Чужая школа", null, List.of(pdf("x"))))).isInstanceOf(
                        org.springframework.security.access.AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from contest_application where contest_id = ?",
                Integer.class, contest)).isZero();
    }

    @Test
    void aMentorsNameIsPublishedOnlyWithConsentToPublication() {
        ContestApplication mentor = new ContestApplication(1, null, 1, 42L, null, null, null, null,
                java.time.Instant.now());
        assertThat(Contests.publicNominee(mentor, "Иванова Анна Петровна", id -> false)).isNull();
        assertThat(Contests.publicNominee(mentor, "Иванова Анна Петровна", id -> id == 42L))
                .isEqualTo("Иванова Анна Петровна");
    }

    @Test
    void theDemoContestIsFinalWithSharedFirstPlaceAnonymousOnThePublicPageAndInTheMentorsRecord()
            throws Exception {
        Long contest = jdbc.queryForObject("select min(c.id) from contest c join municipality m on m.id ="
                + " c.municipality_id where c.title = 'Лучший педагог-наставник' and c.phase = 'RESULTS'"
                + " and m.name = 'Городской округ Первоуральск'", Long.class);
        assertThat(contest).isNotNull();
        List<Integer> places = jdbc.queryForList("select place from contest_application where contest_id = ?"
                + " order by place", Integer.class, contest);
        assertThat(places).containsExactly(1, 1, 3);
        assertThat(jdbc.queryForObject("select count(*) from contest_juror where contest_id = ?", Integer.class,
                contest)).isEqualTo(3);
        long mentor = jdbc.queryForObject("select a.mentor_person_id from contest_application a join school s on"
                + " s.id = a.school_id where a.contest_id = ? and s.short_name = 'МАОУ СОШ № 1'", Long.class, contest);
        String name = jdbc.queryForObject("select last_name from person where id = ?", String.class, mentor);
        String page = mvc.perform(get("/public/contests/" + contest)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        // issue 21 point 5: the demo winner of СОШ № 1 consented to the publication of her name, the other first
        // place (СОШ № 2) did not
        assertThat(page).contains(name).doesNotContain("наставник (МАОУ СОШ № 1)")
                .contains("наставник (МАОУ СОШ № 2)");
        assertThat(results.forMentor(mentor)).singleElement().satisfies(e -> {
            assertThat(e.contestTitle()).isEqualTo("Лучший педагог-наставник");
            assertThat(e.place()).isEqualTo(1);
            assertThat(e.nomination()).isEqualTo("Наставник молодого педагога");
        });
    }

    @Test
    void theMunicipalitysPublicListShowsAnnouncedRunningAndFinishedContestsWithDatesNominationsAndResults()
            throws Exception {
        long draft = practiceContest("Готовящийся конкурс");
        long announced = contests.create(department, municipality, new ContestCommand("Объявленный конкурс",
                ContestLevel.MUNICIPAL, 2026, ContestType.PRACTICE, java.time.LocalDate.of(2026, 3, 1),
                java.time.LocalDate.of(2026, 3, 20), java.time.LocalDate.of(2026, 3, 21),
                java.time.LocalDate.of(2026, 4, 10), java.time.LocalDate.of(2026, 4, 15)));
        contests.addNomination(department, announced, "Наставничество в школе");
        contests.copyTemplate(department, announced, "MARI_EL_PRACTICES");
        advance(announced);
        var response = mvc.perform(get("/public/municipalities/" + municipality + "/contests")).andReturn()
                .getResponse();
        assertThat(response.getStatus()).as("anonymous").isEqualTo(200);
        String page = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Объявленный конкурс", "Наставничество в школе", "Приём заявок: 01.03.2026 — 20.03.2026",
                "Работа жюри: 21.03.2026 — 10.04.2026", "Подведение итогов: 15.04.2026",
                "Объявлен, идёт приём заявок", "Итоги будут опубликованы после работы жюри")
                .doesNotContain("Готовящийся конкурс").doesNotContain("/public/contests/" + announced + "\"")
                .doesNotContain("/public/contests/" + draft + "\"");
        // the finished demo contest links to its results
        long demoMunicipality = jdbc.queryForObject("select id from municipality where name ="
                + " 'Городской округ Первоуральск'", Long.class);
        long finished = jdbc.queryForObject("select min(id) from contest where municipality_id = ? and phase ="
                + " 'RESULTS'", Long.class, demoMunicipality);
        String demo = mvc.perform(get("/public/municipalities/" + demoMunicipality + "/contests")).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(demo).contains("href=\"/public/contests/" + finished + "\"", "Завершён",
                "Наставник молодого педагога", "Лучшие практики наставничества");
        // the municipal public page links to the list
        assertThat(mvc.perform(get("/public/municipalities/" + municipality)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8))
                .contains("href=\"/public/municipalities/" + municipality + "/contests\"");
        assertThat(mvc.perform(get("/public/municipalities/987654321/contests")).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    @Test
    void aFileRefusedByItsContentIsNamedInRussianAndTheRestOfTheFormIsKept() throws Exception {
        long contest = practiceContest("Конкурс с проверкой файлов");
        advance(contest);
        byte[] hidden = ContestFilesTest.pdf(true, true);
        var response = mvc.perform(multipart("/contests/" + contest + "/applications")
                .file(new org.springframework.mock.web.MockMultipartFile("applicationFile", "zayavka.pdf",
                        "application/pdf", hidden))
                .param("school", String.valueOf(schoolA)).param("practiceTitle", "Практика с сюрпризом")
                .param("practiceSummary", "Краткое описание практики для жюри")
                .with(csrf()).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .user(userDetails.loadUserByUsername(curatorA.username())))).andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("PDF со сценариями (JavaScript) или командами запуска не принимается.",
                        "value=\"Практика с сюрпризом\"", "Краткое описание практики для жюри");
        assertThat(jdbc.queryForObject("select count(*) from contest_application where contest_id = ?",
                Integer.class, contest)).isZero();
        // the regulation too: refused, nothing stored
        refused("contest.file.script", () -> contests.uploadRegulation(department, contest, "polozhenie.pdf",
                hidden));
        assertThat(jdbc.queryForObject("select count(*) from contest_file where contest_id = ?", Integer.class,
                contest)).isZero();
    }
}
