package ru.edu.mentoring.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The quality figures of the annual report's prefill (issue 20 point 6) are frozen with the others at submission and
 * read back as they were shown; a report frozen before them reads with none.
 */
class ReportFiguresQualityTest {

    @Test
    void qualityFiguresSurviveTheSnapshotAndOldSnapshotsHaveNone() {
        ReportFigures f = new ReportFigures(2026, LocalDate.of(2027, 5, 20), 3, 40, null, null, Map.of(), Map.of(), 3,
                2, 3, null, 0, 0, 0, null, 0, 0, 0, List.of(
                        new ReportFigures.Quality("training.trained", "indicators.col.trained", "2", null),
                        new ReportFigures.Quality("meetings.perPair", "indicators.col.meetingsPerPair", "2,0", null),
                        new ReportFigures.Quality("questionnaires.satisfaction", "indicators.col.satisfaction", null,
                                "indicators.fewAnswers")));
        ReportFigures back = ReportFigures.parse(f.toText());
        assertThat(back.quality()).isEqualTo(f.quality());
        assertThat(back.trainedMentors()).isEqualTo(2);

        ReportFigures old = ReportFigures.parse("year=2025\ninvolved=0\nstudents=500\npercent=0.0\n");
        assertThat(old.quality()).isEmpty();
    }
}
