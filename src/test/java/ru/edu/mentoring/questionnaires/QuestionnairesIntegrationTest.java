package ru.edu.mentoring.questionnaires;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.meetings.PairFinished;
import ru.edu.mentoring.pairing.PairingService;
import ru.edu.mentoring.people.People;
import ru.edu.mentoring.people.PeopleRegistry;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.IntegrationTest;
import ru.edu.mentoring.support.OwnMunicipality;

/**
 * Issue 20, points 4 and 5, against the real database and the web layer: a one-time link opens one questionnaire
 * without login and accepts one answer (then «ответ уже получен», 410; unknown 404; replaced or expired 410), shows
 * no name; answers are stored against the pair and never a person; fewer than five respondents give no figure; the
 * growth is exit − entry for respondents with both waves; only the school's curator sees a single answer; an edit of
 * a template makes a new version while answers keep theirs; the final meeting's event offers the exit wave.
 */
class QuestionnairesIntegrationTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Schools schools;
    @Autowired
    Accounts accounts;
    @Autowired
    PeopleRegistry registry;
    @Autowired
    People people;
    @Autowired
    PairingService pairing;
    @Autowired
    Questionnaires questionnaires;
    @Autowired
    QuestionnaireFigures figures;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate tx;

    QuestionnaireWorld world;
    LocalDate today;
    int year;

    @BeforeEach
    void world() {
        world = QuestionnaireWorld.create(schools, accounts, registry, pairing, jdbc);
        today = people.today();
        year = questionnaires.currentYear();
    }

    private MockHttpServletResponse as(String username, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(users.loadUserByUsername(username)))).andReturn()
                .getResponse();
    }

    private MockHttpServletResponse anonymous(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf())).andReturn().getResponse();
    }

    private long curatorId() {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, world.curator);
    }

    /** Every required question of the template answered: scales with {@code scale}, yes, the first choice. */
    private static Map<String, String> answers(QuestionnaireTemplate t, int scale, String text) {
        Map<String, String> raw = new HashMap<>();
        for (TemplateQuestion q : t.getQuestions()) {
            String key = String.valueOf(q.getId());
            switch (q.getKind()) {
                case SCALE -> raw.put(key, String.valueOf(scale));
                case YES_NO -> raw.put(key, "true");
                case CHOICE -> raw.put(key, q.getChoices().get(0));
                case TEXT -> {
                    if (text != null) {
                        raw.put(key, text);
                    }
                }
            }
        }
        return raw;
    }

    private MockHttpServletRequestBuilder withAnswers(MockHttpServletRequestBuilder request, Map<String, String> raw) {
        raw.forEach((k, v) -> request.param("answers[" + k + "]", v));
        return request;
    }

    private String issue(long pair, String respondent, String wave) throws Exception {
        MockHttpServletResponse sheet = as(world.curator, post("/pairs/" + pair + "/questionnaires/links")
                .param("respondent", respondent).param("slot", "1").param("wave", wave));
        assertThat(sheet.getStatus()).isEqualTo(200);
        assertThat(sheet.getHeader("Cache-Control")).contains("no-store");
        String html = sheet.getContentAsString();
        assertThat(html).contains("data:image/png;base64,");
        Matcher m = Pattern.compile("data-path=\"(/q/[A-Za-z0-9_-]+)\"").matcher(html);
        assertThat(m.find()).as("the sheet shows the link").isTrue();
        return m.group(1);
    }

    private void paper(long pairId, Respondent respondent, Wave wave, int scale) {
        Questionnaires.PairInfo pair = questionnaires.pair(pairId);
        QuestionnaireTemplate t = questionnaires.current(pair.municipalityId(), pair.formId(), respondent)
                .orElseThrow();
        Questionnaires.Outcome outcome = questionnaires.submitPaper(pair, respondent, 1, wave,
                answers(t, scale, null), curatorId());
        assertThat(outcome.saved()).as("paper answer %s %s %s", respondent, wave, outcome).isTrue();
    }

    @Test
    void aLinkOpensOneQuestionnaireWithoutLoginOnceAndShowsNoName() throws Exception {
        long pair = world.pair(today);
        String surname = world.lastSurname;
        String path = issue(pair, "MENTEE", "ENTRY");
        String token = path.substring(3);
        assertThat(token.length()).as("a 256-bit token, base64url").isGreaterThanOrEqualTo(43);
        assertThat(jdbc.queryForObject("select count(*) from questionnaire_link where token_hash = ?", Integer.class,
                Questionnaires.hash(token))).as("only the hash is stored").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from questionnaire_link where token_hash = ?", Integer.class,
                token)).isZero();

        MockHttpServletResponse form = anonymous(get(path));
        assertThat(form.getStatus()).isEqualTo(200);
        String html = form.getContentAsString();
        assertThat(html).contains("Анкета наставляемого").contains("Эффективность программы наставничества");
        assertThat(html).doesNotContain(surname).doesNotContain("Наставникова").doesNotContain(world.schoolName)
                .doesNotContain("/pairs/");
        assertThat(form.getHeader("Cache-Control")).contains("no-store");

        QuestionnaireTemplate t = questionnaires.template(jdbc.queryForObject(
                "select template_id from questionnaire_link where token_hash = ?", Long.class,
                Questionnaires.hash(token)));
        // an incomplete answer is re-shown with Russian messages and nothing saved
        MockHttpServletResponse incomplete = anonymous(post(path));
        assertThat(incomplete.getStatus()).isEqualTo(200);
        assertThat(incomplete.getContentAsString()).contains("Ответьте на этот вопрос.");
        assertThat(questionnaires.responses(pair)).isEmpty();

        MockHttpServletResponse sent = anonymous(withAnswers(post(path), answers(t, 7, "Понравились встречи")));
        assertThat(sent.getStatus()).isEqualTo(200);
        assertThat(sent.getContentAsString()).contains("Спасибо, ответ получен");
        assertThat(questionnaires.responses(pair)).hasSize(1);

        MockHttpServletResponse again = anonymous(get(path));
        assertThat(again.getStatus()).isEqualTo(410);
        assertThat(again.getContentAsString()).contains("Ответ уже получен").doesNotContain("Эффективность");
        MockHttpServletResponse secondPost = anonymous(withAnswers(post(path), answers(t, 2, null)));
        assertThat(secondPost.getStatus()).isEqualTo(410);
        assertThat(questionnaires.responses(pair)).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from questionnaire_answer a join questionnaire_response r"
                + " on r.id = a.response_id where r.pair_id = ? and a.scale_value = 2", Integer.class, pair)).isZero();

        MockHttpServletResponse unknown = anonymous(get("/q/" + "A".repeat(43)));
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentAsString()).contains("Анкета не найдена");
        // the link answered, the curator cannot ask the same respondent and wave again
        MockHttpServletResponse refused = as(world.curator, post("/pairs/" + pair + "/questionnaires/links")
                .param("respondent", "MENTEE").param("slot", "1").param("wave", "ENTRY"));
        assertThat(refused.getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from questionnaire_link where pair_id = ?", Integer.class,
                pair)).isEqualTo(1);
    }

    @Test
    void aReplacedOrExpiredLinkOpensNothing() throws Exception {
        long pair = world.pair(today);
        String first = issue(pair, "MENTOR", "ENTRY");
        String second = issue(pair, "MENTOR", "ENTRY");
        MockHttpServletResponse old = anonymous(get(first));
        assertThat(old.getStatus()).isEqualTo(410);
        assertThat(old.getContentAsString()).contains("Ссылка больше не действует");
        assertThat(anonymous(get(second)).getStatus()).isEqualTo(200);
        jdbc.update("update questionnaire_link set expires_at = now() - interval '1 minute' where token_hash = ?",
                Questionnaires.hash(second.substring(3)));
        assertThat(anonymous(get(second)).getStatus()).isEqualTo(410);
        assertThat(anonymous(post(second)).getStatus()).isEqualTo(410);
    }

    @Test
    void answersAreStoredAgainstThePairNeverAPerson() {
        List<String> columns = jdbc.queryForList("select table_name || '.' || column_name from"
                + " information_schema.columns where table_schema = current_schema() and (table_name like"
                + " 'questionnaire%' or table_name = 'swot_analysis')", String.class);
        assertThat(columns).contains("questionnaire_response.pair_id", "questionnaire_response.respondent",
                "questionnaire_response.wave", "questionnaire_response.template_id");
        assertThat(columns).noneMatch(c -> c.contains("person") || c.contains("name") || c.contains("mentee_id")
                || c.contains("mentor_id"));
    }

    @Test
    void fewerThanFiveRespondentsGiveNoFigure() throws Exception {
        long a = world.pair(today);
        long b = world.pair(today);
        paper(a, Respondent.MENTEE, Wave.EXIT, 8);
        paper(a, Respondent.MENTOR, Wave.EXIT, 9);
        paper(b, Respondent.MENTEE, Wave.EXIT, 6);
        paper(b, Respondent.MENTOR, Wave.EXIT, 7);
        QuestionnaireFigures.Figure four = figures.satisfactionBySchool(world.municipalityId, year)
                .get(world.schoolId);
        assertThat(four.respondents()).isEqualTo(4);
        assertThat(four.mean()).isNull();
        String page = as(world.curator, get("/schools/" + world.schoolId + "/questionnaires")).getContentAsString();
        assertThat(page).contains("недостаточно ответов").doesNotContain("7,50");

        long c = world.pair(today);
        paper(c, Respondent.MENTEE, Wave.EXIT, 10);
        QuestionnaireFigures.Figure five = figures.satisfactionBySchool(world.municipalityId, year)
                .get(world.schoolId);
        assertThat(five.respondents()).isEqualTo(5);
        assertThat(five.mean()).isEqualTo(8.0);
        // the per-question rows split by role: mentees 3, mentors 2 — still too few each
        assertThat(figures.satisfaction(false, world.schoolId, year)).allSatisfy(r -> assertThat(r.stat().mean())
                .isNull());
    }

    @Test
    void growthIsExitMinusEntryForRespondentsWithBothWaves() throws Exception {
        int[][] scores = {{3, 8}, {4, 6}, {5, 5}, {6, 9}, {2, 7}};
        for (int[] s : scores) {
            long pair = world.pair(today);
            paper(pair, Respondent.MENTEE, Wave.ENTRY, s[0]);
            paper(pair, Respondent.MENTEE, Wave.EXIT, s[1]);
        }
        // a respondent with the exit wave only and one with the entry only are left out
        long exitOnly = world.pair(today);
        paper(exitOnly, Respondent.MENTOR, Wave.EXIT, 1);
        paper(exitOnly, Respondent.MENTEE, Wave.ENTRY, 10);
        QuestionnaireFigures.Figure growth = figures.growthBySchool(world.municipalityId, year).get(world.schoolId);
        assertThat(growth.respondents()).isEqualTo(5);
        // deltas 5, 2, 0, 3, 5 → mean 3
        assertThat(growth.mean()).isEqualTo(3.0);
        List<QuestionnaireFigures.Row> rows = figures.growth(false, world.schoolId, year);
        QuestionnaireFigures.Row effectiveness = rows.stream().filter(r -> r.metricKey().equals("effectiveness"))
                .findFirst().orElseThrow();
        assertThat(effectiveness.respondent()).isEqualTo(Respondent.MENTEE);
        assertThat(effectiveness.stat().respondents()).isEqualTo(5);
        assertThat(effectiveness.stat().mean()).isEqualTo(3.0);
        assertThat(effectiveness.stat().min()).isEqualTo(0);
        assertThat(effectiveness.stat().max()).isEqualTo(5);
        // sample standard deviation of 5, 2, 0, 3, 5: sqrt(18 / 4) = 2.12
        assertThat(effectiveness.stat().sd()).isEqualTo(2.12);
        // the municipality's page shows it, the other school of the municipality has too few
        String page = as(OwnMunicipality.DEPARTMENT, get("/municipalities/" + world.municipalityId
                + "/questionnaires")).getContentAsString();
        assertThat(page).contains(world.schoolName).contains("3,00").contains("недостаточно ответов");
    }

    @Test
    void onlyTheSchoolsCuratorSeesASingleAnswer() throws Exception {
        long pair = world.pair(today);
        paper(pair, Respondent.MENTEE, Wave.ENTRY, 4);
        long response = questionnaires.responses(pair).get(0).getId();
        MockHttpServletResponse own = as(world.curator, get("/questionnaire-responses/" + response));
        assertThat(own.getStatus()).isEqualTo(200);
        assertThat(own.getContentAsString()).contains("Эффективность программы наставничества");
        assertThat(as(world.head, get("/questionnaire-responses/" + response)).getStatus()).isEqualTo(403);
        assertThat(as(OwnMunicipality.DEPARTMENT, get("/questionnaire-responses/" + response)).getStatus())
                .isIn(403, 404);
        assertThat(as(world.otherCurator, get("/questionnaire-responses/" + response)).getStatus()).isEqualTo(404);
        assertThat(as(world.head, get("/pairs/" + pair + "/questionnaires")).getStatus()).isEqualTo(403);
        // the head reads the school's aggregates
        assertThat(as(world.head, get("/schools/" + world.schoolId + "/questionnaires")).getStatus()).isEqualTo(200);
    }

    @Test
    void anEditedTemplateIsANewVersionAndAnswersKeepTheirs() throws Exception {
        long pair = world.pair(today);
        paper(pair, Respondent.MENTOR, Wave.ENTRY, 5);
        Questionnaires.PairInfo info = questionnaires.pair(pair);
        QuestionnaireTemplate before = questionnaires.current(info.municipalityId(), info.formId(), Respondent.MENTOR)
                .orElseThrow();
        MockHttpServletRequestBuilder edit = post("/questionnaire-templates/" + before.getId())
                .param("title", before.getTitle() + " (ред.)").param("version", String.valueOf(before.getVersionNo()))
                .param("newKind", "SCALE").param("newText", "Насколько выросла уверенность в себе?");
        for (int i = 0; i < before.getQuestions().size(); i++) {
            TemplateQuestion q = before.getQuestions().get(i);
            edit.param("questionIds", String.valueOf(q.getId())).param("texts", q.getText())
                    .param("options", q.getOptions() == null ? "" : q.getOptions());
        }
        MockHttpServletResponse saved = as(OwnMunicipality.DEPARTMENT, edit);
        assertThat(saved.getStatus()).isEqualTo(302);
        QuestionnaireTemplate after = questionnaires.current(info.municipalityId(), info.formId(), Respondent.MENTOR)
                .orElseThrow();
        assertThat(after.getId()).isNotEqualTo(before.getId());
        assertThat(after.getVersionNo()).isEqualTo(before.getVersionNo() + 1);
        assertThat(after.getMunicipalityId()).isEqualTo(world.municipalityId);
        assertThat(after.getQuestions()).hasSize(before.getQuestions().size() + 1);
        assertThat(questionnaires.responses(pair).get(0).getTemplateId()).isEqualTo(before.getId());
        // a second edit of the old version is stale: 409 with the form kept
        MockHttpServletResponse stale = as(OwnMunicipality.DEPARTMENT, post("/questionnaire-templates/"
                + before.getId()).param("title", "Старая").param("version", String.valueOf(before.getVersionNo()))
                .param("questionIds", String.valueOf(before.getQuestions().get(0).getId()))
                .param("texts", "Текст").param("options", ""));
        assertThat(stale.getStatus()).isEqualTo(409);
        // the exit wave is asked with the new version; the growth still pairs the common parameters
        paper(pair, Respondent.MENTOR, Wave.EXIT, 7);
        assertThat(questionnaires.responses(pair).get(1).getTemplateId()).isEqualTo(after.getId());
        // the other municipalities keep the national version
        assertThat(jdbc.queryForObject("select count(*) from questionnaire_template where municipality_id is null"
                + " and id = ?", Integer.class, before.getId())).isEqualTo(1);
        jdbc.update("delete from questionnaire_response where template_id = ?", after.getId());
        jdbc.update("delete from questionnaire_template where id = ?", after.getId());
    }

    @Test
    void theFinalMeetingOffersTheExitWave() throws Exception {
        long pair = world.pair(today);
        tx.executeWithoutResult(s -> publisher.publishEvent(new PairFinished(pair, world.schoolId, 1L, today)));
        assertThat(questionnaires.exitOffer(pair)).isPresent();
        String page = as(world.curator, get("/pairs/" + pair + "/questionnaires")).getContentAsString();
        assertThat(page).contains("итоговое анкетирование");
    }

    @Test
    void theSwotAnalysisAndTheCuratorsQuestionnaireAreKeptPerYear() throws Exception {
        long formId = questionnaires.forms().get(0).id();
        MockHttpServletResponse saved = as(world.curator, post("/schools/" + world.schoolId
                + "/questionnaires/swot").param("formId", String.valueOf(formId)).param("version", "-1")
                .param("strengths", "Опытные наставники\nПоддержка администрации").param("threats", "Нагрузка"));
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(questionnaires.swot(world.schoolId, formId, year)).isPresent();
        String read = as(world.head, get("/schools/" + world.schoolId + "/questionnaires/swot?form=" + formId))
                .getContentAsString();
        assertThat(read).contains("Опытные наставники");
        assertThat(as(world.head, post("/schools/" + world.schoolId + "/questionnaires/swot")
                .param("formId", String.valueOf(formId)).param("version", "0")).getStatus()).isEqualTo(403);
        MockHttpServletResponse stale = as(world.curator, post("/schools/" + world.schoolId
                + "/questionnaires/swot").param("formId", String.valueOf(formId)).param("version", "-1")
                .param("strengths", "Другое"));
        assertThat(stale.getStatus()).isEqualTo(409);

        QuestionnaireTemplate curatorTemplate = questionnaires.current(world.municipalityId, null,
                Respondent.CURATOR).orElseThrow();
        MockHttpServletResponse curator = as(world.curator, withAnswers(post("/schools/" + world.schoolId
                + "/questionnaires/curator"), answers(curatorTemplate, 8, "Всё по плану")));
        assertThat(curator.getStatus()).isEqualTo(302);
        assertThat(questionnaires.curatorResponse(world.schoolId, year)).isPresent();
    }
}
