package ru.edu.mentoring.programmes;

import java.util.Map;
import org.springframework.stereotype.Service;

/** The programmes module's figures for other modules (the methodologist's page). */
@Service
public class ProgrammeFigures {

    private final Programmes programmes;

    ProgrammeFigures(Programmes programmes) {
        this.programmes = programmes;
    }

    /**
     * The approved programmes of each school of the municipality in the academic year starting in {@code academicYear}
     * (school id → count); a school without an approved programme is absent.
     */
    public Map<Long, Integer> approvedBySchool(long municipalityId, int academicYear) {
        return programmes.approvedCounts(municipalityId, academicYear);
    }
}
