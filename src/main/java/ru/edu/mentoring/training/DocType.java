package ru.edu.mentoring.training;

/** The document a course gave: удостоверение о повышении квалификации (ДПП ПК), a certificate, another. */
public enum DocType {
    PK_CERTIFICATE,
    CERTIFICATE,
    OTHER
}
