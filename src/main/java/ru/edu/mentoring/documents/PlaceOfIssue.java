package ru.edu.mentoring.documents;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place of issue printed under an order's date («г. Первоуральск»): the first settlement named in the school's
 * address («623100, Свердловская обл., г. Первоуральск, ул. Ватутина, д. 24»), else the town of a «городской округ»
 * («Городской округ Первоуральск» → «г. Первоуральск»), else the municipality's name as written.
 */
final class PlaceOfIssue {

    private PlaceOfIssue() {}

    private static final Pattern SETTLEMENT = Pattern.compile(
            "(?:^|[,;]\\s*)((?:г\\.|город|р\\.\\s?п\\.|пгт\\.?|рп\\.?|пос\\.|посёлок|поселок|п\\.|с\\.|село"
                    + "|д\\.|деревня|ст-ца|станица|сл\\.|аул|х\\.|хутор)\\s*[А-ЯЁ][А-ЯЁа-яё\\- ]*[а-яё])",
            Pattern.UNICODE_CASE);

    private static final Pattern URBAN_DISTRICT = Pattern.compile("^(?:городской округ|го)\\s+(?:город\\s+|г\\.\\s*)?"
            + "([А-ЯЁ][А-ЯЁа-яё\\- ]*)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    static String of(String address, String municipalityName) {
        if (address != null) {
            Matcher m = SETTLEMENT.matcher(address.strip());
            if (m.find()) {
                return normalise(m.group(1).strip());
            }
        }
        if (municipalityName == null || municipalityName.isBlank()) {
            return "";
        }
        Matcher m = URBAN_DISTRICT.matcher(municipalityName.strip());
        if (m.matches()) {
            return "г. " + m.group(1).strip();
        }
        return municipalityName.strip();
    }

    /** «город Первоуральск» and «г.Первоуральск» both read «г. Первоуральск». */
    private static String normalise(String place) {
        String lower = place.toLowerCase(Locale.ROOT);
        if (lower.startsWith("город ")) {
            return "г. " + place.substring("город ".length()).strip();
        }
        return place.replaceFirst("^([а-яё\\-]+\\.)(?=[А-ЯЁ])", "$1 ");
    }
}
