package fr.uphf.site.legal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The audit grid the site was built with (docs/accessibilite/rgaa.md, packaged at {@value #GRID}), read and checked
 * once at start-up: a grid that is not consistent stops the start, it never reaches the statement. The layout reads
 * the state of conformity for the footer of every page.
 */
@Component("accessibilityAudit")
public class AccessibilityAudit {

    static final String GRID = "accessibilite/rgaa.md";

    /**
     * The e-mail address of the contact point (seeded, edited by staff in the directory) that the statement names for
     * accessibility problems: the university's disability support office.
     */
    static final String CONTACT = "relaishandicap@uphf.fr";

    private final AuditGrid grid;

    AccessibilityAudit() {
        this.grid = AuditGrid.parse(read(GRID));
    }

    public AuditGrid grid() {
        return grid;
    }

    public ConformityLevel level() {
        return grid.level();
    }

    static String read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit grid " + resource, e);
        }
    }
}
