package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module structure holds: no cycles, no access to another module's internals; its documentation is written. */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(MentoringApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void theUsersWordsNameTheModules() {
        assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()))
                .contains("accounts", "schools", "shared");
    }

    @Test
    void writesModuleDocumentation() throws Exception {
        Path out = Path.of("target", "spring-modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(out.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(Files.list(out).map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".puml"));
    }
}
