package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * The audit trail names every entity and every field it may record in Russian and English: a new entity or column
 * without a label fails here instead of reaching the department as a class or field name.
 */
class AuditLabelsTest extends IntegrationTest {

    @Autowired
    EntityManagerFactory emf;

    @Autowired
    MessageSource messages;

    @Test
    void everyEntityAndEveryFieldHasARussianAndAnEnglishLabel() {
        List<String> missing = new ArrayList<>();
        for (EntityType<?> entity : emf.getMetamodel().getEntities()) {
            for (Locale locale : List.of(Locale.forLanguageTag("ru"), Locale.ENGLISH)) {
                check("audit.entity." + entity.getJavaType().getSimpleName(), locale, missing);
                for (Attribute<?, ?> attribute : entity.getAttributes()) {
                    check("audit.field." + attribute.getName(), locale, missing);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private void check(String key, Locale locale, List<String> missing) {
        if (messages.getMessage(key, null, null, locale) == null) {
            missing.add(key + " (" + locale + ")");
        }
    }
}
