package ru.edu.mentoring.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.edu.mentoring.monitoring.QualityIndicators.Column;
import ru.edu.mentoring.monitoring.QualityIndicators.Total;
import ru.edu.mentoring.monitoring.QualityIndicators.Value;

/**
 * The municipal total of a provider's column is never an average of the schools' values: counts are summed, shares
 * and ratios recomputed from the summed counts, means weighted by respondents (a school with fewer than 5 respondents
 * shows no mean and adds none).
 */
class QualityTotalsTest {

    static final List<Long> SCHOOLS = List.of(1L, 2L, 3L);

    @Test
    void countsAreSummedAndAnUnknownCountIsLeftOut() {
        Column c = new Column("x", "indicators.col.students", Total.SUM,
                Map.of(1L, Value.count(10), 2L, Value.count(30), 3L, Value.unknown()));
        assertThat(Quality.total(c, SCHOOLS)).isEqualTo(Value.count(40));
        assertThat(Quality.cell(c, Value.unknown(), null).missingKey()).isEqualTo("indicators.noData");
        assertThat(Quality.total(new Column("x", "k", Total.SUM, Map.of(1L, Value.unknown())), SCHOOLS).whole())
                .isNegative();
    }

    @Test
    void sharesAndRatiosAreRecomputedFromTheSummedCounts() {
        Column share = new Column("s", "k", Total.SHARE,
                Map.of(1L, Value.of(1, 2L), 2L, Value.of(1, 1L), 3L, Value.of(5, null)));
        Value total = Quality.total(share, SCHOOLS);
        assertThat(total.part()).isEqualTo(2);
        assertThat(total.whole()).isEqualTo(3);
        assertThat(Quality.cell(share, total, null).text()).isEqualTo("66,7\u00a0%"); // not (50 + 100) / 2 = 75
        Column ratio = new Column("r", "k", Total.RATIO, Map.of(1L, Value.of(3, 2L), 2L, Value.of(3, 1L)));
        assertThat(Quality.cell(ratio, Quality.total(ratio, SCHOOLS), null).text()).isEqualTo("2,0"); // not 2,3
        assertThat(Quality.cell(ratio, Value.of(0, 0L), null).text()).isEqualTo("—");
    }

    @Test
    void meansAreWeightedByRespondentsAndHiddenUnderFive() {
        Column mean = new Column("m", "indicators.col.trained", Total.MEAN, Map.of(
                1L, Value.mean(new BigDecimal("9.0"), 5),
                2L, Value.mean(new BigDecimal("6.0"), 20),
                3L, Value.mean(new BigDecimal("1.0"), 3)));
        assertThat(Quality.cell(mean, mean.bySchool().get(3L), null).missingKey()).isEqualTo("indicators.fewAnswers");
        Value total = Quality.total(mean, SCHOOLS);
        assertThat(total.whole()).isEqualTo(25);
        // (9 × 5 + 6 × 20) / 25 = 6,6 — not (9 + 6) / 2 = 7,5
        assertThat(Quality.cell(mean, total, null).text()).isEqualTo("6,6");
        Column few = new Column("m", "k", Total.MEAN, Map.of(1L, Value.mean(null, 3), 2L, Value.mean(null, 4)));
        assertThat(Quality.cell(few, Quality.total(few, SCHOOLS), null).missingKey()).isEqualTo("indicators.fewAnswers");
        Column none = new Column("m", "k", Total.MEAN, Map.of());
        assertThat(Quality.cell(none, Quality.total(none, SCHOOLS), null).missingKey())
                .isEqualTo("indicators.noAnswers");
    }
}
