package ru.edu.mentoring.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import ru.edu.mentoring.shared.PlainText;

/**
 * The rules of every password a user chooses: at least {@value #MIN_LENGTH} characters (at most
 * {@value #MAX_LENGTH}), plain text, not a common password. The list ({@code accounts/common-passwords.txt}, the most
 * common passwords of public leak statistics plus Russian keyboard runs) is checked case-insensitively against the
 * password as typed and against its core: with leading and trailing digits and symbols cut off and a repeated part
 * taken once, so «Password2024!», «qwertyqwerty» and «123456789012» are refused too; so is a password of one
 * repeated character or containing the account name.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 200;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load("accounts/common-passwords.txt");
    }

    /** The message key of the first rule the password breaks, or empty when it is acceptable. */
    Optional<String> problem(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        Optional<String> text = PlainText.Rules.problem(password, false);
        if (text.isPresent()) {
            return text;
        }
        if (isCommon(password)
                || (username != null && username.length() >= 3
                        && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT)))) {
            return Optional.of("password.common");
        }
        return Optional.empty();
    }

    int listSize() {
        return common.size();
    }

    boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.chars().distinct().count() <= 2 || common.contains(lower)) {
            return true;
        }
        String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        String once = repeatedUnit(core.isEmpty() ? lower : core);
        return common.contains(core) || common.contains(once) || common.contains(repeatedUnit(lower))
                || isRun(lower);
    }

    /** The shortest part the text is made of by repetition («qwertyqwerty» → «qwerty»). */
    static String repeatedUnit(String s) {
        for (int n = 1; n <= s.length() / 2; n++) {
            if (s.length() % n == 0 && s.substring(0, n).repeat(s.length() / n).equals(s)) {
                return s.substring(0, n);
            }
        }
        return s;
    }

    /** A run of consecutive characters up or down («123456789012», «abcdefghijkl»). */
    static boolean isRun(String s) {
        int up = 0;
        int down = 0;
        for (int i = 1; i < s.length(); i++) {
            int d = s.charAt(i) - s.charAt(i - 1);
            up += d == 1 || (s.charAt(i - 1) == '9' && s.charAt(i) == '0') ? 1 : 0;
            down += d == -1 ? 1 : 0;
        }
        return up >= s.length() - 2 || down >= s.length() - 2;
    }

    private static Set<String> load(String resource) {
        Set<String> set = new HashSet<>();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String p = line.strip().toLowerCase(Locale.ROOT);
                if (!p.isEmpty() && !p.startsWith("#")) {
                    set.add(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(set);
    }
}
