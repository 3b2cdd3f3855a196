package ru.edu.mentoring.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.mentoring.monitoring.Monitoring.Dashboard;
import ru.edu.mentoring.monitoring.Monitoring.SchoolLine;
import ru.edu.mentoring.pairing.FormCodes;
import ru.edu.mentoring.pairing.PairCommand;
import ru.edu.mentoring.pairing.PairingService;
import ru.edu.mentoring.people.RecordConsent;
import ru.edu.mentoring.people.ConsentGiver;
import ru.edu.mentoring.people.SaveMenteeEntry;
import ru.edu.mentoring.people.SaveMentorEntry;
import ru.edu.mentoring.people.PeopleRegistry;
import ru.edu.mentoring.people.PersonKind;
import ru.edu.mentoring.schools.SchoolForm;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * The SQL read model against hand-computed figures, on a municipality of its own:
 *
 * <pre>
 * school A (10 students in 2022 and 2023):
 *   P1 teacher T1 → {S1, S2}, 01.02.2023–31.05.2023 (completed)
 *   P2 student S1 → {S3}, from 01.09.2023 (active): S1 is mentee in P1 and mentor in P2
 *   P3 teacher T1 → {S4}, draft
 *   P0 teacher T1 → {S4}, 15.09.2022–20.12.2022 (completed)
 * school B (8 students in 2023, none in 2022):
 *   Q1 teacher T2 → {U1, S2}, from 01.03.2023 (active): S2 of school A takes part at B too
 * 2023 as of 31.12.2023: A = {S1, S2, S3} 3/10 = 30,0 %; B = {U1, S2} 2/8 = 25,0 %;
 *   municipality = {S1, S2, S3, U1} 4/18 = 22,2 % (not 5/18, not the mean 27,5 %)
 * 2023 as of 30.06.2023: A = {S1, S2} 20,0 %; B = {U1, S2} 25,0 %; municipality 3/18 = 16,7 %
 * 2022 as of 31.12.2022: A = {S4} 10,0 %; B no count; municipality 1/10 = 10,0 %
 * </pre>
 */
class CoverageSqlIntegrationTest extends IntegrationTest {

    static final String MUNICIPALITY = "Городской округ Проверочный (мониторинг)";

    @Autowired Schools schools;
    @Autowired PeopleRegistry people;
    @Autowired PairingService pairing;
    @Autowired org.springframework.context.ApplicationEventPublisher events;
    @Autowired JdbcTemplate jdbc;
    @Autowired Monitoring monitoring;
    @Autowired Targets targets;
    @Autowired MonitoringQueries queries;
    @Autowired ru.edu.mentoring.training.Trainings trainings;

    long municipality;
    long schoolA;
    long schoolB;

