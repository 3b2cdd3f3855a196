package ru.edu.mentoring.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import ru.edu.mentoring.accounts.AccountPrincipal;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.api.ApiTokens;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.snapshots.SnapshotPeriod;
import ru.edu.mentoring.snapshots.Snapshots;

/**
 * Snapshots sent to the region: last year's figures of Первоуральск, signed off and accepted by the region, and
 * the first half of this year, returned with a comment; and one API token of the region with a known value, printed in the
 * log (demo data only). Runs once, after the other demo data (the figures come from their pairs and counts).
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "app.demo-data.enabled", havingValue = "true")
class SnapshotsDemoData implements ApplicationRunner {

    /** The demo's API token of the region (demo only: a real token is issued by the administrator, shown once). */
    static final String TOKEN = "nst_demo-region-sverdlovsk-0000000000000000";

    private static final Logger log = LoggerFactory.getLogger(SnapshotsDemoData.class);

    private final Schools schools;
    private final Snapshots snapshots;
    private final ApiTokens tokens;
    private final UserDetailsService users;
    private final java.time.Clock clock;

    SnapshotsDemoData(Schools schools, Snapshots snapshots, ApiTokens tokens, UserDetailsService users,
            java.time.Clock clock) {
        this.clock = clock;
        this.schools = schools;
        this.snapshots = snapshots;
        this.tokens = tokens;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long municipality = schools.municipalityByName(DemoData.MUNICIPALITY).orElse(null);
        if (municipality == null) {
            return;
        }
        if (!snapshots.anyIn(municipality)) {
            CurrentUser department = user("department");
            CurrentUser region = user("region");
            // last year's figures (accepted) and this year's first half (returned), whatever day the demo loads on
            int year = java.time.LocalDate.now(clock).getYear();
            long accepted = snapshots.create(department, year - 1, SnapshotPeriod.YEAR);
            snapshots.submit(department, accepted, snapshots.currentVersion(accepted));
            snapshots.approve(region, accepted, snapshots.currentVersion(accepted), null);
            long returned = snapshots.create(department, year, SnapshotPeriod.HALF_YEAR);
            snapshots.submit(department, returned, snapshots.currentVersion(returned));
            snapshots.returnForRework(region, returned, snapshots.currentVersion(returned),
                    "Численность обучающихся МАОУ СОШ № 10 не указана: внесите её и отправьте новую версию.");
        }
        tokens.issueDemo("Региональная АИС мониторинга (демо)", DemoData.REGION, TOKEN, user("admin").id());
        log.info("Demo API token of the region «{}»: {} (demo data only)", DemoData.REGION, TOKEN);
    }

    private CurrentUser user(String username) {
        return ((AccountPrincipal) users.loadUserByUsername(username)).getUser();
    }
}
