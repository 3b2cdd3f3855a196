package ru.edu.mentoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

/** Russian plurals by ICU rules (1 день, 3 дня, 5 дней, 21 день), English ones, and Russian number grouping. */
class IcuMessageSourceTest {

    static final Locale RU = Locale.forLanguageTag("ru");

    final MessageSource messages = new MessagesConfig()
            .messageSource("messages,i18n/people,i18n/pairing,i18n/roadmaps,i18n/monitoring");

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

    /** Issue 16, point 6: «Не введён контингент за 2 026 год» — a year is never grouped, a count still is. */
    @Test
    void aYearIsNeverGrouped() {
        assertThat(ru("home.gaps.noCount", 2026)).isEqualTo("Не введён контингент за 2026 год");
        assertThat(ru("counts.missing", 2026)).startsWith("Контингент за 2026 год не введён");
        assertThat(ru("monitoring.thisYear", 2026)).isEqualTo("Охват в 2026 году");
        assertThat(ru("monitoring.target", 2026, "60,0 %")).isEqualTo("Цель на 2026 год: 60,0 %");
        assertThat(ru("monitoring.noTarget", 2026)).isEqualTo("Цель на 2026 год не задана");
        assertThat(ru("monitoring.region.lead", 2026)).contains("в 2026 году");
        assertThat(ru("monitoring.quality.noCount", 2026)).endsWith("за 2026 год");
        assertThat(messages.getMessage("home.gaps.noCount", new Object[] {2026}, Locale.ENGLISH)).contains("2026");
    }

    /**
     * No Russian or English message puts a plain {n} before «год/году/года» or after «year» (a year given as a number
     * would print «2 026»): such a message says {n,number,#}, or its caller passes the year as a string.
     */
    @Test
    void noBundleFormatsAYearArgumentWithGrouping() throws Exception {
        java.util.List<String> offenders = new java.util.ArrayList<>();
        java.util.regex.Pattern plainBeforeYear = java.util.regex.Pattern.compile(
                "\\{\\d+\\}\\s+(год|году|года)(?![\\p{L}])|(?i:year)\\s+\\{\\d+\\}");
        // these take the year as a string (the template passes ${'' + year} or #strings.toString): never grouped
        java.util.Set<String> yearAsString = java.util.Set.of("campaign.academicYear.text", "report.figures.live",
                "indicators.period", "indicators.xlsx.title"); // the quality page passes the year's label «2026/27»
        for (String base : new String[] {"messages", "i18n/people", "i18n/pairing", "i18n/import", "i18n/roadmaps",
                "i18n/campaigns", "i18n/notifications", "i18n/documents", "i18n/monitoring", "i18n/reports"}) {
            for (String suffix : new String[] {"", "_en"}) {
                java.util.Properties p = new java.util.Properties();
                try (var in = getClass().getResourceAsStream("/" + base + suffix + ".properties")) {
                    if (in == null) {
                        continue;
                    }
                    p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
                }
                p.forEach((k, v) -> {
                    if (plainBeforeYear.matcher(v.toString()).find() && !yearAsString.contains(k.toString())) {
                        offenders.add(base + suffix + ": " + k + "=" + v);
                    }
                });
            }
        }
        assertThat(offenders).isEmpty();
    }
}
