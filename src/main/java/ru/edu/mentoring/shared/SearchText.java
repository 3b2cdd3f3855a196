package ru.edu.mentoring.shared;

import java.util.Locale;

/** Turns what a user typed into a search box into a safe {@code like} pattern. */
public final class SearchText {

    private SearchText() {}

    /** {@code ""} for an empty query; otherwise {@code %text%} lower-cased with {@code % _ \} escaped by {@code \}. */
    public static String likePattern(String q) {
        String s = q == null ? "" : q.strip();
        if (s.isEmpty()) {
            return "";
        }
        if (s.length() > 100) {
            s = s.substring(0, 100);
        }
        String escaped = s.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
