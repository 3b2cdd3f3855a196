package ru.edu.mentoring.accounts;

/** Russian name forms. */
public final class PersonNames {

    private PersonNames() {}

    /** «Иванова Анна Петровна» → «Иванова А. П.»; a single word stays as it is. */
    public static String shortForm(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return "";
        }
        String[] parts = fullName.trim().split("\\s+");
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length && i < 3; i++) {
            sb.append(i == 1 ? " " : " ").append(parts[i].charAt(0)).append('.');
        }
        return sb.toString();
    }
}
