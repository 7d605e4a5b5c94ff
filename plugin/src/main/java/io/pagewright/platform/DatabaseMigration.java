package io.pagewright.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Applies the Flyway migrations of the migrations module to Pagewright's datasource. */
@ApplicationScoped
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/PagewrightDS")
    DataSource dataSource;

    public void migrate() {
        MigrateResult result =
                Flyway.configure(DatabaseMigration.class.getClassLoader())
                        .dataSource(dataSource)
                        .locations("classpath:db/migration")
                        .load()
                        .migrate();
        LOG.info(() ->
                "Database schema at version "
                        + result.targetSchemaVersion
                        + " ("
                        + result.migrationsExecuted
                        + " migrations applied now)");
    }
}
