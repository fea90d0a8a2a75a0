package fr.uphf.site.support;

import javax.sql.DataSource;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * What every test context of the site uses instead of the real thing: the database of the current test class (see
 * {@link TestDatabases}, {@link FreshDatabaseExtension}) and a clock that tests can move forward.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    /** Replaces the application's clock, so that tests can move time forward. */
    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock();
    }

    @Bean
    DataSource dataSource() {
        return new CurrentTestDatabase();
    }
}
