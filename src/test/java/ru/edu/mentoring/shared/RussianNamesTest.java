package ru.edu.mentoring.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import ru.edu.mentoring.shared.RussianNames.Gender;

class RussianNamesTest {

    @Test
    void theGenderComesFromThePatronymicOrTheFirstName() {
        assertThat(RussianNames.gender("Орлов Глеб Сергеевич")).isEqualTo(Gender.MALE);
        assertThat(RussianNames.gender("Орлова Галина Сергеевна")).isEqualTo(Gender.FEMALE);
        assertThat(RussianNames.gender("Мамедов Рашид Ильхам оглы")).isEqualTo(Gender.MALE);
        assertThat(RussianNames.gender("Петрова Анна")).isEqualTo(Gender.FEMALE);
        assertThat(RussianNames.gender("Сорокин Илья")).isEqualTo(Gender.MALE);
        assertThat(RussianNames.gender("Ким Любовь")).isEqualTo(Gender.FEMALE);
        assertThat(RussianNames.gender("Иванов Пётр")).isEqualTo(Gender.MALE);
        assertThat(RussianNames.gender("Иванов")).isEqualTo(Gender.UNKNOWN);
    }

    @Test
    void commonSurnamesTakeTheGenitive() {
        assertThat(RussianNames.genitive("Орлов Глеб Сергеевич", "Орлов Г. С.")).isEqualTo("Орлова Г. С.");
        assertThat(RussianNames.genitive("Соловьёв Иван Петрович", "Соловьёв И. П.")).isEqualTo("Соловьёва И. П.");
        assertThat(RussianNames.genitive("Пушкин Олег", "Пушкин О.")).isEqualTo("Пушкина О.");
        assertThat(RussianNames.genitive("Орлова Галина Сергеевна", "Орлова Г. С.")).isEqualTo("Орловой Г. С.");
        assertThat(RussianNames.genitive("Синицына Мария Олеговна", "Синицына М. О.")).isEqualTo("Синицыной М. О.");
        assertThat(RussianNames.genitive("Белинский Виссарион Григорьевич", "Белинский В. Г."))
                .isEqualTo("Белинского В. Г.");
        assertThat(RussianNames.genitive("Толстой Лев Николаевич", "Толстой Л. Н.")).isEqualTo("Толстого Л. Н.");
        assertThat(RussianNames.genitive("Белинская Анна Ивановна", "Белинская А. И.")).isEqualTo("Белинской А. И.");
        assertThat(RussianNames.genitive("Римская-Корсакова Анна Ивановна", "Римская-Корсакова А. И."))
                .isEqualTo("Римской-Корсаковой А. И.");
    }

    @Test
    void otherSurnamesStayAsWritten() {
        assertThat(RussianNames.genitive("Ким Любовь Андреевна", "Ким Л. А.")).isEqualTo("Ким Л. А.");
        assertThat(RussianNames.genitive("Шевчук Анна", "Шевчук А.")).isEqualTo("Шевчук А.");
        assertThat(RussianNames.genitive("Дюма Александр", "Дюма А.")).isEqualTo("Дюма А.");
        assertThat(RussianNames.genitive("Орлов", "Орлов")).as("no first name: gender unknown").isEqualTo("Орлов");
        assertThat(RussianNames.genitive(null, "—")).isEqualTo("—");
    }
}
