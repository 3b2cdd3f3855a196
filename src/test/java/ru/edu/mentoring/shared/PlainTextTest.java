package ru.edu.mentoring.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each rule of {@link PlainText} with its own message key, and ordinary text (markup, quotes, «--» included) left alone. */
class PlainTextTest {

    @Test
    void eachRuleAnswersWithItsOwnMessage() {
        Map<String, String> cases = Map.ofEntries(
                Map.entry("Иван\u0000ов", "validation.text.control"),
                Map.entry("строка\u0085ещё", "validation.text.control"),
                Map.entry("abc\u0007def", "validation.text.control"),
                Map.entry("текст\u001B[31m", "validation.text.control"),
                Map.entry("Ив\uFFFDан", "validation.text.encoding"),
                Map.entry("Иванов\u202Eвонави", "validation.text.bidi"),
                Map.entry("a\u2066b\u2069", "validation.text.bidi"),
                Map.entry("\u200Fтекст", "validation.text.bidi"));
        cases.forEach((text, key) -> {
            assertThat(PlainText.Rules.problem(text, true)).as(text).hasValue(key);
            assertThat(PlainText.Rules.problem(text, false)).as(text).hasValue(key);
        });
    }

    /** Issue 16, point 1: the phrases users reported as refused. */
    @Test
    void theReportedPhrasesAreAccepted() {
        for (String text : new String[] {"- проведено 12 встреч", "+7 (343) 123-45-67",
                "Итоги 2024--2025 учебного года", "Подпись ____ / Иванов И. И.", "Слово \"or\"…"}) {
            assertThat(PlainText.Rules.problem(text, false)).as(text).isEmpty();
            assertThat(PlainText.Rules.problem(text, true)).as(text).isEmpty();
        }
    }

    /** A corpus of ordinary Russian phrases (lists, phones, «--», signatures, quotes, «or», «select», «;», «%»). */
    @Test
    void everyOrdinaryRussianPhraseOfTheCorpusIsAccepted() throws IOException {
        List<String> phrases;
        try (InputStream in = PlainTextTest.class.getResourceAsStream("/plaintext/ordinary-ru.txt")) {
            phrases = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
        assertThat(phrases).hasSizeGreaterThanOrEqualTo(30);
        List<String> refused = new ArrayList<>();
        for (String phrase : phrases) {
            boolean multiline = phrase.contains("\\n");
            String text = phrase.replace("\\n", "\n");
            PlainText.Rules.problem(text, multiline).ifPresent(key -> refused.add(phrase + " → " + key));
        }
        assertThat(refused).as("refused of %d phrases", phrases.size()).isEmpty();
    }

    @Test
    void lineBreaksAndTabsOnlyInMultiLineText() {
        assertThat(PlainText.Rules.problem("Первая строка\r\nвторая\tстрока", true)).isEmpty();
        assertThat(PlainText.Rules.problem("Первая строка\nвторая", false)).hasValue("validation.text.control");
    }

    @Test
    void ordinaryTextOfThePortalPasses() {
        for (String text : new String[] {"Иванова Мария Петровна", "О'Нил", "д’Артаньян", "МАОУ «Лицей № 21»",
                "https://school21.ru/about?page=1&x=2", "ivanova@school.ru", "Приказ № 15-о от 01.09.2025",
                "Цели достигнуты — 3 из 4 (75 %); работа продолжается.", "5 < 7 и 9 > 3", "C++ и C#",
                "Семинар «Наставник-2025»", "Or, and — по-английски", "e-mail: a@b.ru", "2025-02-30", "😀 эмодзи"}) {
            assertThat(PlainText.Rules.problem(text, true)).as(text).isEqualTo(Optional.empty());
        }
    }

    @Test
    void personNamesFollowTheStricterPattern() {
        assertThat("Петрова-Водкина".matches(PlainText.PERSON_NAME)).isTrue();
        assertThat("О'Нил".matches(PlainText.PERSON_NAME)).isTrue();
        assertThat("".matches(PlainText.PERSON_NAME)).isTrue();
        assertThat("Иванов1".matches(PlainText.PERSON_NAME)).isFalse();
        assertThat("-Иванов".matches(PlainText.PERSON_NAME)).isFalse();
        assertThat("Иванов <b>".matches(PlainText.PERSON_NAME)).isFalse();
    }
}
