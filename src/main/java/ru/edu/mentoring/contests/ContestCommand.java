package ru.edu.mentoring.contests;

import java.time.LocalDate;

/** What the department states about a contest. */
public record ContestCommand(String title, ContestLevel level, int year, ContestType type, LocalDate acceptFrom,
        LocalDate acceptTo, LocalDate juryFrom, LocalDate juryTo, LocalDate resultsOn) {}
