package ru.edu.mentoring.shared;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * Natural order of names with numbers in them: «СОШ № 1, № 2, № 10», not «№ 1, № 10, № 2». A name is compared in
 * runs: a run of digits as a number, any other run by the Russian collator (case and «ё» the Russian way). Used for
 * school names in every list, export and PDF; a list paged in SQL orders by {@code school.sort_key} (V53), which
 * pads every run of digits the same way.
 */
public final class NaturalOrder implements Comparator<String> {

    private static final Collator RUSSIAN = Collator.getInstance(Locale.forLanguageTag("ru"));

    // collators of its own: RuleBasedCollator.compare is synchronized, and many requests sort at once
    private final Collator collator;
    private final Collator tieBreak = (Collator) RUSSIAN.clone();

    private NaturalOrder() {
        // runs compare without case (so «школа № 9» and «Школа № 10» still go by number); case breaks a tie only
        collator = (Collator) RUSSIAN.clone();
        collator.setStrength(Collator.SECONDARY);
    }

    /** A new comparator of strings (nulls last); cheap, and safe to use from one thread at a time. */
    public static NaturalOrder strings() {
        return new NaturalOrder();
    }

    /** Compares records by a name they carry, naturally (nulls last). */
    public static <T> Comparator<T> by(Function<? super T, String> name) {
        return Comparator.comparing(name, strings());
    }

    @Override
    public int compare(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            boolean digitA = isDigit(a.charAt(i));
            boolean digitB = isDigit(b.charAt(j));
            int endA = runEnd(a, i, digitA);
            int endB = runEnd(b, j, digitB);
            int c;
            if (digitA && digitB) {
                c = compareNumbers(a.substring(i, endA), b.substring(j, endB));
            } else if (digitA != digitB) {
                // a number sorts before text at the same place («№ 1» before «№ А»)
                c = digitA ? -1 : 1;
            } else {
                c = collator.compare(a.substring(i, endA), b.substring(j, endB));
            }
            if (c != 0) {
                return c;
            }
            i = endA;
            j = endB;
        }
        int rest = Boolean.compare(i < a.length(), j < b.length());
        return rest != 0 ? rest : tieBreak.compare(a, b);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int runEnd(String s, int from, boolean digits) {
        int k = from;
        while (k < s.length() && isDigit(s.charAt(k)) == digits) {
            k++;
        }
        return k;
    }

    private static int compareNumbers(String x, String y) {
        String a = stripZeros(x);
        String b = stripZeros(y);
        if (a.length() != b.length()) {
            return Integer.compare(a.length(), b.length());
        }
        int c = a.compareTo(b);
        return c != 0 ? c : Integer.compare(x.length(), y.length());
    }

    private static String stripZeros(String s) {
        int k = 0;
        while (k < s.length() - 1 && s.charAt(k) == '0') {
            k++;
        }
        return s.substring(k);
    }
}
