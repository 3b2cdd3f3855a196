package ru.edu.mentoring.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The name key of namesakes (issue 16 point 5): trimmed, case- and ё/е-insensitive, an empty patronymic is none. */
class DuplicatesKeyTest {

    @Test
    void theKeyIgnoresCaseYoAndSurroundingSpaces() {
        assertThat(Duplicates.key("  Семёнова ", "АЛЁНА", " петровна"))
                .isEqualTo(Duplicates.key("Семенова", "Алена", "Петровна"))
                .isEqualTo("семенова алена петровна");
        assertThat(Duplicates.key("Семенова", "Алена", "  ")).isEqualTo(Duplicates.key("Семенова", "Алена", null))
                .isNotEqualTo(Duplicates.key("Семенова", "Алена", "Петровна"));
    }
}
