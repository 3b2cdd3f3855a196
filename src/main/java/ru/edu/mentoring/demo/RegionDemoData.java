package ru.edu.mentoring.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.regions.RegionDemoRecords;
import ru.edu.mentoring.regions.Regions;
import ru.edu.mentoring.schools.SchoolForm;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.schools.Schools;

/**
 * The demo region (issue 22): Свердловская область with the demo municipality and one more small municipality (two
 * schools with student counts), the regional centre's account {@code region} bound to it, the region's yearly targets
 * and this year's reporting periods, and checklist answers of three demo schools. Called once from {@link DemoData},
 * in its transaction, after its schools and accounts exist.
 */
@Component
class RegionDemoData {

    static final String SECOND_MUNICIPALITY = "Городской округ Ревда";

    private final Schools schools;
    private final Accounts accounts;
    private final Regions regions;
    private final RegionDemoRecords records;
    private final Clock clock;

    RegionDemoData(Schools schools, Accounts accounts, Regions regions, RegionDemoRecords records, Clock clock) {
        this.schools = schools;
        this.accounts = accounts;
        this.regions = regions;
        this.records = records;
        this.clock = clock;
    }

    @Transactional
    void load(long regionUserId, List<Long> demoSchools) {
        int year = LocalDate.now(clock).getYear();
        long second = schools.createMunicipality(SECOND_MUNICIPALITY, DemoData.REGION);
        long a = schools.createSchool(second, new SchoolForm(
                "Муниципальное автономное общеобразовательное учреждение «Средняя общеобразовательная школа № 3»",
                "МАОУ СОШ № 3 (Ревда)", SchoolKind.GENERAL, "623280, Свердловская обл., г. Ревда, ул. Мира, д. 5",
                null, "Колесникова Анна Викторовна"));
        long b = schools.createSchool(second, new SchoolForm(
                "Государственное автономное профессиональное образовательное учреждение Свердловской области"
                        + " «Ревдинский многопрофильный техникум»", "ГАПОУ СО «РМТ»", SchoolKind.VOCATIONAL,
                "623280, Свердловская обл., г. Ревда, ул. Цветников, д. 38", null, "Гусев Павел Олегович"));
        for (int y = 2020; y <= year; y++) {
            schools.setStudentCount(a, y, 610 + 5 * (y - 2020), null);
            schools.setStudentCount(b, y, 420, null);
        }
        long region = regions.ensureRegion(DemoData.REGION);
        accounts.bindToRegion(regionUserId, region);
        records.settings(region, 2020, year + 1, year);
        records.answers(demoSchools.get(0), "https://school1.example.ru/nastavnichestvo", true, true);
        records.answers(demoSchools.get(1), "https://school2.example.ru/nastavnichestvo", false, false);
        records.answers(demoSchools.get(2), null, false, false);
    }
}
