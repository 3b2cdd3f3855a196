package ru.edu.mentoring.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.schools.SchoolForm;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.schools.Schools;

/**
 * A living municipality for a newcomer: loaded on the first start in embedded mode or with the {@code demo} profile,
 * never otherwise. Every demo account has the password {@code demo}.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "app.demo-data.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String MUNICIPALITY = "Городской округ Первоуральск";
    static final String REGION = "Свердловская область";
    static final String PASSWORD = "demo";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Accounts accounts;
    private final Schools schools;
    private final RegionDemoData region;
    private String passwordHash;

    DemoData(Accounts accounts, Schools schools, RegionDemoData region) {
        this.accounts = accounts;
        this.schools = schools;
        this.region = region;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.anyAccounts()) {
            return;
        }
        long started = System.nanoTime();
        passwordHash = accounts.encodePassword(PASSWORD);
        long municipality = schools.createMunicipality(MUNICIPALITY, REGION);
        List<Long> ids = new ArrayList<>();
        for (SchoolForm school : demoSchools()) {
            ids.add(schools.createSchool(municipality, school));
        }
        account("admin", "Соколова Марина Викторовна", Set.of(Role.ADMIN), null, Set.of());
        account("department", "Кузнецова Елена Сергеевна", Set.of(Role.DEPARTMENT), municipality, Set.of());
        account("methodologist", "Орлова Татьяна Николаевна", Set.of(Role.METHODOLOGIST), municipality, Set.of());
        long curator1 = account("curator1", "Иванова Анна Петровна", Set.of(Role.CURATOR), municipality, Set.of());
        long curator2 = account("curator2", "Смирнов Дмитрий Алексеевич", Set.of(Role.CURATOR), municipality,
                Set.of());
        account("head1", "Пономарёва Ольга Ивановна", Set.of(Role.SCHOOL_HEAD), municipality, Set.of(ids.get(0)));
        long regionUser = account("region", "Белова Светлана Юрьевна", Set.of(Role.REGION), null, Set.of());
        schools.appointCurator(ids.get(0), curator1, "112-о", LocalDate.of(2025, 9, 1));
        schools.appointCurator(ids.get(1), curator2, "87/1-од", LocalDate.of(2025, 9, 3));
        region.load(regionUser, ids);
        log.info("Demo data loaded: {} schools, 7 demo accounts (password «demo») in {} ms", ids.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** A demo account with the one hash of {@link #PASSWORD} (bcrypt once, not once per account). */
    private long account(String username, String fullName, Set<Role> roles, Long municipality, Set<Long> schoolIds) {
        return accounts.create(
                new Accounts.NewAccount(username, PASSWORD, fullName, username + "@example.org", roles, municipality,
                        schoolIds),
                passwordHash);
    }

    static List<SchoolForm> demoSchools() {
        String maou = "Муниципальное автономное общеобразовательное учреждение ";
        return List.of(
                new SchoolForm(maou + "«Средняя общеобразовательная школа № 1»", "МАОУ СОШ № 1",
                        SchoolKind.GENERAL, "623100, Свердловская обл., г. Первоуральск, ул. Ватутина, д. 24",
                        "https://school1.example.ru", "Пономарёва Ольга Ивановна"),
                new SchoolForm(maou + "«Средняя общеобразовательная школа № 2 с углублённым изучением отдельных"
                                + " предметов»", "МАОУ СОШ № 2",
                        SchoolKind.GENERAL, "623102, Свердловская обл., г. Первоуральск, ул. Ленина, д. 13",
                        "https://school2.example.ru", "Лебедев Андрей Николаевич"),
                new SchoolForm(maou + "«Средняя общеобразовательная школа № 7»", "МАОУ СОШ № 7",
                        SchoolKind.GENERAL, "623104, Свердловская обл., г. Первоуральск, ул. Трубников, д. 42",
                        null, "Григорьева Наталья Викторовна"),
                new SchoolForm(maou + "«Лицей № 21»", "МАОУ «Лицей № 21»", SchoolKind.GENERAL,
                        "623107, Свердловская обл., г. Первоуральск, ул. Чкалова, д. 35", null,
                        "Фёдоров Игорь Валентинович"),
                new SchoolForm(maou + "«Средняя общеобразовательная школа № 10»", "МАОУ СОШ № 10",
                        SchoolKind.GENERAL, "623111, Свердловская обл., г. Первоуральск, ул. Береговая, д. 48",
                        null, "Захарова Людмила Степановна"),
                new SchoolForm("Муниципальное бюджетное общеобразовательное учреждение «Основная общеобразовательная"
                                + " школа № 22»", "МБОУ ООШ № 22", SchoolKind.GENERAL,
                        "623131, Свердловская обл., г. Первоуральск, пос. Новоуткинск, ул. Гагарина, д. 6", null,
                        "Ершова Валентина Петровна"),
                new SchoolForm("Государственное автономное профессиональное образовательное учреждение Свердловской"
                                + " области «Первоуральский политехникум»", "ГАПОУ СО «ППТ»",
                        SchoolKind.VOCATIONAL, "623101, Свердловская обл., г. Первоуральск, ул. Емлина, д. 19",
                        null, "Никитин Сергей Владимирович"),
                new SchoolForm("Муниципальное автономное учреждение дополнительного образования «Центр детского"
                                + " творчества»", "МАУ ДО «ЦДТ»", SchoolKind.SUPPLEMENTARY,
                        "623100, Свердловская обл., г. Первоуральск, ул. Советская, д. 9", null,
                        "Морозова Ирина Александровна"));
    }
}
