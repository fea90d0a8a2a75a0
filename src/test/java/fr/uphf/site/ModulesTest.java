package fr.uphf.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;

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
    private static final Pattern ARROW_LABEL = Pattern.compile("^(Rel\\([^,]+, [^,]+), \"[^\"]*\"");

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
        List<String> before = Files.exists(committed) ? sorted(Files.readString(committed)) : List.of();
        if (!before.equals(sorted(current))) {
            Files.createDirectories(DOCS);
            Files.copy(diagram, committed, StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(before).as("the diagram has changed; it is rewritten in %s: commit it", committed)
                .isEqualTo(sorted(current));
    }

    /**
     * The lines of a diagram in order, each arrow without its label: the documenter lists modules and arrows in no
     * fixed order, and labels an arrow between two modules that are linked in several ways by any one of them.
     */
    private static List<String> sorted(String diagram) {
        return diagram.lines().map(line -> ARROW_LABEL.matcher(line).replaceFirst("$1")).sorted().toList();
    }
}
