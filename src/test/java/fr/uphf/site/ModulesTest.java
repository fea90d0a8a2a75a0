package fr.uphf.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each package under {@code fr.uphf.site} is a module (an area of the site, the shared kernel, the web's
 * infrastructure). A cycle between them, or a use of another module's internal package, fails the build; the diagram
 * of who uses whom is kept in docs/modules and must be committed when it changes.
 */
class ModulesTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(UphfApplication.class);
    private static final Path DOCS = Path.of("docs", "modules");

    @Test
    void noModuleDependsOnAnotherInACycleOrOnItsInternals() {
        MODULES.verify();
    }

    @Test
    void theModuleDiagramInTheDocsIsTheCurrentOne() throws IOException {
        Path written = Path.of("target", "modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(written.toString()))
                .writeModulesAsPlantUml();
        Path diagram = written.resolve("components.puml");
        String current = Files.readString(diagram);
        Path committed = DOCS.resolve("components.puml");
        String before = Files.exists(committed) ? Files.readString(committed) : "";
        if (!lines(before).equals(lines(current))) {
            Files.createDirectories(DOCS);
            Files.copy(diagram, committed, StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(lines(before)).as("the diagram has changed; it is rewritten in %s: commit it", committed)
                .isEqualTo(lines(current));
    }

    /** The diagram's lines in order: Modulith writes the same relations in an order that varies from run to run. */
    private static List<String> lines(String diagram) {
        return diagram.lines().sorted().toList();
    }
}
