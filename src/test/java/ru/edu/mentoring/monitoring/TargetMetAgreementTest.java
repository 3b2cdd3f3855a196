package ru.edu.mentoring.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.edu.mentoring.monitoring.Monitoring.Dashboard;
import ru.edu.mentoring.monitoring.Monitoring.SchoolLine;
import ru.edu.mentoring.monitoring.Monitoring.Teachers;

/** Issue 16, point 14: the badge, the gap, the «ниже цели» filter and the XLSX export judge «met» the same way. */
class TargetMetAgreementTest {

    static final BigDecimal SIXTY = new BigDecimal("60.0");

    static SchoolLine line(long id, String name, long involved, Integer students) {
        return new SchoolLine(id, name, Figure.of(involved, students, SIXTY), Map.of(), 0, 0);
    }

    static Dashboard dashboard(List<SchoolLine> lines) {
        long involved = lines.stream().mapToLong(l -> l.figure().involved()).sum();
        int students = lines.stream().map(l -> l.figure().students()).filter(java.util.Objects::nonNull)
                .mapToInt(Integer::intValue).sum();
        return new Dashboard(1, "Округ", LocalDate.of(2026, 12, 31), 2026, Figure.of(involved, students, SIXTY),
                List.of(), lines, List.of(), new Teachers(0, 0, 0, 0, List.of()), 0, List.of(), List.of(), List.of(),
                Map.of());
    }

    @Test
    void theBelowTargetFilterAndTheXlsxGapAgree() {
        List<SchoolLine> lines = List.of(line(1, "МАОУ СОШ № 1", 709, 1182), line(2, "МАОУ СОШ № 2", 710, 1182),
                line(3, "МАОУ СОШ № 3", 10, null), line(4, "МАОУ СОШ № 4", 500, 1182));
        Dashboard d = dashboard(lines);

        List<String> filtered = Monitoring.sorted(d.schools(), "name", true).stream().map(SchoolLine::name).toList();
        assertThat(filtered).containsExactly("МАОУ СОШ № 1", "МАОУ СОШ № 4");

        List<List<Object>> rows = MonitoringExportController.xlsxRows(d, "Итого", "нет данных");
        assertThat(rows).hasSize(5);
        List<Object> no1 = rows.get(0);
        assertThat(no1.get(0)).isEqualTo("МАОУ СОШ № 1");
        assertThat(no1.get(5)).isEqualTo(1L); // gap: one student, although 709 of 1 182 shows 60,0 %
        assertThat(rows.get(1).get(5)).isEqualTo(0L);
        List<String> belowInXlsx = rows.subList(0, 4).stream()
                .filter(r -> r.get(5) instanceof Long gap && gap > 0).map(r -> (String) r.get(0)).toList();
        assertThat(belowInXlsx).isEqualTo(filtered);
    }

    @Test
    void anXlsxCellWithoutAStudentCountSaysNoData() {
        Dashboard d = dashboard(List.of(line(3, "МАОУ СОШ № 3", 10, null)));
        List<Object> row = MonitoringExportController.xlsxRows(d, "Итого", "нет данных").get(0);
        assertThat(row.get(1)).isEqualTo("нет данных"); // students
        assertThat(row.get(3)).isEqualTo("нет данных"); // coverage
        assertThat(row.get(5)).isEqualTo("нет данных"); // gap
    }
}
