package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.schools.SchoolForm;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * The schools a user sees come from the summaries' cache (a municipality's list, a single school), and every change of
 * a school or its curator shows in them at once: the list is read again after the change, not served as it was.
 */
class SchoolsVisibleToTest extends IntegrationTest {

    @Autowired
    Schools schools;

    @Autowired
    Accounts accounts;

    static List<String> names(List<SchoolSummary> list) {
        return list.stream().map(SchoolSummary::shortName).toList();
    }

    @Test
    void aDepartmentSeesItsMunicipalitysSchoolsAndANewSchoolOrANewCuratorAtOnce() {
        long m = schools.createMunicipality("Городской округ Видимые школы " + System.nanoTime(), "Свердловская область");
        long s2 = schools.createSchool(m, new SchoolForm("Видимая средняя школа № 2", "Видимая СОШ № 2",
                SchoolKind.GENERAL, null, null, null));
        schools.createSchool(m, new SchoolForm("Видимая средняя школа № 10", "Видимая СОШ № 10",
                SchoolKind.GENERAL, null, null, null));
        CurrentUser department = new CurrentUser(-5, "dept-visible", "Отдел", Set.of(Role.DEPARTMENT), m, Set.of());
        assertThat(names(schools.visibleTo(department))).containsExactly("Видимая СОШ № 2", "Видимая СОШ № 10");
        // read again: the same list (kept), the same answer
        assertThat(names(schools.visibleTo(department))).containsExactly("Видимая СОШ № 2", "Видимая СОШ № 10");

        schools.createSchool(m, new SchoolForm("Видимая средняя школа № 1", "Видимая СОШ № 1",
                SchoolKind.GENERAL, null, null, null));
        assertThat(names(schools.visibleTo(department)))
                .containsExactly("Видимая СОШ № 1", "Видимая СОШ № 2", "Видимая СОШ № 10");

        String curatorName = "Видимова Ольга Петровна";
        long curatorId = accounts.create(new Accounts.NewAccount("visible" + System.nanoTime(), "demo", curatorName,
                null, Set.of(Role.CURATOR), m, Set.of()), "{noop}unused");
        assertThat(schools.visibleTo(department).stream().filter(s -> s.id() == s2).findFirst().orElseThrow()
                .curatorName()).isNull();
        schools.appointCurator(s2, curatorId, "В-1", LocalDate.of(2026, 9, 1));
        assertThat(schools.visibleTo(department).stream().filter(s -> s.id() == s2).findFirst().orElseThrow()
                .curatorName()).isEqualTo(curatorName);
    }

    @Test
    void aCuratorSeesOnlyTheirOwnSchoolsAndAnotherMunicipalitysDepartmentNoneOfThem() {
        long m = schools.createMunicipality("Городской округ Свои школы " + System.nanoTime(), "Свердловская область");
        long own = schools.createSchool(m, new SchoolForm("Своя средняя школа № 3", "Своя СОШ № 3",
                SchoolKind.GENERAL, null, null, null));
        long other = schools.createSchool(m, new SchoolForm("Своя средняя школа № 4", "Своя СОШ № 4",
                SchoolKind.GENERAL, null, null, null));
        CurrentUser curator = new CurrentUser(-6, "curator-visible", "Куратор", Set.of(Role.CURATOR), null,
                Set.of(own));
        assertThat(schools.visibleTo(curator)).extracting(SchoolSummary::id).containsExactly(own);
        CurrentUser department = new CurrentUser(-5, "dept-visible", "Отдел", Set.of(Role.DEPARTMENT), m, Set.of());
        assertThat(schools.visibleTo(department)).extracting(SchoolSummary::id).containsExactly(own, other);
        long elsewhere = schools.createMunicipality("Городской округ Чужие школы " + System.nanoTime(), "Свердловская область");
        CurrentUser stranger = new CurrentUser(-7, "dept-elsewhere", "Отдел", Set.of(Role.DEPARTMENT), elsewhere,
                Set.of());
        assertThat(schools.visibleTo(stranger)).isEmpty();
    }

    @Test
    void aNewMunicipalityAndItsSchoolCountShowInTheMunicipalitiesAtOnce() {
        String name = "Городской округ Новый " + System.nanoTime();
        long m = schools.createMunicipality(name, "Свердловская область");
        assertThat(schools.allMunicipalities()).filteredOn(x -> x.id() == m).singleElement()
                .satisfies(x -> assertThat(x.schoolCount()).isZero());
        schools.createSchool(m, new SchoolForm("Новая средняя школа № 1", "Новая СОШ № 1", SchoolKind.GENERAL, null,
                null, null));
        assertThat(schools.allMunicipalities()).filteredOn(x -> x.id() == m).singleElement()
                .satisfies(x -> assertThat(x.schoolCount()).isEqualTo(1));
        CurrentUser department = new CurrentUser(-8, "dept-new", "Отдел", Set.of(Role.DEPARTMENT), m, Set.of());
        assertThat(schools.municipalities(department)).extracting(x -> x.name()).containsExactly(name);
    }
}
