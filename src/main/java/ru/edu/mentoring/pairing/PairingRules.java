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
            boolean activating, int mentorLoad, Set<Long> menteesBusyInForm) {}

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
        if (p.start() != null && p.plannedEnd() != null && !p.plannedEnd().isAfter(p.start())) {
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

    private static void checkMentor(Proposal p, FormSpec form, Participant mentor, List<Violation> v) {
        if (mentor.schoolId() != p.schoolId()) {
            v.add(new Violation("mentorId", "pair.rule.otherSchool", mentor.shortName()));
        }
        if (!form.mentorCategories().contains(mentor.category())) {
            v.add(new Violation("mentorId", "pair.rule.mentorCategory", mentor.shortName(), form.name()));
        }
        if (!mentor.inMentorBase()) {
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
        if (!mentee.inMenteeBase()) {
            v.add(new Violation("menteeIds", "pair.rule.menteeNotInBase", mentee.shortName()));
        }
        if (form.peerStudents() && mentor.category() == Category.STUDENT && mentee.category() == Category.STUDENT) {
            if (mentor.grade() == null || mentee.grade() == null) {
                v.add(new Violation("menteeIds", "pair.rule.gradeUnknown", mentee.shortName()));
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
