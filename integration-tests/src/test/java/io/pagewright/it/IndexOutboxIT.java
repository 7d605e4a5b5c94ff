package io.pagewright.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Writes to the index go through an outbox: a publish while Elasticsearch is down is committed and
 * reaches the index, in order, once it is back.
 */
@ArquillianTest
@RunAsClient
class IndexOutboxIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pagewright();
    }

    @ArquillianResource URL base;

    @Test
    void aPublishDuringAnElasticsearchOutageIsLiveAtOnceAndReachesTheIndexWhenItIsBack() {
        Api api = Api.withAllRoles(base);
        String key = Fixtures.uniqueKey("outage");
        api.post("api/v1/surfaces", Fixtures.surface(key));
        Api.Reply first = Publishing.publish(base, key);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.header("Pagewright-Index")).hasValue("current");
        assertThat(headline(api, key)).isEqualTo("Welcome");

        ElasticsearchProcess.stop();
        try {
            Api.Reply second =
                    api.put("api/v1/surfaces/" + key, withHeadline(key, "Second"), "\"1\"");
            assertThat(second.status()).isEqualTo(200);
            Api.Reply published = Publishing.publish(base, key);
            assertThat(published.status()).as(published.body()).isEqualTo(200);
            assertThat(published.header("Pagewright-Index")).hasValue("pending");
            // Resolve reads the published snapshot from the database, not from the index.
            assertThat(headline(api, key)).isEqualTo("Second");

            api.put("api/v1/surfaces/" + key, withHeadline(key, "Third"), "\"2\"");
            assertThat(Publishing.publish(base, key).header("Pagewright-Index"))
                    .hasValue("pending");
            assertThat(api.get("api/v1/surfaces/" + key).json().get("publishedVersion").asLong())
                    .isEqualTo(3);
            assertThat(headline(api, key)).isEqualTo("Third");
        } finally {
            ElasticsearchProcess.start();
        }

        Api es = new Api(System.getProperty("it.es.url") + "/");
        String document =
                System.getProperty("it.index.prefix") + "-variants/_doc/" + key + ":hero:control";
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() ->
                        assertThat(
                                        es.get(document)
                                                .json()
                                                .path("_source")
                                                .path("contentText")
                                                .asString())
                                .isEqualTo("Third"));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        assertThat(api.get("api/v1/admin/index").json().get("pending").asLong())
                                .isZero());
    }

    private static String headline(Api api, String key) {
        Api.Reply page =
                api.post(
                        "api/v1/surfaces/" + key + "/resolve", Fixtures.resolve("v-1", null, null));
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.json().get("slots").get(0).get("content").get("headline").asString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withHeadline(String key, String headline) {
        Map<String, Object> surface = new HashMap<>(Fixtures.surface(key));
        List<Map<String, Object>> slots = (List<Map<String, Object>>) surface.get("slots");
        Map<String, Object> hero = new HashMap<>(slots.get(0));
        List<Map<String, Object>> variants =
                new java.util.ArrayList<>((List<Map<String, Object>>) hero.get("variants"));
        variants.set(0, Fixtures.variant("control", headline, Map.of()));
        hero.put("variants", variants);
        surface.put("slots", List.of(hero, slots.get(1)));
        return surface;
    }
}
