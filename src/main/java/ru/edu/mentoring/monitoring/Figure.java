package ru.edu.mentoring.monitoring;

import java.math.BigDecimal;

/**
 * Coverage of one school or municipality in one year: involved students, the student count (null = none entered),
 * the percentage (null = «нет данных») and the year's target (null = none set).
 */
public record Figure(long involved, Integer students, BigDecimal percent, BigDecimal target) {

    static Figure of(long involved, Integer students, BigDecimal target) {
        return new Figure(involved, students, Coverage.percent(involved, students), target);
    }

    public Boolean met() {
        return Coverage.met(involved, students, target);
    }

    /** Students still to involve by 31 December to meet the target; null when unknown. */
    public Long gap() {
        return Coverage.gap(involved, students, target);
    }

    public String percentText() {
        return Coverage.format(percent);
    }

    public String targetText() {
        return Coverage.format(target);
    }

    /** met, below, noData (no student count) or noTarget: the message key suffix and CSS state. */
    public String state() {
        if (percent == null) {
            return "noData";
        }
        if (target == null) {
            return "noTarget";
        }
        return met() ? "met" : "below";
    }

    public boolean below() {
        return Boolean.FALSE.equals(met());
    }
}
