package ru.edu.mentoring.demo;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import ru.edu.mentoring.accounts.AccountPrincipal;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.reports.ReportDemoRecords;
import ru.edu.mentoring.reports.Reports;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;

/**
 * Annual school reports for 2025/26: МАОУ СОШ № 2 has sent its report (figures frozen), МАОУ СОШ № 1 is writing a
 * draft. Runs once, after the other demo data (the figures come from their pairs, bases and counts).
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "app.demo-data.enabled", havingValue = "true")
class ReportsDemoData implements ApplicationRunner {

    static final int YEAR = 2025;

    private final Schools schools;
    private final Reports reports;
    private final UserDetailsService users;
    private final ReportDemoRecords records;

    ReportsDemoData(Schools schools, Reports reports, UserDetailsService users, ReportDemoRecords records) {
        this.schools = schools;
        this.reports = reports;
        this.users = users;
        this.records = records;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long municipality = schools.municipalityByName(DemoData.MUNICIPALITY).orElse(null);
        if (municipality == null || records.anyIn(municipality)) {
            return;
        }
        Map<String, SchoolSummary> byName = schools.ofMunicipality(municipality).stream()
                .collect(Collectors.toMap(SchoolSummary::shortName, Function.identity()));
        SchoolSummary school1 = byName.get("МАОУ СОШ № 1");
        SchoolSummary school2 = byName.get("МАОУ СОШ № 2");
        if (school1 == null || school2 == null) {
            return;
        }
        CurrentUser curator2 = user("curator2");
        long submitted = reports.createFor(school2, YEAR);
        reports.editTexts(curator2, submitted, reports.currentVersion(submitted),
                "В 2025/26 учебном году в школе работали наставнические пары в формах «ученик – ученик» и «учитель – "
                        + "ученик». Все наставники прошли обучение, дорожная карта согласована управлением образования.",
                "Проект «Равный – равному»: старшеклассники помогают пятиклассникам в адаптации; "
                        + "открытые уроки наставников для молодых специалистов.",
                "Не хватает наставников из числа работодателей. В следующем году планируем договор с "
                        + "предприятием и форму «работодатель – ученик».");
        reports.submit(curator2, submitted, reports.currentVersion(submitted));

        CurrentUser curator1 = user("curator1");
        long draft = reports.createFor(school1, YEAR);
        reports.editTexts(curator1, draft, reports.currentVersion(draft),
                "Черновик: итоги года будут дополнены после итогового мероприятия.", null, null);
    }

    private CurrentUser user(String username) {
        return ((AccountPrincipal) users.loadUserByUsername(username)).getUser();
    }
}
