package fr.uphf.site.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import fr.uphf.site.audit.AuditingConfiguration;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

/**
 * A test of the entities and repositories alone (Spring Boot's JPA slice, each test in a transaction rolled back),
 * against its own copy of the real PostgreSQL database migrated by Flyway, with the tests' clock and the auditing
 * that stamps each change.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({TestDatabaseConfiguration.class, AuditingConfiguration.class})
@ExtendWith(FreshDatabaseExtension.class)
public @interface JpaSliceTest {
}
