package fr.uphf.site.content;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import fr.uphf.site.support.SiteTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@SiteTest
class FlywayMigrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void migratesAnEmptySchemaCleanly() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("drop schema if exists empty_check cascade");
        Flyway flyway = Flyway.configure().dataSource(dataSource).schemas("empty_check")
                .locations("classpath:db/migration").load();
        MigrateResult result = flyway.migrate();
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from empty_check.campus", Integer.class)).isEqualTo(5);
        jdbc.execute("drop schema empty_check cascade");
    }
}
