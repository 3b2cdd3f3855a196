package ru.edu.mentoring.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceOfIssueTest {

    @Test
    void thePlaceIsTheFirstSettlementOfTheAddress() {
        assertThat(PlaceOfIssue.of("623100, Свердловская обл., г. Первоуральск, ул. Ватутина, д. 24",
                "Городской округ Первоуральск")).isEqualTo("г. Первоуральск");
        assertThat(PlaceOfIssue.of("623131, Свердловская обл., г. Первоуральск, пос. Новоуткинск, ул. Гагарина, д. 6",
                null)).isEqualTo("г. Первоуральск");
        assertThat(PlaceOfIssue.of("346720, Ростовская обл., Аксайский р-н, с. Ольгинская, ул. Ленина, 1",
                "Аксайский район")).isEqualTo("с. Ольгинская");
        assertThat(PlaceOfIssue.of("662200, Красноярский край, город Назарово, ул. Школьная, 1", null))
                .isEqualTo("г. Назарово");
        assertThat(PlaceOfIssue.of("646580, Омская обл., р.п. Усть-Ишим, ул. Горького, 1", "Усть-Ишимский район"))
                .isEqualTo("р.п. Усть-Ишим");
        assertThat(PlaceOfIssue.of("г.Первоуральск, ул. Ленина, 1", null)).isEqualTo("г. Первоуральск");
    }

    @Test
    void withoutASettlementInTheAddressTheMunicipalityTells() {
        assertThat(PlaceOfIssue.of(null, "Городской округ Первоуральск")).isEqualTo("г. Первоуральск");
        assertThat(PlaceOfIssue.of("", "городской округ город Назарово")).isEqualTo("г. Назарово");
        assertThat(PlaceOfIssue.of(null, "Аксайский район")).isEqualTo("Аксайский район");
        assertThat(PlaceOfIssue.of(null, null)).isEmpty();
    }
}
