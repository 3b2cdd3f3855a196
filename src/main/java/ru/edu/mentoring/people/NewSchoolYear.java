package ru.edu.mentoring.people;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.shared.AcademicYear;

/**
 * «Перевод в следующий учебный год» (issue 17 point 7): one step moves every class of a school from academic year Y
 * into Y+1. A student of grades 1–10 gets the class grade+1 with the same letter in Y+1; an 11th-grader graduates: no
 * class in Y+1, the mark «выпускник Y/Y+1» ({@link Person#graduate}), out of the mentee and mentor bases, and no longer
 * counted among the school's registered students from Y+1. Their pairs stay as they are, so the coverage of the years
 * they took part in is unchanged. A student who already has a class in Y+1 keeps it (a re-lettering loaded from a file
 * wins), one already marked a graduate stays so, and a student whose processing stopped is left alone (read-only), so
 * a second run changes nothing. The run writes through JPA in one transaction (each new class leaves its audit row)
 * and keeps a {@link YearPromotion} record of what it did.
 */
@Service
public class NewSchoolYear {

    /** What happens to one grade: how many students go up, graduate, keep their class of Y+1 or are skipped. */
    public record Grade(int grade, int students, int promote, int graduate, int kept, int skipped) {

        /** The grade in Y+1, or 0 for graduates. */
        public int next() {
            return grade == 11 ? 0 : grade + 1;
        }
    }

    /** The plan of a school's step from Y into Y+1, by grade, with its totals. */
    public record Plan(int fromYear, List<Grade> grades, int students, int promote, int graduate, int kept,
            int skipped) {

        public String fromLabel() {
            return AcademicYear.label(fromYear);
        }

        public String toLabel() {
            return AcademicYear.label(fromYear + 1);
        }

        public boolean changesNothing() {
            return promote == 0 && graduate == 0;
        }
    }

    private final EntityManager em;
    private final YearPromotionRepository runs;
    private final People people;

    NewSchoolYear(EntityManager em, YearPromotionRepository runs, People people) {
        this.em = em;
        this.runs = runs;
        this.people = people;
    }

    /**
     * The years Y a school may be moved from now: the previous academic year (the September step, or a late one) and,
     * from 1 June, the current one (the school year ended). The last is the default.
     */
    public List<Integer> allowedYears() {
        LocalDate today = people.today();
        int current = AcademicYear.of(today);
        List<Integer> years = new ArrayList<>(List.of(current - 1));
        if (today.getMonthValue() >= 6 && today.getMonthValue() <= 8) {
            years.add(current);
        }
        return years;
    }

    /** The plan of the step from {@code fromYear}, written nowhere. */
    @Transactional(readOnly = true)
    public Plan preview(long schoolId, int fromYear) {
        return plan(load(schoolId, fromYear), fromYear);
    }

    /**
     * Runs the step in this transaction; returns what it did (nothing when it had nothing to do, and then no record is
     * kept). The caller checks the user's right and that {@code fromYear} is one of {@link #allowedYears}.
     */
    @Transactional
    public Plan run(long schoolId, int fromYear, Long userId) {
        List<Row> rows = load(schoolId, fromYear);
        Plan plan = plan(rows, fromYear);
        if (plan.changesNothing()) {
            return plan;
        }
        em.unwrap(Session.class).setJdbcBatchSize(100);
        List<Long> graduates = new ArrayList<>();
        for (Row r : rows) {
            switch (r.action()) {
                case PROMOTE -> em.persist(new StudentClass(r.person().getId(), fromYear + 1, r.current().getGrade() + 1,
                        r.current().getLetter()));
                case GRADUATE -> {
                    r.person().graduate(fromYear);
                    graduates.add(r.person().getId());
                }
                default -> { }
            }
        }
        if (!graduates.isEmpty()) {
            em.createQuery("select m from MenteeProfile m where m.personId in :ids", MenteeProfile.class)
                    .setParameter("ids", graduates).getResultList().forEach(MenteeProfile::leaveBase);
            em.createQuery("select m from MentorProfile m where m.personId in :ids", MentorProfile.class)
                    .setParameter("ids", graduates).getResultList().forEach(MentorProfile::leaveBase);
        }
        runs.save(new YearPromotion(schoolId, fromYear, plan.promote(), plan.graduate(), plan.kept(), plan.skipped(),
                userId));
        em.flush();
        return plan;
    }

    /** The school's earlier runs, newest first. */
    @Transactional(readOnly = true)
    public List<YearPromotion> history(long schoolId) {
        return runs.findBySchoolIdOrderByRunAtDesc(schoolId);
    }

    enum Action { PROMOTE, GRADUATE, KEPT, SKIPPED }

    record Row(Person person, StudentClass current, Action action) {}

    /** The school's students with a class in Y, each with what the step does to them. Three queries. */
    private List<Row> load(long schoolId, int fromYear) {
        List<Object[]> found = em.createQuery("select p, c from Person p, StudentClass c where c.key.personId = p.id"
                        + " and p.schoolId = :s and p.kind = :k and p.anonymisedOn is null and c.key.academicYear = :y",
                        Object[].class)
                .setParameter("s", schoolId).setParameter("k", PersonKind.STUDENT).setParameter("y", fromYear)
                .getResultList();
        Set<Long> hasNext = new HashSet<>(em.createQuery("select c.key.personId from StudentClass c, Person p"
                        + " where c.key.personId = p.id and p.schoolId = :s and c.key.academicYear = :y", Long.class)
                .setParameter("s", schoolId).setParameter("y", fromYear + 1).getResultList());
        List<Row> rows = new ArrayList<>(found.size());
        for (Object[] pc : found) {
            Person p = (Person) pc[0];
            StudentClass c = (StudentClass) pc[1];
            Action action;
            if (hasNext.contains(p.getId()) || p.getGraduatedIn() != null) {
                action = Action.KEPT;
            } else if (p.processingStopped() || c.getGrade() < 1 || c.getGrade() > 11) {
                action = Action.SKIPPED;
            } else {
                action = c.getGrade() == 11 ? Action.GRADUATE : Action.PROMOTE;
            }
            rows.add(new Row(p, c, action));
        }
        return rows;
    }

    private static Plan plan(List<Row> rows, int fromYear) {
        Map<Integer, int[]> byGrade = new TreeMap<>();
        int[] total = new int[5];
        for (Row r : rows) {
            int[] g = byGrade.computeIfAbsent(r.current().getGrade(), k -> new int[5]);
            int i = 1 + r.action().ordinal();
            g[0]++;
            g[i]++;
            total[0]++;
            total[i]++;
        }
        List<Grade> grades = new ArrayList<>();
        byGrade.forEach((grade, g) -> grades.add(new Grade(grade, g[0], g[1], g[2], g[3], g[4])));
        return new Plan(fromYear, grades, total[0], total[1], total[2], total[3], total[4]);
    }
}
