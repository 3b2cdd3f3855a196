package ru.edu.mentoring.contests;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.people.Participant;
import ru.edu.mentoring.people.People;

/**
 * The demo municipality's contests, made through the same rules as in the browser: «Лучший педагог-наставник» of the
 * demo year with applications of three schools, a jury of three with every score entered and published results (two
 * applications share the first place), and «Лучшие практики наставничества» taking applications.
 */
@Component
public class ContestsDemoRecords {

    private final Contests contests;
    private final ContestRepository contestRepository;
    private final ContestCriterionRepository criteria;
    private final People people;
    private final Clock clock;

    ContestsDemoRecords(Contests contests, ContestRepository contestRepository, ContestCriterionRepository criteria,
            People people, Clock clock) {
        this.contests = contests;
        this.contestRepository = contestRepository;
        this.criteria = criteria;
        this.people = people;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean any(long municipalityId) {
        return !contestRepository.findByMunicipalityIdOrderByYearDescIdDesc(municipalityId).isEmpty();
    }

    /** A tiny PDF standing for a scanned paper (the demo's application forms). */
    static byte[] demoPdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Loads both contests.
     *
     * @param applicants the curators of the three applying schools, each with their school's id
     * @param jury three users of the municipality; a juror bound to an applying school does not score it
     */
    @Transactional
    public void load(long municipalityId, CurrentUser department, Map<Long, CurrentUser> applicants,
            List<CurrentUser> jury) {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        long mentorContest = contests.create(department, municipalityId, new ContestCommand(
                "Лучший педагог-наставник", ContestLevel.MUNICIPAL, year, ContestType.MENTOR, today.minusDays(60),
                today.minusDays(40), today.minusDays(39), today.minusDays(20), today.minusDays(15)));
        contests.uploadRegulation(department, mentorContest, "polozhenie-luchshiy-pedagog-nastavnik.pdf",
                demoPdf("Polozhenie o konkurse"));
        contests.addNomination(department, mentorContest, "Наставник молодого педагога");
        contests.copyTemplate(department, mentorContest, "KOMI_MENTOR_OF_YEAR");
        advance(department, mentorContest);
        List<Long> applications = new ArrayList<>();
        long nomination = contests.nominations(mentorContest).get(0).id();
        for (Map.Entry<Long, CurrentUser> e : applicants.entrySet()) {
            Participant mentor = people.mentorBase(e.getKey(), today).stream().filter(p -> !p.minor()).findFirst()
                    .orElse(null);
            if (mentor == null) {
                continue;
            }
            applications.add(contests.apply(e.getValue(), mentorContest, new Contests.Apply(e.getKey(), nomination,
                    mentor.id(), null, null, null, List.of(new Contests.Upload("APPLICATION", "zayavka.pdf",
                            demoPdf("Zayavka"))))));
        }
        for (CurrentUser juror : jury) {
            contests.addJuror(department, mentorContest, juror.id());
        }
        advance(department, mentorContest);
        List<ContestCriterion> sheet = criteria.findByContestIdOrderByPositionAscIdAsc(mentorContest);
        // per application, per juror: the points of the four criteria (3 × yes/no of 20, experience band 1–5)
        int[][][] plan = {
            {{20, 20, 20, 5}, {20, 20, 0, 4}, {20, 0, 0, 3}},
            {{20, 20, 0, 4}, {20, 20, 0, 4}, {20, 20, 0, 4}},
            {{20, 0, 0, 3}, {20, 0, 0, 3}, {0, 20, 0, 3}}};
        for (int a = 0; a < applications.size(); a++) {
            int slot = 0;
            for (CurrentUser juror : jury) {
                long app = applications.get(a);
                if (!contests.application(juror, app).mayScore()) {
                    continue;
                }
                int[] points = plan[Math.min(a, 2)][Math.min(slot++, 2)];
                List<Contests.Given> given = new ArrayList<>();
                for (int i = 0; i < sheet.size(); i++) {
                    int p = i < points.length ? points[i] : sheet.get(i).getMinPoints();
                    given.add(new Contests.Given(sheet.get(i).getId(), p, p > 0 ? "Портфолио наставника, раздел "
                            + (i + 1) : null));
                }
                contests.score(juror, app, given, "Оценено по материалам заявки.");
            }
        }
        // with the jury's demo plan the first two applications share the first place
        if (!applications.isEmpty()) {
            advance(department, mentorContest);
        }

        long practiceContest = contests.create(department, municipalityId, new ContestCommand(
                "Лучшие практики наставничества", ContestLevel.MUNICIPAL, year, ContestType.PRACTICE,
                today.minusDays(5), today.plusDays(20), today.plusDays(21), today.plusDays(40), today.plusDays(45)));
        contests.addNomination(department, practiceContest, "Наставничество в сфере образования");
        contests.copyTemplate(department, practiceContest, "MARI_EL_PRACTICES");
        advance(department, practiceContest);
    }

    private void advance(CurrentUser department, long contestId) {
        contests.advance(department, contestId, contests.contest(contestId).getVersion());
    }
}
