package ru.edu.mentoring.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PluralsTest {

    static final String DAYS = "на согласовании {0, plural, =0{с сегодняшнего дня} one{# день} few{# дня}"
            + " many{# дней} other{# дня}}";
    static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void russianDaysFollowTheRussianPluralRules() {
        assertThat(Plurals.apply(DAYS, 0, RU)).isEqualTo("на согласовании с сегодняшнего дня");
        assertThat(Plurals.apply(DAYS, 1, RU)).isEqualTo("на согласовании 1 день");
        assertThat(Plurals.apply(DAYS, 3, RU)).isEqualTo("на согласовании 3 дня");
        assertThat(Plurals.apply(DAYS, 5, RU)).isEqualTo("на согласовании 5 дней");
        assertThat(Plurals.apply(DAYS, 11, RU)).isEqualTo("на согласовании 11 дней");
        assertThat(Plurals.apply(DAYS, 12, RU)).isEqualTo("на согласовании 12 дней");
        assertThat(Plurals.apply(DAYS, 21, RU)).isEqualTo("на согласовании 21 день");
        assertThat(Plurals.apply(DAYS, 22, RU)).isEqualTo("на согласовании 22 дня");
        assertThat(Plurals.apply(DAYS, 111, RU)).isEqualTo("на согласовании 111 дней");
    }

    @Test
    void englishHasOneAndOther() {
        String days = "{0, plural, one{# day} other{# days}} waiting";
        assertThat(Plurals.apply(days, 1, Locale.ENGLISH)).isEqualTo("1 day waiting");
        assertThat(Plurals.apply(days, 2, Locale.ENGLISH)).isEqualTo("2 days waiting");
    }
}
