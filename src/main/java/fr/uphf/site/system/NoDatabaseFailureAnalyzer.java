package fr.uphf.site.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Ends a start-up without a database with one short paragraph, in French and English, instead of stack traces. */
class NoDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<NoDatabaseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoDatabaseException cause) {
        String description = (cause.configured()
                ? "La base de données configurée ne répond pas. / The configured database does not answer."
                : "Aucune base PostgreSQL n'a pu être trouvée ni démarrée. / No PostgreSQL could be found or started.")
                + System.lineSeparator() + "Essayé / Tried:" + System.lineSeparator() + "  - "
                + String.join(System.lineSeparator() + "  - ", cause.tried());
        String action = """
                Au choix / Either:
                  1. SPRING_DATASOURCE_URL=jdbc:postgresql://hôte:5432/uphf (avec / with SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD) ;
                  2. démarrez Docker / start Docker (docker-compose.yml est utilisé / is used) ;
                  3. installez PostgreSQL / install PostgreSQL (Debian : apt-get install postgresql), sur localhost:5432 ou PGHOST/PGPORT.""";
        return new FailureAnalysis(description, action, cause);
    }
}
