package io.pagewright.security;

import io.pagewright.security.DeliveryKeys.CreatedDeliveryKey;
import io.pagewright.security.DeliveryKeys.NewDeliveryKey;
import io.pagewright.security.Users.CreatedUser;
import io.pagewright.security.Users.NewUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first users of an installation. With demo content enabled and nobody in the user table, one
 * demo user per role and a delivery key are created with random secrets, logged and written to a
 * file only the server's user can read. Otherwise, if {@code
 * pagewright.security.bootstrap-admin-password} is set and nobody exists yet, a single {@code
 * admin} is created with it. A production configuration (demo off, no bootstrap password) creates
 * nobody.
 */
@ApplicationScoped
public class DemoUsers {

    /** Demo user name for each role, in the order the launcher prints them. */
    static final Map<String, String> USERS = new LinkedHashMap<>();

    static {
        USERS.put(Roles.STRATEGY_OWNER, "strategist");
        USERS.put(Roles.EDITOR, "editor");
        USERS.put(Roles.REVIEWER, "reviewer");
        USERS.put(Roles.ADMIN, "admin");
        USERS.put(Roles.VIEWER, "viewer");
    }

    private static final Logger LOG = Logger.getLogger(DemoUsers.class.getName());

    @Inject UserService users;
    @Inject DeliveryKeyService keys;

    @Inject
    @ConfigProperty(name = "pagewright.demo.credentials-file")
    java.util.Optional<String> credentialsFile;

    @Inject
    @ConfigProperty(name = "pagewright.security.bootstrap-admin-password")
    java.util.Optional<String> bootstrapAdminPassword;

    public void createOnce(boolean demoEnabled) {
        if (users.count() > 0) {
            return;
        }
        if (demoEnabled) {
            createDemoUsers();
        } else if (bootstrapAdminPassword.filter(p -> !p.isBlank()).isPresent()) {
            users.create(
                    new NewUser(
                            "admin",
                            "Administrator",
                            Set.of(Roles.ADMIN),
                            bootstrapAdminPassword.get()));
            LOG.info("Created the bootstrap administrator 'admin'.");
        }
    }

    private void createDemoUsers() {
        List<String> lines = new ArrayList<>();
        lines.add("# Pagewright demo credentials, created " + Instant.now() + ".");
        lines.add("# Demo only: a production configuration (demo disabled) creates no users.");
        lines.add("# role=username:password; the delivery key is keyId:secret (HTTP Basic).");
        for (Map.Entry<String, String> user : USERS.entrySet()) {
            CreatedUser created =
                    users.create(
                            new NewUser(
                                    user.getValue(),
                                    "Demo " + user.getKey(),
                                    Set.of(user.getKey()),
                                    null));
            lines.add(user.getKey() + "=" + user.getValue() + ":" + created.password());
        }
        CreatedDeliveryKey key = keys.create(new NewDeliveryKey("Demo storefront"));
        lines.add(Roles.DELIVERY + "=" + key.key().keyId() + ":" + key.secret());
        Path file = credentialsPath();
        write(file, lines);
        LOG.info(
                "Created demo users "
                        + USERS.values()
                        + " and a delivery key; credentials are in "
                        + file.toAbsolutePath());
    }

    private Path credentialsPath() {
        return credentialsFile
                .filter(f -> !f.isBlank())
                .map(Path::of)
                .orElseGet(() ->
                        Path.of(
                                System.getProperty("jboss.server.data.dir", "."),
                                "pagewright",
                                "demo-credentials.properties"));
    }

    private static void write(Path file, List<String> lines) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.deleteIfExists(file);
            try {
                Files.createFile(
                        file,
                        PosixFilePermissions.asFileAttribute(
                                PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            }
            Files.write(file, lines, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
