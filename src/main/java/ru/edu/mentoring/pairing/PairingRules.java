package ru.edu.mentoring.pairing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ru.edu.mentoring.people.Category;
import ru.edu.mentoring.people.Participant;
import ru.edu.mentoring.schools.SchoolKind;

/** The rules a pair or group must follow. Pure: every input is given, every breach is returned with a message key. */
final class PairingRules {

    static final int MAX_GROUP = 30;

    private PairingRules() {}

    /** A rule broken: the form field it belongs to, a message key and its arguments. */
    record Violation(String field, String code, Object... args) {}

    /**
     * @param activating whether the pair is (or is about to be) ACTIVE: capacity and busy mentees apply then (consent
     *     applies to drafts too)
     * @param mentorLoad the mentees the mentor already has in other active pairs
     * @param menteesBusyInForm mentees already in another active pair of the same form
     */
    record Proposal(FormSpec form, boolean variationOfForm, TeacherFormat format, Participant mentor,
            List<Participant> mentees, LocalDate start, LocalDate plannedEnd, long schoolId, SchoolKind schoolKind,
            boolean activating, int mentorLoad, Set<Long> menteesBusyInForm, boolean past) {

        /** A pair of today (not one of past years, see {@link #past}). */
        Proposal(FormSpec form, boolean variationOfForm, TeacherFormat format, Participant mentor,
                List<Participant> mentees, LocalDate start, LocalDate plannedEnd, long schoolId, SchoolKind schoolKind,
                boolean activating, int mentorLoad, Set<Long> menteesBusyInForm) {
            this(form, variationOfForm, format, mentor, mentees, start, plannedEnd, schoolId, schoolKind, activating,
                    mentorLoad, menteesBusyInForm, false);
        }

        /** «2022/23»: the academic year the pair starts in, whose classes the rules read. */
        String yearLabel() {
            return ru.edu.mentoring.shared.AcademicYear.label(
                    ru.edu.mentoring.shared.AcademicYear.of(start == null ? LocalDate.now() : start));
        }
    }

    static List<Violation> check(Proposal p) {
        List<Violation> v = new ArrayList<>();
        FormSpec form = p.form();
        if (!form.appliesTo().contains(p.schoolKind())) {
            v.add(new Violation("formId", "pair.rule.formNotForSchool", form.name()));
        }
        if (!p.variationOfForm()) {
            v.add(new Violation("variationId", "pair.rule.variation", form.name()));
        }
        if (form.teacherFormat() && p.format() == null) {
            v.add(new Violation("teacherFormat", "pair.rule.formatRequired"));
        }
        if (!p.past() && p.start() != null && p.plannedEnd() != null && !p.plannedEnd().isAfter(p.start())) {
            v.add(new Violation("plannedEnd", "pair.rule.datesOrder"));
        }
        if (p.mentees().isEmpty()) {
            v.add(new Violation("menteeIds", "pair.rule.noMentees"));
        }
        if (p.mentees().size() > MAX_GROUP) {
            v.add(new Violation("menteeIds", "pair.rule.groupTooLarge", MAX_GROUP));
        }
        Participant mentor = p.mentor();
        if (mentor == null) {
            v.add(new Violation("mentorId", "pair.rule.mentorRequired"));
            return v;
        }
        checkMentor(p, form, mentor, v);
        Set<Long> seen = new HashSet<>();
        for (Participant mentee : p.mentees()) {
            if (!seen.add(mentee.id())) {
                continue;
            }
            checkMentee(p, form, mentor, mentee, v);
        }
        if (p.activating() && mentor.capacity() != null
                && p.mentorLoad() + p.mentees().size() > mentor.capacity()) {
            v.add(new Violation("mentorId", "pair.rule.capacity", genitive(mentor), mentor.capacity(),
                    p.mentorLoad()));
        }
        return v;
    }

    /** What a running pair's amendment must follow: its planned end after its start. */
    static List<Violation> checkAmendment(LocalDate start, LocalDate plannedEnd) {
        return plannedEnd != null && !plannedEnd.isAfter(start)
                ? List.of(new Violation("plannedEnd", "pair.rule.datesOrder")) : List.of();
    }

