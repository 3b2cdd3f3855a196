package ru.edu.mentoring.people;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What the import needs beyond the school's people (issue 17 points 3–4): the school's mentee base entries and
 * recorded consents (so a file loaded twice records nothing twice), and the catalogue's forms of mentoring by name,
 * with the categories of their mentor and mentee read from the name («учитель – ученик»: a teacher mentors a student).
 */
final class ImportBases {

    /** A mentee base entry as stored. */
    record Mentee(String request, Long wantedFormId, LocalDate includedOn, boolean inBase) {}

    /** A consent as recorded, compared field by field with a file's. */
    record ConsentSeen(LocalDate givenOn, ConsentGiver givenBy, String representativeName, String textVersion,
            LocalDate validUntil) {

        static ConsentSeen of(RecordConsent c) {
            return new ConsentSeen(c.givenOn(), c.givenBy(), c.givenBy() == ConsentGiver.REPRESENTATIVE
                    ? norm(c.representativeName()) : null, norm(c.textVersion()), c.validUntil());
        }

        private static String norm(String s) {
            return s == null || s.isBlank() ? null
                    : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).replace('ё', 'е');
        }
    }

    static final ImportBases NONE = new ImportBases(Map.of(), Map.of(), Map.of(), "");

    private final Map<Long, Mentee> mentees;
    private final Map<Long, List<ConsentSeen>> consents;
    /** Form ids by {@link ImportCells#formKey}. */
    private final Map<String, Long> formsByKey = new HashMap<>();
    private final Map<Long, String> formNames;
    private final String schoolName;

    ImportBases(Map<Long, Mentee> mentees, Map<Long, List<ConsentSeen>> consents, Map<Long, String> formNames,
            String schoolName) {
        this.schoolName = schoolName == null ? "" : schoolName;
        this.mentees = mentees;
        this.consents = consents;
        this.formNames = formNames;
        formNames.forEach((id, name) -> formsByKey.put(ImportCells.formKey(name), id));
    }

    Mentee mentee(Long personId) {
        return personId == null ? null : mentees.get(personId);
    }

    /** Whether the person has a consent like this one recorded already (in force, ended or withdrawn). */
    boolean recorded(Long personId, RecordConsent consent) {
        if (personId == null) {
            return false;
        }
        ConsentSeen seen = ConsentSeen.of(consent);
        return consents.getOrDefault(personId, List.of()).stream().anyMatch(c -> Objects.equals(c, seen));
    }

    Map<String, Long> formsByKey() {
        return formsByKey;
    }

    /** The category of the form's mentee: the word after the dash («учитель – учитель»: a teacher). */
    PersonKind menteeKind(Long formId) {
        String[] sides = sides(formId);
        if (sides == null) {
            return null;
        }
        return sides[1].startsWith("учител") || sides[1].startsWith("педагог") ? PersonKind.TEACHER
                : PersonKind.STUDENT;
    }

    /**
     * The category of the form's mentor: the word before the dash. A teacher is a teacher, a pupil a student of the
     * school, a student («студент – ученик») or an employer an external mentor; «студент – студент» (a college) is a
     * student of the school.
     */
    PersonKind mentorKind(Long formId) {
        String[] sides = sides(formId);
        if (sides == null) {
            return null;
        }
        if (sides[0].startsWith("учител") || sides[0].startsWith("педагог")) {
            return PersonKind.TEACHER;
        }
        if (sides[0].startsWith("ученик") || sides[0].startsWith("студент") && sides[1].startsWith("студент")) {
            return PersonKind.STUDENT;
        }
        return PersonKind.EXTERNAL;
    }

    /** Who an external mentor of the form is: a student of a university or college, else an employer's person. */
    ExternalKind externalKind(Long formId) {
        String[] sides = sides(formId);
        return sides != null && sides[0].startsWith("студент") ? ExternalKind.UNIVERSITY_STUDENT : null;
    }

    private String[] sides(Long formId) {
        String name = formId == null ? null : formNames.get(formId);
        if (name == null) {
            return null;
        }
        String[] sides = name.toLowerCase(Locale.ROOT).replace('ё', 'е').split("\\s*[-–—‑]\\s*", 2);
        return sides.length == 2 ? new String[] {sides[0].strip(), sides[1].strip()} : null;
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("№\\s*(\\d+)");
    private static final java.util.regex.Pattern SCHOOL_WORD =
            java.util.regex.Pattern.compile("школ|сош|оош|нош|гимнази|лице|моу|маоу|мбоу|мкоу|гбоу|оо\\b");

    /**
     * Whether a place of work or study is the importing school: its short name inside the place (or the place inside
     * it), case, spaces, quotes and «ё» aside, or a school word («школа», «СОШ», «гимназия», «лицей», «МАОУ»…) with the
     * school's number («№ 1»). Blank: not told.
     */
    boolean isThisSchool(String place) {
        String p = flat(place);
        String s = flat(schoolName);
        if (p.isEmpty() || s.isEmpty()) {
            return false;
        }
        if (p.contains(s) || p.length() >= 5 && s.contains(p)) {
            return true;
        }
        java.util.regex.Matcher ours = NUMBER.matcher(schoolName);
        if (!ours.find()) {
            return false;
        }
        String lower = place.toLowerCase(Locale.ROOT).replace('ё', 'е');
        java.util.regex.Matcher theirs = NUMBER.matcher(lower);
        while (theirs.find()) {
            if (theirs.group(1).equals(ours.group(1)) && SCHOOL_WORD.matcher(lower).find()) {
                return true;
            }
        }
        return false;
    }

    private static String flat(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[\\s\"«»“”„']", "");
    }
}
