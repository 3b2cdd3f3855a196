package ru.edu.mentoring.monitoring;

import java.util.List;
import org.springframework.stereotype.Service;
import ru.edu.mentoring.accounts.CurrentUser;

/**
 * The schools of the user's municipality below this year's coverage target, by the dashboard's own «ниже цели» rule
 * ({@link Figure#below()}), from the dashboard's short-lived cache: for the department's start page.
 */
@Service
public class BelowTarget {

    /** A school below the target: its coverage and the target as shown on the dashboard. */
    public record SchoolBelow(long schoolId, String schoolName, String percentText, String targetText, Long gap) {}

    private final Monitoring monitoring;
    private final ReadModels cache;

    BelowTarget(Monitoring monitoring, ReadModels cache) {
        this.monitoring = monitoring;
        this.cache = cache;
    }

    /** The schools below the target, largest gap first; empty for a user without a municipality. */
    public List<SchoolBelow> schools(CurrentUser user) {
        if (!user.seesWholeMunicipality() || user.municipalityId() == null) {
            return List.of();
        }
        long municipalityId = user.municipalityId();
        java.time.LocalDate asOf = monitoring.asOf(null);
        // the same cache entry as the dashboard's
        Monitoring.Dashboard d;
        try {
            d = cache.get(new ReadModels.DashboardOf(municipalityId, null, asOf)).value();
        } catch (ru.edu.mentoring.shared.NotFoundException none) {
            return List.of(); // a municipality without schools
        }
        return Monitoring.sorted(d.schools(), "gap", true).stream().map(l -> new SchoolBelow(l.id(), l.name(),
                l.figure().percentText(), l.figure().targetText(), l.figure().gap())).toList();
    }
}
