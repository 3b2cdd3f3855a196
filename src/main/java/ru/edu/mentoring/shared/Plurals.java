package ru.edu.mentoring.shared;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Messages with an ICU plural argument, e.g. {@code на согласовании {0, plural, one{# день} few{# дня} many{# дней}
 * other{# дня}}}. Java's MessageFormat knows no plural rules, so the pattern is taken raw from the bundle and the
 * category chosen here (Russian and English rules). In templates: {@code ${@plurals.format('key', n)}}.
 */
@Component("plurals")
public class Plurals {

    private final MessageSource messages;

    Plurals(MessageSource messages) {
        this.messages = messages;
    }

    public String format(String key, long n) {
        Locale locale = LocaleContextHolder.getLocale();
        return apply(messages.getMessage(key, null, key, locale), n, locale);
    }

    /** Replaces the first {@code {0, plural, ...}} of the pattern with the form for {@code n}. */
    public static String apply(String pattern, long n, Locale locale) {
        int start = pattern.indexOf("{0,");
        if (start < 0) {
            return pattern.replace("{0}", Long.toString(n));
        }
        int end = matching(pattern, start);
        String body = pattern.substring(start + 1, end);
        String[] head = body.split(",", 3);
        if (head.length < 3 || !head[1].strip().equals("plural")) {
            return pattern;
        }
        Map<String, String> forms = forms(head[2]);
        String category = category(n, locale);
        String form = forms.getOrDefault("=" + n, forms.getOrDefault(category, forms.getOrDefault("other", "")));
        return pattern.substring(0, start) + form.replace("#", Long.toString(n)) + pattern.substring(end + 1);
    }

    static String category(long n, Locale locale) {
        long abs = Math.abs(n);
        if ("ru".equals(locale.getLanguage())) {
            long mod10 = abs % 10;
            long mod100 = abs % 100;
            if (mod10 == 1 && mod100 != 11) {
                return "one";
            }
            if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) {
                return "few";
            }
            return "many";
        }
        return abs == 1 ? "one" : "other";
    }

    private static Map<String, String> forms(String spec) {
        Map<String, String> forms = new LinkedHashMap<>();
        int i = 0;
        while (i < spec.length()) {
            int open = spec.indexOf('{', i);
            if (open < 0) {
                break;
            }
            String selector = spec.substring(i, open).strip();
            int close = matching(spec, open);
            forms.put(selector, spec.substring(open + 1, close));
            i = close + 1;
        }
        return forms;
    }

    private static int matching(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced braces in «" + s + "»");
    }
}
