package io.pagewright.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every endpoint x every role, and no credential at all: 401 without credentials, 403 for a role
 * the endpoint does not admit, and anything but 401/403 for one it does (calls use unknown keys or
 * empty bodies, so an admitted call ends in 400/404/428 rather than changing anything). The table
 * is the specification; a test also checks that it covers every operation in the OpenAPI document,
 * so a new endpoint cannot be added without deciding who may call it.
 */
@ArquillianTest
@RunAsClient
class AuthorizationMatrixIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pagewright();
    }

    @ArquillianResource URL base;

    static final String OWNER = "strategy-owner";
    static final String EDITOR = "editor";
    static final String REVIEWER = "reviewer";
    static final String ADMIN = "admin";
    static final String VIEWER = "viewer";
    static final String DELIVERY = "delivery";
    static final Set<String> PEOPLE = Set.of(OWNER, EDITOR, REVIEWER, ADMIN, VIEWER);
    static final Set<String> EVERYONE = Set.of(OWNER, EDITOR, REVIEWER, ADMIN, VIEWER, DELIVERY);

    /** "METHOD path-template" -> the roles it admits. */
    static final Map<String, Set<String>> MATRIX = new LinkedHashMap<>();

    static void allow(String operation, Set<String> roles) {
        MATRIX.put(operation, roles);
    }

    static {
        String s = "/api/v1/surfaces";
        allow("GET " + s, PEOPLE);
        allow("POST " + s, Set.of(EDITOR));
        allow("POST " + s + "/import", Set.of(EDITOR));
        allow("GET " + s + "/{surfaceKey}", PEOPLE);
        allow("PUT " + s + "/{surfaceKey}", Set.of(EDITOR));
        allow("DELETE " + s + "/{surfaceKey}", Set.of(EDITOR));
        allow("GET " + s + "/{surfaceKey}/export", PEOPLE);
        allow("GET " + s + "/{surfaceKey}/versions", PEOPLE);
        allow("GET " + s + "/{surfaceKey}/versions/{version}", PEOPLE);
        allow("POST " + s + "/{surfaceKey}/versions/{version}/restore", Set.of(EDITOR));
        workflow(s);
        allow("POST " + s + "/{surfaceKey}/resolve", EVERYONE);
        allow("POST " + s + "/{surfaceKey}/resolve-batch", EVERYONE);
        allow("POST " + s + "/{surfaceKey}/simulate", PEOPLE);
        allow("GET " + s + "/{surfaceKey}/traffic", PEOPLE);
        String slots = s + "/{surfaceKey}/slots";
        allow("POST " + slots, Set.of(EDITOR));
        allow("GET " + slots + "/{slotKey}", PEOPLE);
        allow("PUT " + slots + "/{slotKey}", Set.of(EDITOR));
        allow("DELETE " + slots + "/{slotKey}", Set.of(EDITOR));
        allow("POST " + slots + "/{slotKey}/variants", Set.of(EDITOR));
        allow("GET " + slots + "/{slotKey}/variants/{variantKey}", PEOPLE);
        allow("PUT " + slots + "/{slotKey}/variants/{variantKey}", Set.of(EDITOR));
        allow("DELETE " + slots + "/{slotKey}/variants/{variantKey}", Set.of(EDITOR));
        String types = "/api/v1/component-types";
        allow("GET " + types, PEOPLE);
        allow("POST " + types, Set.of(EDITOR, ADMIN));
        allow("GET " + types + "/{typeKey}", PEOPLE);
        allow("PUT " + types + "/{typeKey}", Set.of(EDITOR, ADMIN));
        allow("DELETE " + types + "/{typeKey}", Set.of(EDITOR, ADMIN));
        String vocabularies = "/api/v1/vocabularies";
        allow("GET " + vocabularies, PEOPLE);
        allow("GET " + vocabularies + "/{kind}", PEOPLE);
        allow("POST " + vocabularies + "/{kind}", Set.of(ADMIN, OWNER));
        allow("DELETE " + vocabularies + "/{kind}/{value}", Set.of(ADMIN, OWNER));
        allow("GET /api/v1/search", PEOPLE);
        allow("GET /api/v1/admin/index", PEOPLE);
        allow("POST /api/v1/admin/index/reindex", Set.of(ADMIN));
        allow("POST /api/v1/events", Set.of(DELIVERY, ADMIN));
        allow("GET /api/v1/profiles/{kind}/{value}", Set.of(ADMIN, OWNER, VIEWER));
        allow("GET /api/v1/profiles/{kind}/{value}/visitor", Set.of(ADMIN, OWNER, VIEWER));
        allow("GET /api/v1/people/{kind}/{value}/export", Set.of(ADMIN));
        allow("DELETE /api/v1/people/{kind}/{value}", Set.of(ADMIN));
        allow("GET /api/v1/admin/events/stats", Set.of(ADMIN, OWNER, VIEWER));
        allow("DELETE /api/v1/admin/events/stats", Set.of(ADMIN));
        allow("PUT /api/v1/admin/events/intake", Set.of(ADMIN));
        allow("POST /api/v1/admin/events/retention", Set.of(ADMIN));
        allow("GET /api/v1/reviews", PEOPLE);
        allow("GET /api/v1/decisions", PEOPLE);
        allow("GET /api/v1/decisions/{id}", PEOPLE);
        allow("GET /api/v1/decisions/{id}/replay", PEOPLE);
        allow("GET /api/v1/admin/decision-log", Set.of(ADMIN, VIEWER, OWNER));
        allow("GET /api/v1/escalations", PEOPLE);
        allow("POST /api/v1/escalations/{id}/resolve", Set.of(OWNER, ADMIN));
        allow("GET /api/v1/catalog/items", PEOPLE);
        allow("POST /api/v1/catalog/items", Set.of(EDITOR, ADMIN));
        allow("GET /api/v1/catalog/items/{id}", PEOPLE);
        allow("DELETE /api/v1/catalog/items/{id}", Set.of(EDITOR, ADMIN));
        allow("GET /api/v1/strategies", PEOPLE);
        allow("GET /api/v1/models", PEOPLE);
        allow("GET /api/v1/models/{surfaceKey}/{slotKey}", PEOPLE);
        allow("POST /api/v1/models/{surfaceKey}/{slotKey}/freeze", Set.of(OWNER, ADMIN));
        allow("POST /api/v1/models/{surfaceKey}/{slotKey}/unfreeze", Set.of(OWNER, ADMIN));
        allow("POST /api/v1/models/{surfaceKey}/{slotKey}/reset", Set.of(OWNER, ADMIN));
        allow("GET /api/v1/audit", PEOPLE);
        allow("GET /api/v1/me", EVERYONE);
        allow("POST /api/v1/me/password", PEOPLE);
        allow("POST /api/v1/me/sign-out", PEOPLE);
        allow("GET /api/v1/users", Set.of(ADMIN));
        allow("POST /api/v1/users", Set.of(ADMIN));
        allow("GET /api/v1/users/{username}", Set.of(ADMIN));
        allow("PUT /api/v1/users/{username}", Set.of(ADMIN));
        allow("GET /api/v1/delivery-keys", Set.of(ADMIN));
        allow("POST /api/v1/delivery-keys", Set.of(ADMIN));
        allow("DELETE /api/v1/delivery-keys/{keyId}", Set.of(ADMIN));
        allow("GET /api/v1/webhooks", Set.of(ADMIN));
        allow("POST /api/v1/webhooks", Set.of(ADMIN));
        allow("DELETE /api/v1/webhooks/{id}", Set.of(ADMIN));
        allow("GET /api/v1/webhooks/{id}/deliveries", Set.of(ADMIN));
        String policies = "/api/v1/policies";
        allow("GET " + policies, PEOPLE);
        allow("POST " + policies, Set.of(OWNER));
        allow("POST " + policies + "/dry-run", Set.of(OWNER));
        allow("GET " + policies + "/{policyKey}", PEOPLE);
        allow("PUT " + policies + "/{policyKey}", Set.of(OWNER));
        allow("GET " + policies + "/{policyKey}/versions", PEOPLE);
        allow("GET " + policies + "/{policyKey}/versions/{version}", PEOPLE);
        workflow(policies);
        allow("POST " + policies + "/{policyKey}/versions/{version}/dry-run", Set.of(OWNER));
    }

    /**
     * The workflow endpoints every publishable kind has under its collection. Submitting admits
     * editors and strategy owners at the door; the workflow itself then lets only strategy owners
     * submit a policy (403 policy-submitter), as WorkflowIT and PoliciesIT show.
     */
    static void workflow(String collection) {
        String version = collection + "/{key}/versions/{version}";
        allow("GET " + collection + "/{key}/workflow", PEOPLE);
        allow("GET " + version + "/review", PEOPLE);
        allow("POST " + version + "/submit", Set.of(EDITOR, OWNER));
        allow("POST " + version + "/approve", Set.of(REVIEWER, OWNER));
        allow("POST " + version + "/reject", Set.of(REVIEWER, OWNER));
        allow("POST " + version + "/publish", Set.of(EDITOR, REVIEWER, OWNER));
        allow("POST " + version + "/rollback", Set.of(EDITOR, OWNER));
        allow("POST " + collection + "/{key}/archive", Set.of(EDITOR, OWNER));
    }

    /** Values for path parameters that name nothing that exists. */
    static String concrete(String template) {
        return template.replace("{surfaceKey}", "matrix-none")
                .replace("{version}", "1")
                .replace("{slotKey}", "hero")
                .replace("{variantKey}", "none")
                .replace("{typeKey}", "matrix-none")
                .replace("/vocabularies/{kind}", "/vocabularies/intents")
                .replace("/profiles/{kind}", "/profiles/anonymous")
                .replace("/people/{kind}", "/people/anonymous")
                .replace("{value}", "matrix-none")
                .replace("{username}", "matrix-none")
                .replace("{keyId}", "pwk_none")
                .replace("{id}", "wh_none")
                .replace("{policyKey}", "matrix-none")
                .replace("{key}", "matrix-none");
    }

    @Test
    void theMatrixCoversEveryOperationOfTheApi() {
        JsonNode paths = new Api(base + "").get("openapi?format=JSON").json().get("paths");
        Set<String> documented = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (String method : path.getValue().propertyNames()) {
                if (Set.of("get", "post", "put", "delete", "patch").contains(method)) {
                    documented.add(method.toUpperCase() + " " + path.getKey());
                }
            }
        }
        assertThat(MATRIX.keySet()).containsExactlyInAnyOrderElementsOf(documented);
    }

    @Test
    void everyEndpointAnswersEveryRoleAsSpecified() {
        Map<String, Api> callers = new LinkedHashMap<>();
        callers.put("anonymous", Api.anonymous(base));
        for (String role : EVERYONE) {
            callers.put(role, Api.as(base, Credentials.demo(role)));
        }
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Set<String>> entry : MATRIX.entrySet()) {
            String method = entry.getKey().substring(0, entry.getKey().indexOf(' '));
            String path = concrete(entry.getKey().substring(method.length() + 1)).substring(1);
            for (Map.Entry<String, Api> caller : callers.entrySet()) {
                int status = call(caller.getValue(), method, path);
                String role = caller.getKey();
                boolean ok =
                        role.equals("anonymous")
                                ? status == 401
                                : entry.getValue().contains(role)
                                        ? status != 401 && status != 403
                                        : status == 403;
                if (!ok) {
                    wrong.add(entry.getKey() + " as " + role + " -> " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static int call(Api api, String method, String path) {
        HttpRequest.BodyPublisher body =
                method.equals("GET") || method.equals("DELETE")
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{}");
        return api.send(
                        api.request(path)
                                .header("Content-Type", "application/json")
                                .method(method, body))
                .status();
    }
}