    @BeforeEach
    void fixture() {
        synchronized (CoverageSqlIntegrationTest.class) {
            if (schools.municipalityByName(MUNICIPALITY).isPresent()) {
                municipality = schools.municipalityByName(MUNICIPALITY).get();
                schoolA = jdbc.queryForObject("select min(id) from school where municipality_id = ?", Long.class,
                        municipality);
                schoolB = jdbc.queryForObject("select max(id) from school where municipality_id = ?", Long.class,
                        municipality);
                return;
            }
            municipality = schools.createMunicipality(MUNICIPALITY, "Свердловская область");
            schoolA = schools.createSchool(municipality, new SchoolForm("Школа А полностью", "Школа А",
                    SchoolKind.GENERAL, null, null, null));
            schoolB = schools.createSchool(municipality, new SchoolForm("Школа Б полностью", "Школа Б",
                    SchoolKind.GENERAL, null, null, null));
            schools.setStudentCount(schoolA, 2022, 10, null);
            schools.setStudentCount(schoolA, 2023, 10, null);
            schools.setStudentCount(schoolB, 2023, 8, null);

            long t1 = teacher(schoolA, "Первова");
            long s1 = student(schoolA, "Альфин", 9);
            long s2 = student(schoolA, "Бетин", 6);
            long s3 = student(schoolA, "Гаммин", 5);
            long s4 = student(schoolA, "Дельтин", 5);
            people.putInMentorBase(s1, new SaveMentorEntry("Помощь в учёбе", 2, null, null));
            for (long s : new long[] {s1, s2, s3, s4}) {
                if (s != s1) {
                    people.putInMenteeBase(s, new SaveMenteeEntry("Учёба", null));
                }
            }
            people.putInMenteeBase(s1, new SaveMenteeEntry("Учёба", null));
            long teacherStudent = pairing.formId(FormCodes.TEACHER_STUDENT).orElseThrow();
            long studentStudent = pairing.formId(FormCodes.STUDENT_STUDENT).orElseThrow();

            long p0 = pairing.register(schoolA, SchoolKind.GENERAL, form(teacherStudent, t1, Set.of(s4),
                    "2022-09-15", "2023-05-25"), true);
            pairing.complete(p0, pairing.currentVersion(p0), LocalDate.of(2022, 12, 20), "Итог");
            long p1 = pairing.register(schoolA, SchoolKind.GENERAL, form(teacherStudent, t1, Set.of(s1, s2),
                    "2023-02-01", "2023-05-31"), true);
            pairing.complete(p1, pairing.currentVersion(p1), LocalDate.of(2023, 5, 31), "Итог");
            pairing.register(schoolA, SchoolKind.GENERAL, form(studentStudent, s1, Set.of(s3), "2023-09-01",
                    "2024-05-31"), true);
            pairing.register(schoolA, SchoolKind.GENERAL, form(teacherStudent, t1, Set.of(s4), "2023-03-01",
                    "2024-05-31"), false);

            long t2 = teacher(schoolB, "Вторая");
            long u1 = student(schoolB, "Юпсилонов", 6);
            people.putInMenteeBase(u1, new SaveMenteeEntry("Учёба", null));
            long q1 = pairing.register(schoolB, SchoolKind.GENERAL, form(teacherStudent, t2, Set.of(u1),
                    "2023-03-01", "2024-05-31"), true);
            // The same student (one person id) taking part in a pair of another school of the municipality: the UI
            // keeps persons per school, so the record is made directly; the count must still take them once.
            jdbc.update("insert into pair_mentee (pair_id, person_id) values (?, ?)", q1, s2);
            events.publishEvent(new ru.edu.mentoring.pairing.PairChanged(schoolB, q1, false, Set.of())); // as the pairing module does for its SQL
            // the bases were formed before the first pair (mentors count as of a date only once in the base)
            people.setBasesIncludedOn(schoolA, LocalDate.of(2022, 9, 1), LocalDate.of(2022, 9, 1));
            people.setBasesIncludedOn(schoolB, LocalDate.of(2022, 9, 1), LocalDate.of(2022, 9, 1));
        }
    }

    private long teacher(long school, String surname) {
        long id = people.create(school, PersonKind.TEACHER, Fixtures.person(surname, "Анна", "Ивановна", null));
        Fixtures.ownConsent(people, id);
        people.putInMentorBase(id, new SaveMentorEntry("Предмет", 10, null, null));
        // trained: a course finished on 01.10.2022 (issue 20 point 2: training is a record, not a date on the entry)
        trainings.addCourse(id, new ru.edu.mentoring.training.Trainings.NewCourse("Курс", null, 36, null,
                LocalDate.of(2022, 10, 1), ru.edu.mentoring.training.DocType.CERTIFICATE, null, null, null), "test");
        return id;
    }

    private long student(long school, String surname, int grade) {
        long id = people.create(school, PersonKind.STUDENT, Fixtures.person(surname, "Иван", "Петрович", grade));
        for (int year = 2021; year <= 2025; year++) {
            people.setClass(id, year, Math.max(1, grade - (2026 - year)), "А");
        }
        people.recordConsent(id, new RecordConsent(LocalDate.of(2022, 9, 1), ConsentGiver.REPRESENTATIVE,
                "Родитель Ученика", "2022-1"));
        return id;
    }

    private static PairCommand form(long formId, long mentor, Set<Long> mentees, String start, String plannedEnd) {
        return new PairCommand(formId, null, mentor, mentees, null, LocalDate.parse(start), LocalDate.parse(plannedEnd),
                "Цель");
    }

    private Map<Long, SchoolLine> lines(Dashboard d) {
        return d.schools().stream().collect(Collectors.toMap(SchoolLine::id, Function.identity()));
    }

