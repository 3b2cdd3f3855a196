package ru.edu.mentoring.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

/** Russian plurals by ICU rules (1 день, 3 дня, 5 дней, 21 день), English ones, and Russian number grouping. */
class IcuMessageSourceTest {

    static final Locale RU = Locale.forLanguageTag("ru");

    final MessageSource messages = new MessagesConfig()
            .messageSource("messages,i18n/people,i18n/pairing,i18n/roadmaps");

    String ru(String key, Object... args) {
        return messages.getMessage(key, args, RU);
    }

    @Test
    void russianPluralsFollowTheRules() {
        assertThat(ru("roadmaps.waiting", 0)).isEqualTo("на согласовании с сегодняшнего дня");
        assertThat(ru("roadmaps.waiting", 1)).isEqualTo("на согласовании 1 день");
        assertThat(ru("roadmaps.waiting", 3)).isEqualTo("на согласовании 3 дня");
        assertThat(ru("roadmaps.waiting", 5)).isEqualTo("на согласовании 5 дней");
        assertThat(ru("roadmaps.waiting", 11)).isEqualTo("на согласовании 11 дней");
        assertThat(ru("roadmaps.waiting", 21)).isEqualTo("на согласовании 21 день");
        assertThat(ru("roadmaps.waiting", 22)).isEqualTo("на согласовании 22 дня");
        assertThat(ru("home.gaps.withoutOrder", 2)).isEqualTo("2 действующие пары без приказа о закреплении");
        assertThat(ru("home.gaps.withoutOrder", 5)).isEqualTo("5 действующих пар без приказа о закреплении");
    }

    @Test
    void englishPluralsHaveTwoForms() {
        assertThat(messages.getMessage("roadmaps.waiting", new Object[] {1}, Locale.ENGLISH))
                .isEqualTo("awaiting approval for 1 day");
        assertThat(messages.getMessage("roadmaps.waiting", new Object[] {4}, Locale.ENGLISH))
                .isEqualTo("awaiting approval for 4 days");
    }

    @Test
    void numbersAreGroupedTheRussianWayAndPlainMessagesStayAsWritten() {
        assertThat(ru("paging.summary", 1, 3, 1234)).matches("Страница 1 из 3, всего записей: 1[\\u00a0\\u202f ]234");
        assertThat(ru("login.heading")).isEqualTo("Вход в портал");
    }
}
