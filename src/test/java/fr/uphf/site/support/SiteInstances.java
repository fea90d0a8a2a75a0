package fr.uphf.site.support;

import java.util.ArrayList;
import java.util.List;

import fr.uphf.site.UphfApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Several instances of the site in this JVM, as on several servers behind a load balancer: each a whole application
 * of its own, on its own random public and management ports, all on one fresh copy of the test database (see
 * {@link TestDatabases}), each through its own connection pool configured as in production ({@code spring.datasource.*}).
 * The tests' own beans ({@link TestDatabaseConfiguration}: its data source, its clock) are left out.
 */
public final class SiteInstances implements AutoCloseable {

    private final List<ConfigurableApplicationContext> sites = new ArrayList<>();

    private SiteInstances() {
    }

    /** Starts {@code count} instances, one after the other (each migrates nothing: the copy is already migrated). */
    public static SiteInstances start(int count) {
        TestDatabases.useFreshCopy();
        SiteInstances instances = new SiteInstances();
        for (int i = 0; i < count; i++) {
            instances.sites.add(new SpringApplicationBuilder(UphfApplication.class)
                    .initializers(context -> context.getBeanFactory().registerSingleton("noTestBeans", new NoTestBeans()))
                    .run("--server.port=0", "--management.server.port=0",
                            "--spring.datasource.url=" + TestDatabases.url(TestDatabases.current()),
                            "--spring.datasource.username=" + TestDatabases.user(),
                            "--spring.datasource.password=" + TestDatabases.password(),
                            "--spring.datasource.hikari.maximum-pool-size=5"));
        }
        return instances;
    }

    /** The address of an instance's public port, e.g. {@code http://localhost:41234}, without a final slash. */
    public String baseUrl(int instance) {
        return PublicSite.origin(port(instance));
    }

    public int port(int instance) {
        return ((WebServerApplicationContext) sites.get(instance)).getWebServer().getPort();
    }

    public int managementPort(int instance) {
        return sites.get(instance).getEnvironment().getRequiredProperty("local.management.port", Integer.class);
    }

    public <T> T bean(int instance, Class<T> type) {
        return sites.get(instance).getBean(type);
    }

    @Override
    public void close() {
        sites.forEach(ConfigurableApplicationContext::close);
    }

    /** Leaves the classes of the test sources marked as test components out of the instances' component scan. */
    private static final class NoTestBeans extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata().hasMetaAnnotation(TestComponent.class.getName())
                    || reader.getAnnotationMetadata().hasAnnotation(TestComponent.class.getName());
        }

        @Override
        public boolean equals(Object other) {
            return other != null && other.getClass() == getClass();
        }

        @Override
        public int hashCode() {
            return getClass().hashCode();
        }
    }
}
