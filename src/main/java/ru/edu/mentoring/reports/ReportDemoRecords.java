package ru.edu.mentoring.reports;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the demo loader asks of annual reports: whether a municipality has any yet (the load is idempotent). */
@Service
public class ReportDemoRecords {

    private final SchoolReportRepository reports;

    ReportDemoRecords(SchoolReportRepository reports) {
        this.reports = reports;
    }

    @Transactional(readOnly = true)
    public boolean anyIn(long municipalityId) {
        return reports.existsByMunicipalityId(municipalityId);
    }
}
