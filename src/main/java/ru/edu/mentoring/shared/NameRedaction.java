package ru.edu.mentoring.shared;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The written forms of a person's name (full, surname and name, initials, the surname alone) and a PostgreSQL
 * regular expression that finds them as whole words in free text, so that a module can replace them by the person's
 * pseudonym where a text mentions the person without being linked to them ({@code regexp_replace(col, ?, ?, 'g')}).
 */
public final class NameRedaction {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final String LETTER = "[A-Za-zА-Яа-яЁё0-9]";

    private NameRedaction() {}

    /** The forms of a name, longest first; the surname alone only when it has at least four letters. */
    public static List<String> forms(String lastName, String firstName, String middleName) {
        Set<String> forms = new LinkedHashSet<>();
        String last = blankToNull(lastName);
        String first = blankToNull(firstName);
        String middle = blankToNull(middleName);
        if (last == null) {
            return List.of();
        }
        if (first != null) {
            String fi = first.substring(0, 1) + ".";
            if (middle != null) {
                String mi = middle.substring(0, 1) + ".";
                forms.add(last + " " + first + " " + middle);
                forms.add(first + " " + middle + " " + last);
                forms.add(last + " " + fi + " " + mi);
                forms.add(last + " " + fi + mi);
                forms.add(fi + " " + mi + " " + last);
                forms.add(fi + mi + " " + last);
                forms.add(first + " " + middle);
            }
            forms.add(last + " " + first);
            forms.add(first + " " + last);
            forms.add(last + " " + fi);
            forms.add(fi + " " + last);
        }
        if (last.codePointCount(0, last.length()) >= 4) {
            forms.add(last);
        }
        List<String> all = new ArrayList<>();
        for (String f : forms) {
            all.add(f);
            all.add(f.toUpperCase(RU));
            all.add(f.toLowerCase(RU));
        }
        return all.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** A PostgreSQL (ARE) pattern matching any of the forms as whole words; null when there is none. */
    public static String pattern(List<String> forms) {
        if (forms.isEmpty()) {
            return null;
        }
        StringBuilder alternatives = new StringBuilder();
        for (String f : forms) {
            if (!alternatives.isEmpty()) {
                alternatives.append('|');
            }
            alternatives.append(quote(f).replace(" ", "\\s+"));
        }
        return "(?<!" + LETTER + ")(" + alternatives + ")(?!" + LETTER + ")";
    }

    /** The same replacement in Java, for text held outside the database. */
    public static String redact(String text, List<String> forms, String replacement) {
        if (text == null || forms.isEmpty()) {
            return text;
        }
        String javaPattern = "(?<![A-Za-zА-Яа-яЁё0-9])(?:" + String.join("|", forms.stream()
                .map(f -> java.util.regex.Pattern.quote(f).replace(" ", "\\E\\s+\\Q")).toList())
                + ")(?![A-Za-zА-Яа-яЁё0-9])";
        return java.util.regex.Pattern.compile(javaPattern).matcher(text)
                .replaceAll(java.util.regex.Matcher.quoteReplacement(replacement));
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if ("\\^$.|?*+()[]{}".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
