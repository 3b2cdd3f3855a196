package ru.edu.mentoring.documents;

import java.util.Arrays;
import java.util.List;

/**
 * The kinds of a school's «Наставничество» documents (letter of 26.10.2022 № 62): the required ones, the optional
 * order fixing pairs or groups, and anything else the school publishes.
 */
public enum DocumentKind {
    ORDER_STUDENTS(true, Section.NORMATIVE),
    ORDER_TEACHERS(true, Section.NORMATIVE),
    REGULATION_STUDENTS(true, Section.NORMATIVE),
    REGULATION_TEACHERS(true, Section.NORMATIVE),
    ROADMAP_STUDENTS(true, Section.NORMATIVE),
    ROADMAP_TEACHERS(true, Section.NORMATIVE),
    PAIRS_ORDER(false, Section.NORMATIVE),
    PROGRAMME_STUDENTS(true, Section.PRACTICE),
    PROGRAMME_TEACHERS(true, Section.PRACTICE),
    OTHER(false, Section.PRACTICE);

    /** Where the public page shows a kind: normative documents, or practices (programmes). */
    public enum Section {
        NORMATIVE,
        PRACTICE
    }

    private final boolean required;
    private final Section section;

    DocumentKind(boolean required, Section section) {
        this.required = required;
        this.section = section;
    }

    public boolean required() {
        return required;
    }

    public Section section() {
        return section;
    }

    public String messageKey() {
        return "document.kind." + name();
    }

    public static List<DocumentKind> requiredKinds() {
        return Arrays.stream(values()).filter(DocumentKind::required).toList();
    }
}