    /**
     * What a pair of a past academic year must follow besides the rules of any pair (issue 17 point 7): the year one of
     * 2018/19 … last year, its start and end dates within that year (1 September – 31 August), the end after the start,
     * and the reason of a termination.
     *
     * @param academicYear the year it starts in (2022 for 2022/23), or null
     * @param currentYear the academic year of today
     */
    static List<Violation> checkPast(Integer academicYear, int currentYear, LocalDate start, LocalDate end,
            PairStatus outcome, String text) {
        List<Violation> v = new ArrayList<>();
        if (academicYear == null || academicYear < FIRST_PAST_YEAR || academicYear >= currentYear) {
            v.add(new Violation("academicYear", "pair.past.yearInvalid",
                    ru.edu.mentoring.shared.AcademicYear.label(FIRST_PAST_YEAR),
                    ru.edu.mentoring.shared.AcademicYear.label(currentYear - 1)));
            return v;
        }
        LocalDate first = LocalDate.of(academicYear, 9, 1);
        LocalDate last = LocalDate.of(academicYear + 1, 8, 31);
        String label = ru.edu.mentoring.shared.AcademicYear.label(academicYear);
        if (start != null && (start.isBefore(first) || start.isAfter(last))) {
            v.add(new Violation("startDate", "pair.past.dateOutsideYear", label));
        }
        if (end != null && (end.isBefore(first) || end.isAfter(last))) {
            v.add(new Violation("endDate", "pair.past.dateOutsideYear", label));
        }
        if (start != null && end != null && !end.isAfter(start)) {
            v.add(new Violation("endDate", "pair.past.datesOrder"));
        }
        if (outcome != PairStatus.COMPLETED && outcome != PairStatus.TERMINATED) {
            v.add(new Violation("outcome", "pair.past.outcomeRequired"));
        } else if (outcome == PairStatus.TERMINATED && (text == null || text.isBlank())) {
            v.add(new Violation("outcomeText", "pair.error.reasonRequired"));
        }
        return v;
    }

    /** The first academic year whose pairs may be recorded (2018/19): the target model dates from December 2019. */
    static final int FIRST_PAST_YEAR = 2018;

    private static void checkMentor(Proposal p, FormSpec form, Participant mentor, List<Violation> v) {
        if (mentor.schoolId() != p.schoolId()) {
            v.add(new Violation("mentorId", "pair.rule.otherSchool", mentor.shortName()));
        }
        if (!form.mentorCategories().contains(mentor.category())) {
            v.add(new Violation("mentorId", "pair.rule.mentorCategory", mentor.shortName(), form.name()));
        }
        // a pair of past years is history: the bases are today's registers, which a graduate has left long ago
        if (!p.past() && !mentor.inMentorBase()) {
            v.add(new Violation("mentorId", "pair.rule.mentorNotInBase", mentor.shortName()));
        }
        consent("mentorId", mentor, v);
    }

    private static void checkMentee(Proposal p, FormSpec form, Participant mentor, Participant mentee,
            List<Violation> v) {
        if (mentee.id() == mentor.id()) {
            v.add(new Violation("menteeIds", "pair.rule.selfMentoring", mentee.shortName()));
            return;
        }
        if (mentee.schoolId() != p.schoolId()) {
            v.add(new Violation("menteeIds", "pair.rule.otherSchool", mentee.shortName()));
        }
        if (!form.menteeCategories().contains(mentee.category())) {
            v.add(new Violation("menteeIds", "pair.rule.menteeCategory", mentee.shortName(), form.name()));
        }
        if (!p.past() && !mentee.inMenteeBase()) {
            v.add(new Violation("menteeIds", "pair.rule.menteeNotInBase", mentee.shortName()));
        }
        if (form.peerStudents() && mentor.category() == Category.STUDENT && mentee.category() == Category.STUDENT) {
            if (mentor.grade() == null || mentee.grade() == null) {
                v.add(new Violation("menteeIds", "pair.rule.gradeUnknown", mentee.shortName(), p.yearLabel()));
            } else if (mentor.grade() <= mentee.grade()) {
                v.add(new Violation("menteeIds", "pair.rule.mentorGrade", mentor.shortName(), mentor.classLabel(),
                        mentee.shortName(), mentee.classLabel()));
            }
        }
        if (form.teacherToTeacher() && !mentee.youngSpecialist() && !mentee.newStaff()) {
            v.add(new Violation("menteeIds", "pair.rule.notYoungSpecialist", mentee.shortName()));
        }
        if (p.activating() && p.menteesBusyInForm().contains(mentee.id())) {
            v.add(new Violation("menteeIds", "pair.rule.menteeBusy", mentee.shortName(), form.name()));
        }
        consent("menteeIds", mentee, v);
    }

    /**
     * In a draft as in an active pair: a minor needs a consent in force (a parent's or legal representative's), an
     * adult — teacher, external mentor, student of eighteen — their own ({@link Participant#missingConsent()}).
     */
    private static void consent(String field, Participant person, List<Violation> v) {
        String missing = person.missingConsent();
        if (missing != null) {
            v.add(new Violation(field, person.minor() ? "pair.rule.consent" : "pair.rule.ownConsent",
                    genitive(person)));
        }
    }

    /** «Орлова Г. С.»: the short name in the genitive, for messages that say «для …» or «у наставника …». */
    private static String genitive(Participant p) {
        return ru.edu.mentoring.shared.RussianNames.genitive(p.fullName(), p.shortName());
    }
}
