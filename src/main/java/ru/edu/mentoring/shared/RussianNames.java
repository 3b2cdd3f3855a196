package ru.edu.mentoring.shared;

import java.util.Locale;
import java.util.Set;

/**
 * The genitive case of a person's name for running text («нет согласия для Орлова Г. С.»). Only the surname changes
 * (initials stay) and only for the common endings: men's -ов/-ев/-ёв/-ин/-ын take «а», women's -ова/-ева/-ёва/-ина/-ына
 * end in «ой», adjectival -ий/-ый/-ой become «ого» and -ая becomes «ой»; any other surname is left as written (a wrong
 * ending is worse than none). The gender comes from the patronymic (-вич/-ич/оглы male, -вна/-чна/кызы female) or,
 * without one, from the first name (-а/-я female, except a few men's names such as Илья or Никита).
 */
public final class RussianNames {

    private RussianNames() {}

    public enum Gender { MALE, FEMALE, UNKNOWN }

    private static final Set<String> MALE_NAMES_IN_A = Set.of("илья", "никита", "кузьма", "фома", "лука", "савва",
            "данила", "гаврила", "михайла");
    private static final Set<String> FEMALE_NAMES_IN_SOFT_SIGN = Set.of("любовь", "нинель", "адель", "эсфирь");

    /** The gender told by a full name «Фамилия Имя Отчество» (patronymic optional). */
    public static Gender gender(String fullName) {
        if (fullName == null) {
            return Gender.UNKNOWN;
        }
        String[] parts = fullName.strip().split("\\s+");
        if (parts.length >= 3) {
            String patronymic = parts[2].toLowerCase(Locale.ROOT);
            String last = parts[parts.length - 1].toLowerCase(Locale.ROOT);
            if (patronymic.endsWith("ич") || last.equals("оглы") || last.equals("улы")) {
                return Gender.MALE;
            }
            if (patronymic.endsWith("на") || last.equals("кызы") || last.equals("гызы")) {
                return Gender.FEMALE;
            }
        }
        if (parts.length >= 2) {
            String first = parts[1].toLowerCase(Locale.ROOT);
            if (first.endsWith(".") || first.length() < 2) {
                return Gender.UNKNOWN;
            }
            if (MALE_NAMES_IN_A.contains(first)) {
                return Gender.MALE;
            }
            if (first.endsWith("а") || first.endsWith("я") || FEMALE_NAMES_IN_SOFT_SIGN.contains(first)) {
                return Gender.FEMALE;
            }
            return Gender.MALE;
        }
        return Gender.UNKNOWN;
    }

    /** The surname in the genitive for the given gender; an unknown gender or ending leaves it unchanged. */
    public static String surnameGenitive(String surname, Gender gender) {
        if (surname == null || surname.isBlank() || gender == Gender.UNKNOWN) {
            return surname;
        }
        StringBuilder b = new StringBuilder();
        String[] parts = surname.split("-", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                b.append('-');
            }
            b.append(part(parts[i], gender));
        }
        return b.toString();
    }

    private static String part(String s, Gender gender) {
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.length() < 3) {
            return s;
        }
        if (gender == Gender.MALE) {
            if (endsWithAny(lower, "ов", "ев", "ёв", "ин", "ын")) {
                return s + "а";
            }
            if (endsWithAny(lower, "ский", "цкий", "ий", "ый", "ой")) {
                return s.substring(0, s.length() - 2) + "ого";
            }
            return s;
        }
        if (endsWithAny(lower, "ова", "ева", "ёва", "ина", "ына")) {
            return s.substring(0, s.length() - 1) + "ой";
        }
        if (endsWithAny(lower, "ая")) {
            return s.substring(0, s.length() - 2) + "ой";
        }
        return s;
    }

    private static boolean endsWithAny(String s, String... endings) {
        for (String e : endings) {
            if (s.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A shown form of the name («Орлов Г. С.» or the full name) with its leading surname put in the genitive, the
     * gender taken from {@code fullName}.
     */
    public static String genitive(String fullName, String shown) {
        if (fullName == null || shown == null) {
            return shown;
        }
        String[] parts = fullName.strip().split("\\s+");
        String surname = parts[0];
        if (!shown.startsWith(surname)) {
            return shown;
        }
        return surnameGenitive(surname, gender(fullName)) + shown.substring(surname.length());
    }
}
