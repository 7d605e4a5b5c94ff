package io.pagewright.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the Flyway migrations of the migrations module to Pagewright's datasource.
 *
 * <p>Cluster discovery (JGroups JDBC_PING, configure-server.cli) creates its table {@value
 * #DISCOVERY_TABLE} when the server starts, before the application and so before Flyway. Flyway
 * refuses a non-empty schema without its history table; a schema whose only table is the discovery
 * table is still a fresh database, so it is baselined at version 0 and every migration runs. Any
 * other table without a history stays refused: that is not a Pagewright database.
 */
@ApplicationScoped
public class DatabaseMigration {

    static final String DISCOVERY_TABLE = "jgroups_ping";
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/PagewrightDS")
    DataSource dataSource;

    public void migrate() {
        FluentConfiguration configuration =
                Flyway.configure(DatabaseMigration.class.getClassLoader())
                        .dataSource(dataSource)
                        .locations("classpath:db/migration");
        if (freshButForClusterDiscovery()) {
            configuration
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .baselineDescription("fresh database with the cluster discovery table");
        }
        MigrateResult result = configuration.load().migrate();
        LOG.info(() ->
                "Database schema at version "
                        + result.targetSchemaVersion
                        + " ("
                        + result.migrationsExecuted
                        + " migrations applied now)");
    }

    private boolean freshButForClusterDiscovery() {
        try (Connection connection = dataSource.getConnection()) {
            Set<String> tables = tables(connection);
            return tables.equals(Set.of(DISCOVERY_TABLE));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database's tables", e);
        }
    }

    /** The current schema's tables, lower case. */
    private static Set<String> tables(Connection connection) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        Set<String> tables = new TreeSet<>();
        try (ResultSet rows =
                metadata.getTables(
                        connection.getCatalog(),
                        connection.getSchema(),
                        "%",
                        new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }
}
