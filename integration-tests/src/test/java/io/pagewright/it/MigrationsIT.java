package io.pagewright.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Entity;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.Test;

/**
 * The Flyway migrations apply to a fresh H2 and a fresh PostgreSQL database, and Hibernate
 * validates the application's JPA mapping against the schema they produce (the server never
 * generates it).
 */
class MigrationsIT {

    @Test
    void migrationsApplyToH2AndTheMappingMatches() throws Exception {
        String url = "jdbc:h2:mem:migrations-it;DB_CLOSE_DELAY=-1";
        MigrateResult result = migrate(url, "sa", "", null);

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(1);
        validateMapping(url, "sa", "", null);
    }

    @Test
    void migrationsApplyToPostgresqlAndTheMappingMatches() throws Exception {
        String url = System.getProperty("it.pg.url");
        String user = System.getProperty("it.pg.user");
        String password = System.getProperty("it.pg.password");
        String schema = "migrations_it";
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
        }

        MigrateResult result = migrate(url, user, password, schema);

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(1);
        validateMapping(url, user, password, schema);
    }

    @Test
    void aSecondRunAppliesNothing() {
        String url = "jdbc:h2:mem:migrations-twice;DB_CLOSE_DELAY=-1";
        migrate(url, "sa", "", null);

        assertThat(migrate(url, "sa", "", null).migrationsExecuted).isZero();
    }

    private static MigrateResult migrate(String url, String user, String password, String schema) {
        var config =
                Flyway.configure()
                        .dataSource(url, user, password)
                        .locations("classpath:db/migration");
        if (schema != null) {
            config = config.schemas(schema).createSchemas(true);
        }
        return config.load().migrate();
    }

    private static void validateMapping(String url, String user, String password, String schema)
            throws Exception {
        Configuration configuration =
                new Configuration()
                        .setProperty("hibernate.connection.url", url)
                        .setProperty("hibernate.connection.username", user)
                        .setProperty("hibernate.connection.password", password)
                        .setProperty("hibernate.hbm2ddl.auto", "validate");
        if (schema != null) {
            configuration.setProperty("hibernate.default_schema", schema);
        }
        List<Class<?>> entities = entityClasses();
        assertThat(entities)
                .extracting(Class::getSimpleName)
                .contains(
                        "SurfaceEntity",
                        "SurfaceVersionEntity",
                        "ComponentTypeEntity",
                        "VocabularyValueEntity");
        entities.forEach(configuration::addAnnotatedClass);
        // Building the session factory runs the validation; a mismatch throws.
        try (SessionFactory factory = configuration.buildSessionFactory()) {
            assertThat(factory.getMetamodel().getEntities()).hasSameSizeAs(entities);
        }
    }

    /** Every @Entity in the plugin's classes jar. */
    private static List<Class<?>> entityClasses()
            throws IOException, URISyntaxException, ClassNotFoundException, SQLException {
        Class<?> anchor =
                Class.forName(
                        "io.pagewright.platform.Json", false, MigrationsIT.class.getClassLoader());
        File jar = new File(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> entities = new ArrayList<>();
        try (JarFile file = new JarFile(jar)) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (!name.startsWith("io/pagewright/") || !name.endsWith("Entity.class")) {
                    continue;
                }
                Class<?> type =
                        Class.forName(
                                name.replace('/', '.')
                                        .substring(0, name.length() - ".class".length()),
                                false,
                                MigrationsIT.class.getClassLoader());
                if (type.isAnnotationPresent(Entity.class)) {
                    entities.add(type);
                }
            }
        }
        return entities;
    }
}