    @Test
    void endOf2023CountsEveryStudentOnceInTheSchoolAndOnceInTheMunicipality() {
        Dashboard d = monitoring.dashboard(municipality, null, LocalDate.of(2023, 12, 31));
        Map<Long, SchoolLine> lines = lines(d);
        assertThat(lines.get(schoolA).figure().involved()).isEqualTo(3);
        assertThat(lines.get(schoolA).figure().percent()).isEqualByComparingTo("30.0");
        assertThat(lines.get(schoolB).figure().involved()).isEqualTo(2);
        assertThat(lines.get(schoolB).figure().percent()).isEqualByComparingTo("25.0");
        assertThat(d.total().involved()).isEqualTo(4);
        assertThat(d.total().students()).isEqualTo(18);
        assertThat(d.total().percent()).isEqualByComparingTo("22.2");
        // default target of 2023 is 60 %: ceil(0,6 × 18) = 11 needed, 7 more
        assertThat(d.total().target()).isEqualByComparingTo("60.0");
        assertThat(d.total().met()).isFalse();
        assertThat(d.total().gap()).isEqualTo(7);
        assertThat(lines.get(schoolA).figure().gap()).isEqualTo(3);
    }

    @Test
    void anEarlierDateLeavesOutPairsThatStartLater() {
        Dashboard d = monitoring.dashboard(municipality, null, LocalDate.of(2023, 6, 30));
        Map<Long, SchoolLine> lines = lines(d);
        assertThat(lines.get(schoolA).figure().percent()).isEqualByComparingTo("20.0");
        assertThat(lines.get(schoolB).figure().percent()).isEqualByComparingTo("25.0");
        assertThat(d.total().involved()).isEqualTo(3);
        assertThat(d.total().percent()).isEqualByComparingTo("16.7");
    }

    @Test
    void theTrendUsesEachYearsOwnCountsAndLeavesASchoolWithoutACountOut() {
        Dashboard d = monitoring.dashboard(municipality, null, LocalDate.of(2023, 12, 31));
        assertThat(d.trend()).extracting(Monitoring.YearPoint::year).containsExactly(2020, 2021, 2022, 2023);
        Figure y2022 = d.trend().get(2).figure();
        assertThat(y2022.involved()).isEqualTo(1);
        assertThat(y2022.students()).isEqualTo(10);
        assertThat(y2022.percent()).isEqualByComparingTo("10.0");
        assertThat(y2022.target()).isEqualByComparingTo("45.0");
        Figure y2020 = d.trend().get(0).figure();
        assertThat(y2020.percent()).as("no count in 2020: no data, not 0 %").isNull();
        assertThat(y2020.state()).isEqualTo("noData");

        Dashboard in2022 = monitoring.dashboard(municipality, null, LocalDate.of(2022, 12, 31));
        assertThat(lines(in2022).get(schoolB).figure().percent()).isNull();
        assertThat(in2022.schoolsWithoutCount()).isEqualTo(1);
    }

    @Test
    void theSchoolDrillDownCountsByFormAndTheTeachersApart() {
        Dashboard d = monitoring.dashboard(municipality, schoolA, LocalDate.of(2023, 12, 31));
        assertThat(d.school().figure().involved()).isEqualTo(3);
        assertThat(d.studentsIn("учитель – ученик")).isEqualTo(2);
        assertThat(d.studentsIn("ученик – ученик")).isEqualTo(2);
        assertThat(d.school().pairsByForm()).containsEntry("учитель – ученик", 1L).containsEntry("ученик – ученик", 1L);
        // mentors in the base: T1 (trained) and S1 (not trained)
        assertThat(d.teachers().mentors()).isEqualTo(2);
        assertThat(d.teachers().trained()).isEqualTo(1);
        assertThat(d.teachers().pairsByStatus()).extracting(Monitoring.Count::n).containsExactly(1L, 1L, 1L, 0L);
    }

    @Test
    void aMunicipalityWithoutTargetsGetsTheDefaults() {
        assertThat(targets.byYear(municipality)).containsEntry(2020, new java.math.BigDecimal("15.0"))
                .containsEntry(2024, new java.math.BigDecimal("70.0"));
    }

    @Test
    void theAggregateStatementsArePlannedForTheirOwnValuesOnOneCoreInTheirTransactionOnly() {
        String settings = "select current_setting('plan_cache_mode') || ' '"
                + " || current_setting('max_parallel_workers_per_gather')";
        assertThat(queries.analytic(() -> jdbc.queryForObject(settings, String.class)))
                .isEqualTo("force_custom_plan 0");
        assertThat(jdbc.queryForObject(settings, String.class)).as("the pooled connections keep their defaults")
                .doesNotContain("force_custom_plan");
    }
}
