package ru.edu.mentoring.roadmaps;

import java.time.LocalDate;

/** The planned content of a school roadmap's measure. */
public record MeasureData(String number, String title, String deadlineText, LocalDate dueOn, String responsible,
        String result) {}
