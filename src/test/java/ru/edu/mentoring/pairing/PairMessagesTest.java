package ru.edu.mentoring.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import ru.edu.mentoring.people.Participant;
import ru.edu.mentoring.people.PersonKind;
import ru.edu.mentoring.support.IntegrationTest;

/** The pairing rules' messages name people in the genitive and count mentees by Russian plural rules. */
class PairMessagesTest extends IntegrationTest {

    static final Locale RU = Locale.forLanguageTag("ru");

    @Autowired
    MessageSource messages;

    private static Participant student(long id, String fullName, int grade, Integer capacity, boolean consent) {
        return new Participant(id, PairingRulesTest.SCHOOL, PersonKind.STUDENT, null, fullName, grade, grade + "А",
                false, false, true, consent, false, true, capacity, true, true, "запрос");
    }

    private String text(PairingRules.Violation v) {
        return messages.getMessage(v.code(), v.args(), RU);
    }

    @Test
    void theCapacityMessageDeclinesTheMentorAndPluralisesTheLimit() {
        Participant mentor = student(1, "Орлов Глеб Сергеевич", 10, 1, true);
        List<Participant> mentees = List.of(student(2, "Бойко Анна Ивановна", 5, null, true),
                student(3, "Гусев Олег Петрович", 5, null, true));
        PairingRules.Proposal p = new PairingRules.Proposal(PairingRulesTest.STUDENT_STUDENT, true, null, mentor,
                mentees, PairingRulesTest.START, PairingRulesTest.END, PairingRulesTest.SCHOOL,
                ru.edu.mentoring.schools.SchoolKind.GENERAL, true, 0, Set.of());
        PairingRules.Violation capacity = PairingRules.check(p).stream()
                .filter(v -> v.code().equals("pair.rule.capacity")).findFirst().orElseThrow();
        assertThat(text(capacity)).isEqualTo("У наставника Орлова Г. С. нагрузка до 1 наставляемого, уже ведёт 0.");
        assertThat(messages.getMessage("pair.rule.capacity", new Object[] {"Орлова Г. С.", 3, 1}, RU))
                .contains("до 3 наставляемых");
        assertThat(messages.getMessage("pair.rule.capacity", new Object[] {"Орлова Г. С.", 21, 1}, RU))
                .contains("до 21 наставляемого");
    }

    @Test
    void theConsentMessageDeclinesTheMinor() {
        Participant mentor = student(1, "Сидоров Иван Петрович", 10, 3, true);
        Participant minor = student(2, "Орлова Галина Сергеевна", 5, null, false);
        PairingRules.Proposal p = new PairingRules.Proposal(PairingRulesTest.STUDENT_STUDENT, true, null, mentor,
                List.of(minor), PairingRulesTest.START, PairingRulesTest.END, PairingRulesTest.SCHOOL,
                ru.edu.mentoring.schools.SchoolKind.GENERAL, true, 0, Set.of());
        PairingRules.Violation consent = PairingRules.check(p).stream()
                .filter(v -> v.code().equals("pair.rule.consent")).findFirst().orElseThrow();
        assertThat(text(consent)).contains("для Орловой Г. С.:");
    }
}
