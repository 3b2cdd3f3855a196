package ru.edu.mentoring.programmes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import ru.edu.mentoring.monitoring.QualityIndicators;

/** The quality page's column of approved programmes of mentoring per school (a count; the total is their sum). */
@Component
class ProgrammeIndicators implements QualityIndicators {

    private final ProgrammeFigures figures;

    ProgrammeIndicators(ProgrammeFigures figures) {
        this.figures = figures;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<Column> columns(Scope scope) {
        Map<Long, Value> approved = new HashMap<>();
        figures.approvedBySchool(scope.municipalityId(), scope.academicYear())
                .forEach((school, n) -> approved.put(school, Value.count(n)));
        return List.of(new Column("programmes.approved", "indicators.col.programmesApproved", Total.SUM, approved));
    }
}
