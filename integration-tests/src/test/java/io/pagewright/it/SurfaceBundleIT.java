package io.pagewright.it;

import static io.pagewright.it.ProblemDetailsIT.assertProblem;
import static io.pagewright.it.ProblemDetailsIT.fields;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A whole surface exported as one document imports elsewhere; an invalid one changes nothing. */
@ArquillianTest
@RunAsClient
class SurfaceBundleIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pagewright();
    }

    @ArquillianResource URL base;

    @Test
    void anExportImportsAsANewSurfaceWithTheSameContent() {
        Api api = Api.withAllRoles(base);
        JsonNode exported = api.get("api/v1/surfaces/ecommerce-homepage/export").json();
        assertThat(exported.get("format").asString()).isEqualTo("pagewright.surface/v1");
        assertThat(exported.get("componentTypes").values())
                .extracting(t -> t.get("key").asString())
                .containsExactly(
                        "category-tiles", "hero-banner", "offer-block", "recommendation-rail");

        String copy = Fixtures.uniqueKey("copy");
        ObjectNode bundle = (ObjectNode) exported.deepCopy();
        ((ObjectNode) bundle.get("surface")).put("key", copy);
        Api.Reply imported = api.post("api/v1/surfaces/import?comment=copied", bundle.toString());

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().get("created").asBoolean()).isTrue();
        assertThat(imported.json().get("componentTypesCreated")).isEmpty();
        JsonNode reExported = api.get("api/v1/surfaces/" + copy + "/export").json();
        assertThat(reExported.get("surface").get("slots"))
                .isEqualTo(exported.get("surface").get("slots"));
        assertThat(api.get("api/v1/surfaces/" + copy).json().get("comment").asString())
                .isEqualTo("copied");

        Api.Reply again = api.post("api/v1/surfaces/import", bundle.toString());
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("surface").get("version").asLong()).isEqualTo(2);
    }

    @Test
    void anInvalidImportReportsEveryErrorByPathAndChangesNothing() {
        Api api = Api.withAllRoles(base);
        String key = Fixtures.uniqueKey("broken");
        String newType = Fixtures.uniqueKey("new-type");
        Map<String, Object> variant =
                Map.of(
                        "key",
                        "a",
                        "name",
                        "A",
                        "componentType",
                        newType,
                        "content",
                        Map.of("title", "Hi", "colour", "red"),
                        "tags",
                        Map.of("lifecycleStages", List.of("vip")));
        Map<String, Object> bundle =
                Map.of(
                        "format", "pagewright.surface/v1",
                        "componentTypes",
                                List.of(
                                        Map.of(
                                                "key",
                                                newType,
                                                "name",
                                                "New",
                                                "fields",
                                                List.of(Map.of("name", "title", "type", "text"))),
                                        Map.of(
                                                "key", "hero-banner",
                                                "name", "Changed hero",
                                                "fields",
                                                        List.of(
                                                                Map.of(
                                                                        "name",
                                                                        "headline",
                                                                        "type",
                                                                        "text")))),
                        "surface",
                                Map.of(
                                        "key",
                                        key,
                                        "name",
                                        "Broken",
                                        "channel",
                                        "web",
                                        "slots",
                                        List.of(Fixtures.slot("hero", "a", variant))));

        Api.Reply reply = api.post("api/v1/surfaces/import", bundle);

        assertProblem(reply, 400, "validation");
        assertThat(fields(reply.json()))
                .containsExactlyInAnyOrder(
                        "componentTypes[1]",
                        "surface.slots[0].variants[0].content.colour",
                        "surface.slots[0].variants[0].tags.lifecycleStages[0]");
        assertThat(api.get("api/v1/surfaces/" + key).status()).isEqualTo(404);
        assertThat(api.get("api/v1/component-types/" + newType).status()).isEqualTo(404);

        Api.Reply malformed =
                api.post(
                        "api/v1/surfaces/import",
                        Map.of("format", "other", "surface", Map.of("key", "x")));
        assertProblem(malformed, 400, "validation");
        assertThat(fields(malformed.json()))
                .contains("format", "surface.name", "surface.channel", "surface.slots");
    }

    @Test
    void reindexRebuildsTheIndexFromTheDatabaseWithProgress() {
        Api api = Api.withAllRoles(base);
        Api.Reply started = api.post("api/v1/admin/index/reindex", "");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(started.json().get("reindex").get("total").asInt()).isGreaterThanOrEqualTo(2);

        // By now the suite has written many surfaces, each re-applied with a refresh: allow
        // minutes.
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(300))
                .pollInterval(java.time.Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    JsonNode state = api.get("api/v1/admin/index").json();
                    assertThat(state.get("reindex").get("state").asString()).isEqualTo("done");
                    assertThat(state.get("pending").asLong()).isZero();
                });
        Api.Reply page =
                api.post(
                        "api/v1/surfaces/ecommerce-homepage/resolve",
                        Fixtures.resolve("v-1", null, null));
        assertThat(page.status()).isEqualTo(200);
    }
}
