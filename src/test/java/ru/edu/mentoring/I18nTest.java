package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.schools.SchoolKind;

/**
 * Every user-visible text comes from the message bundles: templates hold no literal text, every key they or the Java
 * code use exists, and the Russian and English bundles have the same keys.
 */
class I18nTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Path JAVA = Path.of("src/main/java");
    static final Pattern TEXT_NODE = Pattern.compile(">([^<>]*)<");
    static final Pattern LETTER = Pattern.compile("\\p{L}");
    static final Pattern LITERAL_ATTR =
            Pattern.compile("\\s(placeholder|title|alt|aria-label|value|data-confirm)=\"([^\"]*)\"");
    static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");
    static final Pattern JAVA_KEY = Pattern.compile(
            "(?:rejectValue\\(\"[A-Za-z.]+\",\\s*|reject\\(|addFlashAttribute\\(\"(?:flashSuccess|flashError)\",\\s*(?:[^;]*\\?\\s*)?)\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
    static final Pattern ANNOTATION_KEY = Pattern.compile("message = \"\\{([A-Za-z0-9_.]+)}\"");

    /** The bundles named by spring.messages.basename in application.properties, merged: "" for Russian, "_en". */
    static Properties bundle(String suffix) throws IOException {
        Properties app = new Properties();
        try (InputStream in = I18nTest.class.getResourceAsStream("/application.properties")) {
            app.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Properties merged = new Properties();
        for (String basename : app.getProperty("spring.messages.basename").split(",")) {
            String name = "/" + basename.strip() + suffix + ".properties";
            try (InputStream in = I18nTest.class.getResourceAsStream(name)) {
                assertThat(in).as("bundle " + name).isNotNull();
                Properties p = new Properties();
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                for (String key : p.stringPropertyNames()) {
                    assertThat(merged).as("key " + key + " defined twice (" + name + ")").doesNotContainKey(key);
                    merged.setProperty(key, p.getProperty(key));
                }
            }
        }
        return merged;
    }

    static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void templatesHoldNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path file : files(TEMPLATES, ".html")) {
            String html = Files.readString(file)
                    .replaceAll("(?s)<!--.*?-->", "")
                    .replaceAll("(?s)<script.*?</script>", "<script></script>")
                    .replaceAll("(?s)<style.*?</style>", "<style></style>");
            Matcher text = TEXT_NODE.matcher(html);
            while (text.find()) {
                String t = text.group(1).strip();
                if (LETTER.matcher(t).find()) {
                    literals.add(file + ": text «" + t + "»");
                }
            }
            Matcher attr = LITERAL_ATTR.matcher(html);
            while (attr.find()) {
                String value = attr.group(2);
                boolean flag = value.equals("true") || value.equals("false");
                if (LETTER.matcher(value).find() && !flag && !value.startsWith("${") && !value.startsWith("#{")) {
                    literals.add(file + ": attribute " + attr.group(1) + "=«" + value + "»");
                }
            }
        }
        assertThat(literals).as("literal user-visible text in templates (use th:text with a message key)").isEmpty();
    }

    @Test
    void everyUsedKeyExistsInBothBundles() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path file : files(TEMPLATES, ".html")) {
            Matcher m = TEMPLATE_KEY.matcher(Files.readString(file));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        for (Path file : files(JAVA, ".java")) {
            String java = Files.readString(file);
            for (Pattern p : List.of(JAVA_KEY, ANNOTATION_KEY)) {
                Matcher m = p.matcher(java);
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).as("keys found in templates and code").hasSizeGreaterThan(50);
        assertThat(used).contains("validation.required", "user.username.taken", "curator.appointed");
        for (String bundle : List.of("", "_en")) {
            Properties p = bundle(bundle);
            assertThat(used.stream().filter(k -> !p.containsKey(k)).toList())
                    .as("keys missing from the bundles" + bundle).isEmpty();
        }
    }

    @Test
    void bundlesHaveTheSameKeys() throws IOException {
        Set<Object> ru = new TreeSet<>(bundle("").keySet());
        Set<Object> en = new TreeSet<>(bundle("_en").keySet());
        assertThat(en).as("English bundle").containsExactlyInAnyOrderElementsOf(ru);
    }

    @Test
    void enumLabelsExistForEveryValue() throws IOException {
        Properties russian = bundle("");
        for (Role role : Role.values()) {
            assertThat(russian).containsKey(role.messageKey());
        }
        for (SchoolKind kind : SchoolKind.values()) {
            assertThat(russian).containsKey(kind.messageKey());
        }
    }
}
