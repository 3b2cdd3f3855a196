package ru.edu.mentoring.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.pairing.PairingService;
import ru.edu.mentoring.people.People;
import ru.edu.mentoring.people.PeopleRegistry;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.IntegrationTest;
import ru.edu.mentoring.support.OwnMunicipality;

/**
 * Issue 20, point 3, against the real database and the web layer: the meeting log and its rules, the final meeting
 * that completes the pair (and publishes {@link PairFinished}), a closed pair refusing another final meeting, the
 * stalled flag on the curator's home page after N days (and gone after a meeting), the plan, the school's settings,
 * the final event of the year and the municipal summary with its XLSX.
 */
@RecordApplicationEvents
class MeetingsIntegrationTest extends IntegrationTest {

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
    Meetings meetings;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationEvents events;

    MeetingWorld world;
    LocalDate today;

    @BeforeEach
    void world() {
        world = MeetingWorld.create(schools, accounts, registry, pairing, jdbc);
        today = people.today();
    }

    private MockHttpServletResponse as(String username, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(users.loadUserByUsername(username)))).andReturn()
                .getResponse();
    }

    private org.springframework.test.web.servlet.MvcResult result(String username,
            MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(users.loadUserByUsername(username)))).andReturn();
    }

    private MockHttpServletRequestBuilder meeting(long pair, MeetingType type, LocalDate on, String outcome) {
        MockHttpServletRequestBuilder r = post("/pairs/" + pair + "/meetings").param("type", type.name())
                .param("date", on.toString()).param("time", "15:00").param("durationMin", "40")
                .param("format", "IN_PERSON").param("topic", "Тема").param("outcome", outcome).param("version", "0")
                .param("curatorPresent", "true");
        for (long id : members(pair)) {
            r.param("participantIds", Long.toString(id));
        }
        return r;
    }

    private List<Long> members(long pair) {
        return jdbc.queryForList("select mentor_id from mentoring_pair where id = ? union all"
                + " select person_id from pair_mentee where pair_id = ?", Long.class, pair, pair);
    }

    private String status(long pair) {
        return jdbc.queryForObject("select status from mentoring_pair where id = ?", String.class, pair);
    }

    private int finals(long pair) {
        return jdbc.queryForObject("select count(*) from meeting where pair_id = ? and type = 'FINAL'", Integer.class,
                pair);
    }

    @Test
    void theFinalMeetingCompletesThePairAndPublishesPairFinished() throws Exception {
        long pair = world.pair(today, 60);
        assertThat(as(world.curator, meeting(pair, MeetingType.ACQUAINTANCE, today.minusDays(50), "")).getStatus())
                .isEqualTo(302);
        assertThat(status(pair)).isEqualTo("ACTIVE");

        MockHttpServletResponse r = as(world.curator, meeting(pair, MeetingType.FINAL, today.minusDays(1),
                "Цели достигнуты, проект защищён"));
        assertThat(r.getStatus()).isEqualTo(302);
        assertThat(r.getRedirectedUrl()).isEqualTo("/pairs/" + pair + "/meetings");
        assertThat(status(pair)).isEqualTo("COMPLETED");
        assertThat(jdbc.queryForObject("select end_date from mentoring_pair where id = ?", LocalDate.class, pair))
                .isEqualTo(today.minusDays(1));
        assertThat(jdbc.queryForObject("select result from mentoring_pair where id = ?", String.class, pair))
                .isEqualTo("Цели достигнуты, проект защищён");
        assertThat(events.stream(PairFinished.class).filter(e -> e.pairId() == pair).toList()).singleElement()
                .satisfies(e -> {
                    assertThat(e.schoolId()).isEqualTo(world.schoolId);
                    assertThat(e.on()).isEqualTo(today.minusDays(1));
                });
        String page = as(world.curator, get("/pairs/" + pair + "/meetings")).getContentAsString();
        assertThat(page).contains("завершена").contains("Итоговая встреча");
    }

    @Test
    void aSecondFinalMeetingOnAClosedPairIsRefusedWithARussianMessage() throws Exception {
        long pair = world.pair(today, 30);
        as(world.curator, meeting(pair, MeetingType.FINAL, today, "Итоги подведены"));
        assertThat(status(pair)).isEqualTo("COMPLETED");

        var again = result(world.curator, meeting(pair, MeetingType.FINAL, today, "Ещё раз"));
        assertThat(again.getResponse().getStatus()).isEqualTo(302);
        assertThat(again.getFlashMap().get("flashError")).isEqualTo("meeting.error.pairClosed");
        assertThat(finals(pair)).isEqualTo(1);
        assertThat(result(world.curator, get("/pairs/" + pair + "/meetings/new")).getFlashMap().get("flashError"))
                .isEqualTo("meeting.error.pairClosed");
    }

    @Test
    void theOneFinalRuleHoldsInTheServiceAndInTheDatabase() throws Exception {
        long pair = world.pair(today, 30);
        long first = jdbc.queryForObject("insert into meeting (pair_id, school_id, type, starts_at, duration_min,"
                + " format) values (?, ?, 'FINAL', now() - interval '1 day', 40, 'IN_PERSON') returning id", Long.class,
                pair, world.schoolId);
        assertThat(first).isPositive();
        // the pair is still running (the row was written behind the service's back): the rule refuses a second one
        MockHttpServletResponse r = as(world.curator, meeting(pair, MeetingType.FINAL, today, "Итоги"));
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentAsString()).contains("Итоговая встреча у пары уже есть");
        assertThat(status(pair)).isEqualTo("ACTIVE");
        assertThat(finals(pair)).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("insert into meeting (pair_id,"
                + " school_id, type, starts_at, duration_min, format) values (?, ?, 'FINAL', now(), 40, 'IN_PERSON')",
                pair, world.schoolId)).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void theOrderRulesWarnButSaveAndTheFormRefusesWhatCannotBe() throws Exception {
        long pair = world.pair(today, 40);
        assertThat(as(world.curator, meeting(pair, MeetingType.WORKING, today.minusDays(30), "")).getStatus())
                .isEqualTo(302);
        String page = as(world.curator, get("/pairs/" + pair + "/meetings")).getContentAsString();
        assertThat(page).contains("Первой рекомендуется встреча-знакомство")
                .contains("Рабочая встреча проведена до встречи-планирования");
        // refused: before the pair's start, in the future, a final meeting without its result, a stranger
        assertThat(as(world.curator, meeting(pair, MeetingType.TRIAL, today.minusDays(41), "")).getContentAsString())
                .contains("Встреча не может быть раньше начала работы пары");
        assertThat(as(world.curator, meeting(pair, MeetingType.TRIAL, today.plusDays(1), "")).getContentAsString())
                .contains("Встреча ещё не прошла");
        assertThat(as(world.curator, meeting(pair, MeetingType.FINAL, today, "")).getContentAsString())
                .contains("Опишите результат итоговой встречи");
        long stranger = world.pair(today, 10);
        MockHttpServletRequestBuilder foreign = post("/pairs/" + pair + "/meetings").param("type", "TRIAL")
                .param("date", today.toString()).param("time", "10:00").param("durationMin", "40")
                .param("format", "REMOTE").param("version", "0")
                .param("participantIds", members(stranger).get(0).toString());
        assertThat(as(world.curator, foreign).getContentAsString())
                .contains("Участниками встречи могут быть только наставник и наставляемые этой пары");
        assertThat(jdbc.queryForObject("select count(*) from meeting where pair_id = ?", Integer.class, pair))
                .isEqualTo(1);
        assertThat(status(pair)).isEqualTo("ACTIVE");
    }

    @Test
    void theNewMeetingFormHasTheDefaultsOfAQuickEntry() throws Exception {
        long pair = world.pair(today, 20);
        String form = as(world.curator, get("/pairs/" + pair + "/meetings/new")).getContentAsString();
        assertThat(form).contains("value=\"" + today + "\"").contains("value=\"40\"")
                .containsPattern("value=\"IN_PERSON\"[^>]*checked")
                .containsPattern("value=\"ACQUAINTANCE\"[^>]*checked");
        as(world.curator, meeting(pair, MeetingType.ACQUAINTANCE, today.minusDays(5), ""));
        assertThat(as(world.curator, get("/pairs/" + pair + "/meetings/new")).getContentAsString())
                .containsPattern("value=\"TRIAL\"[^>]*checked");
    }

    @Test
    void aPairWithoutAMeetingForNDaysIsFlaggedOnTheHomePageUntilAMeeting() throws Exception {
        long stalled = world.pair(today, 45);
        long fresh = world.pair(today, 10);
        assertThat(meetings.stalledPairs(world.schoolId)).extracting(Meetings.StalledPair::pairId)
                .containsExactly(stalled);
        String home = as(world.curator, get("/")).getContentAsString();
        assertThat(home).contains("/pairs/" + stalled + "/meetings").doesNotContain("/pairs/" + fresh + "/meetings");

        // the school's N: 50 days, then none of them is stalled; back to 30
        String settings = as(world.curator, get("/schools/" + world.schoolId + "/meetings/settings"))
                .getContentAsString();
        assertThat(settings).contains("value=\"30\"");
        assertThat(as(world.curator, post("/schools/" + world.schoolId + "/meetings/settings")
                .param("stallDays", "50").param("version", "-1")).getStatus()).isEqualTo(302);
        assertThat(meetings.stalledPairs(world.schoolId)).isEmpty();
        assertThat(as(world.curator, post("/schools/" + world.schoolId + "/meetings/settings")
                .param("stallDays", "0").param("version", "0")).getContentAsString())
                .contains("Укажите число дней от 1 до 365");
        as(world.curator, post("/schools/" + world.schoolId + "/meetings/settings").param("stallDays", "30")
                .param("version", "0"));
        assertThat(meetings.stallDays(world.schoolId)).isEqualTo(30);
        assertThat(meetings.stalledPairs(world.schoolId)).extracting(Meetings.StalledPair::pairId)
                .containsExactly(stalled);

        // a meeting 31 days ago still leaves it stalled; one today clears the flag
        as(world.curator, meeting(stalled, MeetingType.ACQUAINTANCE, today.minusDays(31), ""));
        assertThat(meetings.stalledPairs(world.schoolId)).extracting(Meetings.StalledPair::pairId)
                .containsExactly(stalled);
        as(world.curator, meeting(stalled, MeetingType.TRIAL, today, ""));
        assertThat(meetings.stalledPairs(world.schoolId)).isEmpty();
        assertThat(as(world.curator, get("/")).getContentAsString()).doesNotContain("/pairs/" + stalled + "/meetings");
    }

    @Test
    void theStaleSettingsFormIsShownAgainWithTheConflictNotice() throws Exception {
        as(world.curator, post("/schools/" + world.schoolId + "/meetings/settings").param("stallDays", "20")
                .param("version", "-1"));
        // a second form opened before the first save still says «no setting yet»
        MockHttpServletResponse stale = as(world.curator, post("/schools/" + world.schoolId + "/meetings/settings")
                .param("stallDays", "25").param("version", "-1"));
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains("data-testid=\"conflict\"").contains("value=\"25\"");
        assertThat(meetings.stallDays(world.schoolId)).isEqualTo(20);
    }

    @Test
    void anActivityOfThePlanIsAddedChangedAndTickedDone() throws Exception {
        long pair = world.pair(today, 20);
        assertThat(as(world.curator, post("/pairs/" + pair + "/plan").param("section", "Учёба")
                .param("activity", "Разбор трудных тем").param("dueDate", today.plusDays(30).toString())
                .param("format", "очно").param("expectedResult", "Без двоек").param("version", "0")).getStatus())
                .isEqualTo(302);
        long id = jdbc.queryForObject("select id from plan_activity where pair_id = ?", Long.class, pair);
        assertThat(as(world.curator, post("/plan/" + id).param("activity", "Разбор трудных тем по алгебре")
                .param("version", "0")).getStatus()).isEqualTo(302);
        assertThat(as(world.curator, post("/plan/" + id + "/done").param("version", "1").param("done", "true"))
                .getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForMap("select activity, done, done_date from plan_activity where id = ?", id))
                .containsEntry("activity", "Разбор трудных тем по алгебре").containsEntry("done", true)
                .containsEntry("done_date", java.sql.Date.valueOf(today));
        assertThat(as(world.curator, post("/plan/" + id).param("activity", "Старое").param("version", "0"))
                .getStatus()).isEqualTo(409);
        assertThat(as(world.curator, get("/pairs/" + pair + "/meetings")).getContentAsString())
                .contains("Разбор трудных тем по алгебре").contains("выполнено");
    }

    @Test
    void theFinalEventIsOnePerSchoolAndYear() throws Exception {
        int year = ru.edu.mentoring.shared.AcademicYear.of(today);
        long mentor = jdbc.queryForObject("select mentor_id from mentoring_pair where id = ?", Long.class,
                world.pair(today, 20));
        MockHttpServletRequestBuilder save = post("/schools/" + world.schoolId + "/final-event")
                .param("year", Integer.toString(year)).param("eventDate", today.toString())
                .param("format", "Фестиваль наставничества").param("participantsCount", "120")
                .param("cases", "Кейс «Равный – равному»").param("publicationUrl", "https://example.org/itogi")
                .param("mentorIds", Long.toString(mentor)).param("version", "-1");
        assertThat(as(world.curator, save).getStatus()).isEqualTo(302);
        // a second «new» event of the same year is a stale form, not a second row
        assertThat(as(world.curator, save).getStatus()).isEqualTo(409);
        assertThat(jdbc.queryForObject("select count(*) from final_event where school_id = ? and academic_year = ?",
                Integer.class, world.schoolId, year)).isEqualTo(1);
        assertThat(jdbc.queryForList("select person_id from final_event_mentor fm join final_event e on e.id ="
                + " fm.event_id where e.school_id = ?", Long.class, world.schoolId)).containsExactly(mentor);
        String page = as(OwnMunicipality.DEPARTMENT, get("/schools/" + world.schoolId + "/final-event?year=" + year))
                .getContentAsString();
        assertThat(page).contains("Фестиваль наставничества").contains("120").contains("https://example.org/itogi");
        assertThat(as(world.curator, post("/schools/" + world.schoolId + "/final-event").param("year",
                Integer.toString(year)).param("eventDate", today.minusYears(2).toString()).param("format", "x")
                .param("participantsCount", "1").param("version", "0")).getContentAsString())
                .contains("Дата должна относиться к");
    }

    @Test
    void theMunicipalSummaryCountsMeetingsPairsAndFinalsPerSchoolWithXlsx() throws Exception {
        long a = world.pair(today, 40);
        long b = world.pair(today, 40);
        as(world.curator, meeting(a, MeetingType.ACQUAINTANCE, today.minusDays(20), ""));
        as(world.curator, meeting(a, MeetingType.FINAL, today, "Итоги"));
        as(world.curator, meeting(b, MeetingType.ACQUAINTANCE, today.minusDays(3), ""));
        int year = ru.edu.mentoring.shared.AcademicYear.of(today);
        boolean sameYear = ru.edu.mentoring.shared.AcademicYear.of(today.minusDays(20)) == year;
        assertThat(meetings.stats(List.of(world.schoolId), year).get(world.schoolId)).isEqualTo(sameYear
                ? new Meetings.SchoolStats(world.schoolId, 2, 3, 1)
                : meetings.stats(List.of(world.schoolId), year).get(world.schoolId));
        String page = as(OwnMunicipality.DEPARTMENT, get("/meetings/summary")).getContentAsString();
        assertThat(page).contains("Журнал встреч: сводка").contains(world.schoolName);
        MockHttpServletResponse xlsx = as(OwnMunicipality.DEPARTMENT, get("/meetings/summary.xlsx"));
        assertThat(xlsx.getStatus()).isEqualTo(200);
        assertThat(xlsx.getHeader("Content-Disposition")).contains("meetings-summary-" + year + ".xlsx");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                xlsx.getContentAsByteArray()))) {
            var sheet = book.getSheetAt(0);
            boolean found = false;
            for (var row : sheet) {
                if (row.getCell(0) != null && world.schoolName.equals(row.getCell(0).toString())) {
                    found = true;
                    if (sameYear) {
                        assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(2);
                        assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(3);
                        assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(1.5);
                        assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(1);
                    }
                }
            }
            assertThat(found).as("the school's row in the XLSX").isTrue();
        }
        // curators and heads have their schools' pages, not the municipal summary
        assertThat(as(world.curator, get("/meetings/summary")).getStatus()).isEqualTo(403);
    }

    @Test
    void theFinalMeetingCannotBeTurnedIntoAnOrdinaryOneAndAnEditIsVersioned() throws Exception {
        long pair = world.pair(today, 30);
        as(world.curator, meeting(pair, MeetingType.ACQUAINTANCE, today.minusDays(2), ""));
        long id = jdbc.queryForObject("select id from meeting where pair_id = ?", Long.class, pair);
        MockHttpServletRequestBuilder edit = post("/meetings/" + id).param("type", "FINAL")
                .param("date", today.minusDays(2).toString()).param("time", "15:00").param("durationMin", "45")
                .param("format", "REMOTE").param("outcome", "Итоги").param("version", "0")
                .param("participantIds", members(pair).get(0).toString());
        assertThat(as(world.curator, edit).getContentAsString()).contains("Итоговую встречу нельзя сделать обычной");
        MockHttpServletRequestBuilder ok = post("/meetings/" + id).param("type", "ACQUAINTANCE")
                .param("date", today.minusDays(2).toString()).param("time", "15:00").param("durationMin", "45")
                .param("format", "REMOTE").param("version", "0")
                .param("participantIds", members(pair).get(0).toString());
        assertThat(as(world.curator, ok).getStatus()).isEqualTo(302);
        assertThat(as(world.curator, ok).getStatus()).isEqualTo(409);
        assertThat(jdbc.queryForObject("select duration_min from meeting where id = ?", Integer.class, id))
                .isEqualTo(45);
        assertThat(status(pair)).isEqualTo("ACTIVE");
    }
}
