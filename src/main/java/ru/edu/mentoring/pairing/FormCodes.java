package ru.edu.mentoring.pairing;

/** Codes of the forms seeded from R-145 and МР-42/02 (V3 migration). */
public final class FormCodes {

    public static final String STUDENT_STUDENT = "STUDENT_STUDENT";
    public static final String TEACHER_TEACHER = "TEACHER_TEACHER";
    public static final String TEACHER_STUDENT = "TEACHER_STUDENT";
    public static final String UNISTUDENT_STUDENT = "UNISTUDENT_STUDENT";
    public static final String STUDENT_STUDENT_VO = "STUDENT_STUDENT_VO";
    public static final String EMPLOYER_STUDENT = "EMPLOYER_STUDENT";
    public static final String EMPLOYER_STUDENT_VO = "EMPLOYER_STUDENT_VO";

    private FormCodes() {}
}
