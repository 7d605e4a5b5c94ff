package io.pagewright.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTTP Basic credentials for tests: the demo users and delivery key the server wrote to its
 * credentials file on first start (path in system property {@code it.credentials}), and users the
 * tests create through the API as the demo administrator.
 */
record Credentials(String username, String password) {

    private static final Map<String, Credentials> CREATED = new ConcurrentHashMap<>();

    String basic() {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString(
                                (username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The demo credentials of a role (strategy-owner, editor, reviewer, admin, viewer, delivery).
     */
    static Credentials demo(String role) {
        Path file = Path.of(System.getProperty("it.credentials"));
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("no demo credentials at " + file, e);
        }
        String value = properties.getProperty(role);
        if (value == null) {
            throw new IllegalArgumentException("no demo credentials for role " + role);
        }
        int colon = value.indexOf(':');
        return new Credentials(value.substring(0, colon), value.substring(colon + 1));
    }

    /** A user with these roles, created once per test run through the API by the demo admin. */
    static Credentials user(URL base, String username, List<String> roles) {
        return CREATED.computeIfAbsent(
                username,
                name -> {
                    Credentials created = new Credentials(name, name + "-password-for-tests");
                    Api.Reply reply =
                            Api.as(base, demo("admin"))
                                    .post(
                                            "api/v1/users",
                                            Map.of(
                                                    "username",
                                                    name,
                                                    "displayName",
                                                    "Test " + name,
                                                    "roles",
                                                    roles,
                                                    "password",
                                                    created.password()));
                    if (reply.status() != 201 && reply.status() != 409) {
                        throw new IllegalStateException(
                                "could not create " + name + ": " + reply.body());
                    }
                    return created;
                });
    }

    /** A test user holding every role a person can have. */
    static Credentials allRoles(URL base) {
        return user(
                base,
                "it-all-roles",
                List.of("strategy-owner", "editor", "reviewer", "admin", "viewer"));
    }
}
