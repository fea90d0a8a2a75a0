package fr.uphf.site.support;

import fr.uphf.site.content.PageService;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Before each test class: a fresh copy of the migrated database for the site under test, and the seeded pages' HTML
 * rendered in it (what the site does at its first start-up) when the test's context has the pages.
 */
class FreshDatabaseExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        TestDatabases.useFreshCopy();
        SpringExtension.getApplicationContext(context).getBeanProvider(PageService.class)
                .ifAvailable(PageService::renderMissingHtml);
    }
}
