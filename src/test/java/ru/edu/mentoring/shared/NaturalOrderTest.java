package ru.edu.mentoring.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 16, point 6: numbers inside names sort as numbers («СОШ № 1, № 2, № 10»). */
class NaturalOrderTest {

    @Test
    void numbersInsideNamesSortAsNumbers() {
        List<String> names = new ArrayList<>(List.of("МАОУ СОШ № 10", "МАОУ СОШ № 2", "МАОУ СОШ № 1",
                "МАОУ СОШ № 21", "МАОУ СОШ № 3", "МАОУ Гимназия № 5", "МАОУ СОШ № 7 с УИОП", "МАОУ СОШ № 7"));
        Collections.shuffle(names, new java.util.Random(16));
        names.sort(NaturalOrder.strings());
        assertThat(names).containsExactly("МАОУ Гимназия № 5", "МАОУ СОШ № 1", "МАОУ СОШ № 2", "МАОУ СОШ № 3",
                "МАОУ СОШ № 7", "МАОУ СОШ № 7 с УИОП", "МАОУ СОШ № 10", "МАОУ СОШ № 21");
    }

    @Test
    void textComparesTheRussianWayAndLeadingZerosDoNotMatter() {
        List<String> names = Arrays.asList("Школа № 010", "школа № 9", "Ёлочка", "Ежевика", "Школа № 9а", null,
                "Лицей 2", "Лицей 12");
        names.sort(NaturalOrder.strings());
        assertThat(names).containsExactly("Ежевика", "Ёлочка", "Лицей 2", "Лицей 12", "школа № 9", "Школа № 9а",
                "Школа № 010", null);
        assertThat(NaturalOrder.strings().compare("№ 007", "№ 7")).isNotZero();
        assertThat(NaturalOrder.strings().compare("№ 99999999999999999999", "№ 100000000000000000000")).isNegative();
    }

    @Test
    void recordsSortByTheirName() {
        record School(String name) {}
        List<School> list = new ArrayList<>(List.of(new School("СОШ № 10"), new School("СОШ № 2")));
        list.sort(NaturalOrder.by(School::name));
        assertThat(list).extracting(School::name).containsExactly("СОШ № 2", "СОШ № 10");
    }
}
