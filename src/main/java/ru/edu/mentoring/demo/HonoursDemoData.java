package ru.edu.mentoring.demo;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ru.edu.mentoring.approval.Actor;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.honours.HonoursDemoRecords;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;

/**
 * Nominations for the department's грамоты and благодарности (issue 21 point 3) at the two schools with curators: one
 * under review, one approved (its certificate prints), one returned with remarks, one refused; and the department's
 * signatory that the certificates print. Runs once, after the mentor bases exist.
 */
@Component
@Order(57)
@ConditionalOnProperty(name = "app.demo-data.enabled", havingValue = "true")
class HonoursDemoData implements ApplicationRunner {

    private final Schools schools;
    private final Accounts accounts;
    private final HonoursDemoRecords records;

    HonoursDemoData(Schools schools, Accounts accounts, HonoursDemoRecords records) {
        this.schools = schools;
        this.accounts = accounts;
        this.records = records;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long municipality = schools.municipalityByName(DemoData.MUNICIPALITY).orElse(null);
        if (municipality == null || records.anyIn(municipality)) {
            return;
        }
        records.signatory(municipality, "Управление образования Администрации городского округа Первоуральск",
                "Начальник Управления образования", "Гребнева Наталья Владимировна");
        List<Long> department = accounts.enabledUserIdsInMunicipality(Role.DEPARTMENT, municipality);
        Actor decider = new Actor(department.isEmpty() ? 0 : department.get(0), "Кузнецова Елена Сергеевна");
        for (SchoolSummary school : schools.ofMunicipality(municipality)) {
            if (school.hasCurator()) {
                records.load(school, new Actor(school.curatorUserId(), school.curatorName()), decider);
            }
        }
    }
}
