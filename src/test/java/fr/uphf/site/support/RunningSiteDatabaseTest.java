package fr.uphf.site.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The test database is registered when the application's beans are created, but the servlet container starts
 * earlier: a filter bean that pulls in the data source would make the site under test read the development
 * database instead. This test catches that, and that each test class has its own copy.
 */
@RunningSiteTest
class RunningSiteDatabaseTest {

    @Autowired
    DataSource dataSource;

    @Test
    void theRunningSiteReadsTheTestDatabase() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getCatalog()).isEqualTo(TestDatabases.current());
        }
    }
}
