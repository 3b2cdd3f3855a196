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

    @Test
    void fullNamesTakeTheAccusative() {
        assertThat(RussianNames.accusative("Иванова Анна Петровна")).isEqualTo("Иванову Анну Петровну");
        assertThat(RussianNames.accusative("Петров Сергей Иванович")).isEqualTo("Петрова Сергея Ивановича");
        assertThat(RussianNames.accusative("Соловьёв Игорь Юрьевич")).isEqualTo("Соловьёва Игоря Юрьевича");
        assertThat(RussianNames.accusative("Синицына Мария Олеговна")).isEqualTo("Синицыну Марию Олеговну");
        assertThat(RussianNames.accusative("Белинская Наталья Ивановна")).isEqualTo("Белинскую Наталью Ивановну");
        assertThat(RussianNames.accusative("Толстой Лев Николаевич")).isEqualTo("Толстого Льва Николаевича");
        assertThat(RussianNames.accusative("Горький Павел Петрович")).isEqualTo("Горького Павла Петровича");
        assertThat(RussianNames.accusative("Сорокин Илья Андреевич")).isEqualTo("Сорокина Илью Андреевича");
        assertThat(RussianNames.accusative("Кузнецов Никита")).isEqualTo("Кузнецова Никиту");
        assertThat(RussianNames.accusative("Шмидт Юрий Карлович")).isEqualTo("Шмидта Юрия Карловича");
        assertThat(RussianNames.accusative("Ким Любовь Андреевна")).isEqualTo("Ким Любовь Андреевну");
        assertThat(RussianNames.accusative("Римская-Корсакова Ольга Петровна"))
                .isEqualTo("Римскую-Корсакову Ольгу Петровну");
        assertThat(RussianNames.accusative("Иванов Пётр Сергеевич")).isEqualTo("Иванова Петра Сергеевича");
    }

    @Test
    void fullNamesTakeTheDative() {
        assertThat(RussianNames.dative("Иванова Анна Петровна")).isEqualTo("Ивановой Анне Петровне");
        assertThat(RussianNames.dative("Петров Сергей Иванович")).isEqualTo("Петрову Сергею Ивановичу");
        assertThat(RussianNames.dative("Синицына Мария Олеговна")).isEqualTo("Синицыной Марии Олеговне");
        assertThat(RussianNames.dative("Белинская Анна Ивановна")).isEqualTo("Белинской Анне Ивановне");
        assertThat(RussianNames.dative("Белинский Виссарион Григорьевич"))
                .isEqualTo("Белинскому Виссариону Григорьевичу");
        assertThat(RussianNames.dative("Гоголь Николай Васильевич")).isEqualTo("Гоголю Николаю Васильевичу");
        assertThat(RussianNames.dative("Ким Любовь Андреевна")).isEqualTo("Ким Любови Андреевне");
        assertThat(RussianNames.dative("Сорокин Илья")).isEqualTo("Сорокину Илье");
    }

    @Test
    void indeclinableSurnamesStayAsWrittenInEveryCase() {
        assertThat(RussianNames.accusative("Шевченко Тарас Григорьевич")).isEqualTo("Шевченко Тараса Григорьевича");
        assertThat(RussianNames.dative("Шевченко Анна Петровна")).isEqualTo("Шевченко Анне Петровне");
        assertThat(RussianNames.accusative("Дюма Александр")).isEqualTo("Дюма Александра");
        assertThat(RussianNames.dative("Гюго Виктор")).isEqualTo("Гюго Виктору");
        assertThat(RussianNames.accusative("Черных Ольга Ивановна")).isEqualTo("Черных Ольгу Ивановну");
        assertThat(RussianNames.accusative("Черных Олег Иванович")).isEqualTo("Черных Олега Ивановича");
        assertThat(RussianNames.dative("Шмидт Анна Карловна")).isEqualTo("Шмидт Анне Карловне");
        assertThat(RussianNames.accusative("Мамедов Рашид Ильхам оглы")).isEqualTo("Мамедова Рашида Ильхам оглы");
        assertThat(RussianNames.accusative("Обезличено № 42")).isEqualTo("Обезличено № 42");
        assertThat(RussianNames.accusative("Иванова А. П.")).as("initials tell no gender").isEqualTo("Иванова А. П.");
    }

    @Test
    void aSignatureHasTheInitialsFirst() {
        assertThat(RussianNames.initialsFirst("Иванова Анна Петровна")).isEqualTo("А. П. Иванова");
        assertThat(RussianNames.initialsFirst("Сорокин Илья")).isEqualTo("И. Сорокин");
    }
}
