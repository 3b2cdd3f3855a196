package ru.edu.mentoring.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CurrentUserTest {

    static CurrentUser user(Set<Role> roles, Long municipality, Set<Long> schools) {
        return new CurrentUser(1, "u", "Иванова Анна Петровна", roles, municipality, schools);
    }

    @Test
    void curatorReadsOnlyTheirSchools() {
        CurrentUser curator = user(Set.of(Role.CURATOR), 10L, Set.of(5L));
        assertThat(curator.canRead(5, 10)).isTrue();
        assertThat(curator.canRead(6, 10)).as("another school of the same municipality").isFalse();
        assertThat(curator.managesSchoolsOf(10)).isFalse();
    }

    @Test
    void departmentReadsAndManagesItsMunicipalityOnly() {
        CurrentUser department = user(Set.of(Role.DEPARTMENT), 10L, Set.of());
        assertThat(department.canRead(6, 10)).isTrue();
        assertThat(department.canRead(7, 11)).isFalse();
        assertThat(department.managesSchoolsOf(10)).isTrue();
        assertThat(department.managesSchoolsOf(11)).isFalse();
    }

    @Test
    void methodologistReadsTheMunicipalityButManagesNothing() {
        CurrentUser methodologist = user(Set.of(Role.METHODOLOGIST), 10L, Set.of());
        assertThat(methodologist.canRead(6, 10)).isTrue();
        assertThat(methodologist.managesSchoolsOf(10)).isFalse();
    }

    @Test
    void regionalCentreReadsOnlyItsRegionsMunicipalitiesAndManagesNothing() {
        CurrentUser region = new CurrentUser(1, "u", "Иванова Анна Петровна", Set.of(Role.REGION), null, Set.of(),
                3L, Set.of(11L, 12L));
        assertThat(region.canRead(7, 11)).isTrue();
        assertThat(region.canRead(8, 12)).isTrue();
        assertThat(region.canRead(9, 13)).as("a municipality of another region").isFalse();
        assertThat(region.readsMunicipality(11)).isTrue();
        assertThat(region.readsMunicipality(13)).isFalse();
        assertThat(region.managesSchoolsOf(11)).isFalse();
        assertThat(region.scope().all()).isFalse();
        assertThat(region.seesAllMunicipalities()).isFalse();
    }

    @Test
    void regionalCentreWithoutARegionReadsNothing() {
        CurrentUser region = user(Set.of(Role.REGION), null, Set.of());
        assertThat(region.canRead(7, 11)).isFalse();
        assertThat(region.readsMunicipality(11)).isFalse();
        assertThat(region.scope().all()).isFalse();
    }

    @Test
    void emptyScopeMatchesNoRow() {
        SchoolScope scope = user(Set.of(Role.CURATOR), null, Set.of()).scope();
        assertThat(scope.schoolIds()).containsExactly(SchoolScope.NO_ID);
        assertThat(scope.municipalityIdOrNone()).isEqualTo(SchoolScope.NO_ID);
        assertThat(scope.includes(1, 1)).isFalse();
    }

    @Test
    void shortNameFollowsRussianConvention() {
        assertThat(PersonNames.shortForm("Иванова Анна Петровна")).isEqualTo("Иванова А. П.");
        assertThat(PersonNames.shortForm("Иванова Анна")).isEqualTo("Иванова А.");
        assertThat(PersonNames.shortForm("  ")).isEmpty();
    }

    @Test
    void onlyAUserWhoReadsExactlyOneWholeMunicipalityHasASoleMunicipality() {
        assertThat(user(Set.of(Role.DEPARTMENT), 10L, Set.of()).soleMunicipality()).isEqualTo(10L);
        assertThat(user(Set.of(Role.METHODOLOGIST), 10L, Set.of()).soleMunicipality()).isEqualTo(10L);
        assertThat(user(Set.of(Role.DEPARTMENT, Role.CURATOR), 10L, Set.of(5L)).soleMunicipality())
                .as("also bound to a school, which may lie in another municipality").isNull();
        assertThat(user(Set.of(Role.CURATOR), 10L, Set.of(5L)).soleMunicipality()).isNull();
        assertThat(user(Set.of(Role.ADMIN), null, Set.of()).soleMunicipality()).isNull();
    }
}
