package io.pagewright.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A surface goes from JSON to the database, into Elasticsearch on publish, and out as a page. */
@ArquillianTest
@RunAsClient
class SurfaceLifecycleIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pagewright();
    }

    @ArquillianResource URL base;

    @Test
    void createPublishAndResolve() {
        Api api = Api.withAllRoles(base);
        String key = Fixtures.uniqueKey("lifecycle");

        Api.Reply created = api.post("api/v1/surfaces", Fixtures.surface(key));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/surfaces/" + key));
        assertThat(created.json().get("publishedAt").isNull()).isTrue();

        Api.Reply beforePublish =
                api.post(
                        "api/v1/surfaces/" + key + "/resolve", Fixtures.resolve("v-1", null, null));
        assertThat(beforePublish.status()).isEqualTo(404);
        assertThat(beforePublish.json().get("type").asString()).endsWith("/surface-not-published");

        Api.Reply published = Publishing.publish(base, key);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().get("review").get("publishedAt").isNull()).isFalse();

        JsonNode page =
                api.post(
                                "api/v1/surfaces/" + key + "/resolve",
                                Fixtures.resolve("v-7", "ready-to-buy", "loyal-customer"))
                        .json();
        assertThat(page.get("surface").asString()).isEqualTo(key);
        assertThat(page.get("channel").asString()).isEqualTo("web");
        assertThat(page.get("pageDecisionId").asString()).hasSize(36);
        JsonNode slots = page.get("slots");
        assertThat(slots).hasSize(2);
        assertThat(slots.get(0).get("slot").asString()).isEqualTo("hero");
        assertThat(slots.get(0).get("variant").asString()).isEqualTo("buy-now");
        assertThat(slots.get(0).get("content").get("headline").asString())
                .isEqualTo("Ready when you are");
        assertThat(slots.get(0).get("reason").asString()).contains("intent:ready-to-buy");
        assertThat(slots.get(0).get("isDefault").asBoolean()).isFalse();
        assertThat(slots.get(1).get("variant").asString()).isEqualTo("loyal-bonus");
        assertThat(slots.get(0).get("decisionId").asString())
                .isNotEqualTo(slots.get(1).get("decisionId").asString());
    }

    @Test
    void aVisitorWithNoMatchingTagsGetsTheDefaults() {
        Api api = Api.withAllRoles(base);
        String key = Fixtures.uniqueKey("defaults");
        api.post("api/v1/surfaces", Fixtures.surface(key));
        Publishing.publish(base, key);

        JsonNode slots =
                api.post(
                                "api/v1/surfaces/" + key + "/resolve",
                                Fixtures.resolve("v-2", "research", null))
                        .json()
                        .get("slots");

        assertThat(slots.get(0).get("variant").asString()).isEqualTo("control");
        assertThat(slots.get(1).get("variant").asString()).isEqualTo("no-offer");
        assertThat(slots.get(0).get("isDefault").asBoolean()).isTrue();
    }

    @Test
    void publishingPutsEveryVariantIntoTheIndex() {
        Api api = Api.withAllRoles(base);
        String key = Fixtures.uniqueKey("indexed");
        api.post("api/v1/surfaces", Fixtures.surface(key));
        Publishing.publish(base, key);

        Api es = new Api(System.getProperty("it.es.url") + "/");
        String alias = System.getProperty("it.index.prefix") + "-variants";
        Api.Reply document = es.get(alias + "/_doc/" + key + ":hero:buy-now");
        assertThat(document.status()).as(document.body()).isEqualTo(200);
        JsonNode source = document.json().get("_source");
        assertThat(source.get("surface").asString()).isEqualTo(key);
        assertThat(source.get("slot").asString()).isEqualTo("hero");
        assertThat(source.get("defaultVariant").asString()).isEqualTo("control");
        assertThat(source.get("intents").values())
                .extracting(JsonNode::asString)
                .containsExactly("ready-to-buy");
        assertThat(source.get("contentText").asString()).isEqualTo("Ready when you are");
        assertThat(document.json().get("_index").asString()).isEqualTo(alias + "-v2");

        JsonNode count = es.get(alias + "/_count?q=surface:" + key).json();
        assertThat(count.get("count").asInt()).isEqualTo(4);
    }

    @Test
    void aCreatedSurfaceIsListedAndReadable() {
        Api api = Api.withAllRoles(base);
        String key = Fixtures.uniqueKey("listed");
        api.post("api/v1/surfaces", Fixtures.surface(key));

        List<String> keys =
                api.get("api/v1/surfaces").json().get("items").values().stream()
                        .map(item -> item.get("key").asString())
                        .toList();
        assertThat(keys).contains(key);

        Api.Reply surface = api.get("api/v1/surfaces/" + key);
        assertThat(surface.status()).isEqualTo(200);
        assertThat(surface.header("ETag")).hasValue("\"1\"");
        assertThat(
                        surface.json()
                                .get("slots")
                                .get(1)
                                .get("variants")
                                .get(1)
                                .get("tags")
                                .get("lifecycleStages")
                                .get(0)
                                .asString())
                .isEqualTo("loyal-customer");
    }

    @Test
    void aDuplicateKeyIsAConflict() {
        Api api = Api.withAllRoles(base);
        String key = Fixtures.uniqueKey("duplicate");
        assertThat(api.post("api/v1/surfaces", Fixtures.surface(key)).status()).isEqualTo(201);

        Api.Reply again = api.post("api/v1/surfaces", Fixtures.surface(key));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().get("errors").get(0).get("field").asString()).isEqualTo("key");
    }
}
