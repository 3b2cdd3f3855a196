package ru.edu.mentoring.shared;

import java.time.LocalDate;

/** Academic years start on 1 September and are named «2025/26» by the year they start in. */
public final class AcademicYear {

    private AcademicYear() {}

    /** The starting year of the academic year that contains the date. */
    public static int of(LocalDate date) {
        return date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1;
    }

    /** «2025/26» */
    public static String label(int startYear) {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }
}
