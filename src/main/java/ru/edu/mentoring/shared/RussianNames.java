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

    // --- full declension (issue 16 point 9): the order's «возложить на куратора Иванову Анну Петровну» -----------

    /** The cases a full name is put in. */
    public enum Case { GENITIVE, DATIVE, ACCUSATIVE }

    /** «Иванова Анна Петровна» → «Иванову Анну Петровну». */
    public static String accusative(String fullName) {
        return declined(fullName, Case.ACCUSATIVE);
    }

    /** «Иванова Анна Петровна» → «Ивановой Анне Петровне». */
    public static String dative(String fullName) {
        return declined(fullName, Case.DATIVE);
    }

    /**
     * A full name «Фамилия Имя Отчество» (patronymic optional) with each part in the case, by the gender its
     * patronymic or first name tells. Surnames: men's -ов/-ев/-ин/-ын and any other consonant decline as nouns, the
     * adjectival -ий/-ый/-ой and women's -ая as adjectives, women's -ова/-ина in «у»/«ой»; a surname ending in a vowel
     * other than those (Шевченко, Дюма, Гюго, Дурново), in -ых/-их (Черных), or a woman's ending in a consonant (Шмидт),
     * stays as written. Names with an unknown gender (initials only) are left unchanged.
     */
    public static String declined(String fullName, Case target) {
        if (fullName == null || fullName.isBlank()) {
            return fullName;
        }
        String[] parts = fullName.strip().split("\\s+");
        Gender gender = gender(fullName);
        if (gender == Gender.UNKNOWN) {
            return fullName.strip();
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                b.append(' ');
            }
            String part = parts[i];
            String lower = part.toLowerCase(Locale.ROOT);
            if (i == 0) {
                b.append(hyphenated(part, gender, target));
            } else if (i == 1) {
                b.append(lower.endsWith(".") ? part : firstName(part, gender, target));
            } else if (i == 2 && (lower.endsWith("ич") || lower.endsWith("на"))) {
                b.append(patronymic(part, target));
            } else {
                b.append(part);
            }
        }
        return b.toString();
    }

    /** «Иванова Анна Петровна» → «А. П. Иванова», as under a signature. */
    public static String initialsFirst(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return fullName;
        }
        String[] parts = fullName.strip().split("\\s+");
        StringBuilder b = new StringBuilder();
        for (int i = 1; i < parts.length && i < 3; i++) {
            b.append(parts[i].substring(0, 1).toUpperCase(Locale.ROOT)).append(". ");
        }
        return b.append(parts[0]).toString();
    }

    private static String hyphenated(String surname, Gender gender, Case target) {
        String[] pieces = surname.split("-", -1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pieces.length; i++) {
            if (i > 0) {
                b.append('-');
            }
            b.append(surname(pieces[i], gender, target));
        }
        return b.toString();
    }

    private static String surname(String s, Gender gender, Case target) {
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.length() < 2) {
            return s;
        }
        if (gender == Gender.MALE) {
            if (endsWithAny(lower, "ых", "их")) {
                return s;
            }
            if (endsWithAny(lower, "ий", "ый", "ой") && lower.length() > 3) {
                return cut(s, 2) + (target == Case.DATIVE ? "ому" : "ого");
            }
            if (endsWithAny(lower, "ь", "й")) {
                return cut(s, 1) + (target == Case.DATIVE ? "ю" : "я");
            }
            if (isConsonant(lower.charAt(lower.length() - 1))) {
                return s + (target == Case.DATIVE ? "у" : "а");
            }
            return s;
        }
        if (endsWithAny(lower, "ова", "ева", "ёва", "ина", "ына")) {
            return cut(s, 1) + (target == Case.ACCUSATIVE ? "у" : "ой");
        }
        if (lower.endsWith("ая") && lower.length() > 3) {
            return cut(s, 2) + (target == Case.ACCUSATIVE ? "ую" : "ой");
        }
        return s;
    }

    private static final java.util.Map<String, String> FLEETING = java.util.Map.of("павел", "Павл", "лев", "Льв",
            "пётр", "Петр");

    private static String firstName(String s, Gender gender, Case target) {
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.length() < 2) {
            return s;
        }
        char last = lower.charAt(lower.length() - 1);
        if (lower.endsWith("а")) {
            String stem = cut(s, 1);
            return switch (target) {
                case ACCUSATIVE -> stem + "у";
                case DATIVE -> stem + "е";
                case GENITIVE -> stem + (endsWithAny(lower, "га", "ка", "ха", "жа", "ша", "ща", "ча") ? "и" : "ы");
            };
        }
        if (lower.endsWith("я")) {
            String stem = cut(s, 1);
            return switch (target) {
                case ACCUSATIVE -> stem + "ю";
                case DATIVE -> stem + (lower.endsWith("ия") ? "и" : "е");
                case GENITIVE -> stem + "и";
            };
        }
        if (gender == Gender.FEMALE) {
            if (lower.endsWith("ь")) {
                return target == Case.ACCUSATIVE ? s : cut(s, 1) + "и";
            }
            return s;
        }
        String stem = FLEETING.containsKey(lower) ? keepCase(s, FLEETING.get(lower)) : s;
        if (last == 'ь' || last == 'й') {
            return cut(s, 1) + (target == Case.DATIVE ? "ю" : "я");
        }
        if (isConsonant(last)) {
            return stem + (target == Case.DATIVE ? "у" : "а");
        }
        return s;
    }

    private static String patronymic(String s, Case target) {
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.endsWith("ич")) {
            return s + (target == Case.DATIVE ? "у" : "а");
        }
        return cut(s, 1) + switch (target) {
            case ACCUSATIVE -> "у";
            case DATIVE -> "е";
            case GENITIVE -> "ы";
        };
    }

    private static String keepCase(String original, String replacement) {
        return Character.isUpperCase(original.charAt(0)) && !original.equals(original.toUpperCase(Locale.ROOT))
                ? replacement : replacement.toUpperCase(Locale.ROOT);
    }

    private static String cut(String s, int n) {
        return s.substring(0, s.length() - n);
    }

    private static boolean isConsonant(char c) {
        return "бвгджзклмнпрстфхцчшщ".indexOf(c) >= 0;
    }
}
