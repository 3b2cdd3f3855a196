package ru.edu.mentoring.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import ru.edu.mentoring.accounts.AccountPrincipal;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.contests.ContestsDemoRecords;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;

/**
 * The demo municipality's contests (issue 21): «Лучший педагог-наставник» of the demo year with the applications of
 * МАОУ СОШ № 1, № 2 and № 7, a jury of three (the department's specialist, the methodologist and the curator of
 * СОШ № 7, who does not score her own school) with every score entered and the results published, and «Лучшие
 * практики наставничества» taking applications. Runs once, after the mentor bases exist.
 */
@Component
@Order(70)
@ConditionalOnProperty(name = "app.demo-data.enabled", havingValue = "true")
class ContestsDemoData implements ApplicationRunner {

    private final Schools schools;
    private final ContestsDemoRecords records;
    private final UserDetailsService users;

    ContestsDemoData(Schools schools, ContestsDemoRecords records, UserDetailsService users) {
        this.schools = schools;
        this.records = records;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long municipality = schools.municipalityByName(DemoData.MUNICIPALITY).orElse(null);
        if (municipality == null || records.any(municipality)) {
            return;
        }
        Map<String, Long> byName = new LinkedHashMap<>();
        for (SchoolSummary s : schools.ofMunicipality(municipality)) {
            byName.put(s.shortName(), s.id());
        }
        Map<Long, CurrentUser> applicants = new LinkedHashMap<>();
        applicants.put(byName.get("МАОУ СОШ № 1"), user("curator1"));
        applicants.put(byName.get("МАОУ СОШ № 2"), user("curator2"));
        applicants.put(byName.get("МАОУ СОШ № 7"), user("curator3"));
        records.load(municipality, user("department"), applicants,
                List.of(user("department"), user("methodologist"), user("curator3")));
    }

    private CurrentUser user(String username) {
        return ((AccountPrincipal) users.loadUserByUsername(username)).getUser();
    }
}
