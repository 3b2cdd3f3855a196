package ru.edu.mentoring.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each rule of {@link PlainText} with its own message key, and ordinary text of the portal left alone. */
class PlainTextTest {

    @Test
    void eachRuleAnswersWithItsOwnMessage() {
        Map<String, String> cases = Map.ofEntries(
                Map.entry("Иван\u0000ов", "validation.text.control"),
                Map.entry("строка\u0085ещё", "validation.text.control"),
                Map.entry("Ив\uFFFDан", "validation.text.encoding"),
                Map.entry("Иванов\u202Eвонави", "validation.text.bidi"),
                Map.entry("a\u2066b\u2069", "validation.text.bidi"),
                Map.entry("\u200Fтекст", "validation.text.bidi"),
                Map.entry("<script>alert(1)</script>", "validation.text.markup"),
                Map.entry("Отчёт <!-- x -->", "validation.text.markup"),
                Map.entry("a </b>", "validation.text.markup"),
                Map.entry("${7*7}", "validation.text.template"),
                Map.entry("[[${x}]]", "validation.text.template"),
                Map.entry("__x__", "validation.text.template"),
                Map.entry("  =1+1", "validation.text.formula"),
                Map.entry("+SUM(A1)", "validation.text.formula"),
                Map.entry("-2+3", "validation.text.formula"),
                Map.entry("@SUM(1)", "validation.text.formula"),
                Map.entry("' OR '1'='1", "validation.text.sql"),
                Map.entry("x\" and 1=1", "validation.text.sql"),
                Map.entry("Robert'); DROP TABLE person;", "validation.text.sql"),
                Map.entry("1 UNION SELECT password", "validation.text.sql"),
                Map.entry("комментарий -- x", "validation.text.sql"),
                Map.entry("admin /* x", "validation.text.sql"),
                Map.entry("../../etc/passwd", "validation.text.path"),
                Map.entry("..\\..\\win.ini", "validation.text.path"));
        cases.forEach((text, key) -> assertThat(PlainText.Rules.problem(text, true)).as(text).hasValue(key));
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
