package io.pagewright.it;

import static io.pagewright.it.Events.anonymous;
import static io.pagewright.it.Events.event;
import static io.pagewright.it.ProblemDetailsIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A person across devices: stitching, derived lifecycle stage and intent, events in daily
 * Elasticsearch indices with retention, and the person's export and erase.
 */
@ArquillianTest
@RunAsClient
class PeopleIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pagewright();
    }

    @ArquillianResource URL base;

    @Test
    void twoDevicesOfOneBuyerConvergeAndTheirStageAndIntentAreDerived() {
        Api api = Api.withAllRoles(base);
        String laptop = "c-" + UUID.randomUUID();
        String phone = "c-" + UUID.randomUUID();
        String user = "u-" + UUID.randomUUID();
        Instant t = Instant.now().minus(20, ChronoUnit.MINUTES);
        Map<String, Object> granted = Map.of("purpose", "personalization", "status", "granted");
        assertThat(
                        Events.send(
                                        api,
                                        List.of(
                                                event("consent", anonymous(laptop), t, granted),
                                                event(
                                                        "product_view",
                                                        anonymous(laptop),
                                                        t.plusSeconds(10),
                                                        Map.of(
                                                                "productId",
                                                                "p-1",
                                                                "category",
                                                                "tents")),
                                                event("consent", anonymous(phone), t, granted),
                                                event(
                                                        "add_to_cart",
                                                        anonymous(phone),
                                                        t.plusSeconds(20),
                                                        Map.of("productId", "p-1", "quantity", 1))))
                                .status())
                .isEqualTo(202);
        Events.awaitProfile(api, "anonymous", phone, p -> {});
        assertThat(Events.visitor(api, "anonymous", laptop).get("lifecycleStage").asString())
                .isEqualTo("new-visitor");

        Events.send(
                api,
                List.of(
                        event(
                                "login",
                                Map.of("anonymousId", laptop, "userId", user),
                                t.plusSeconds(30),
                                Map.of()),
                        event(
                                "login",
                                Map.of("anonymousId", phone, "userId", user),
                                t.plusSeconds(40),
                                Map.of()),
                        event(
                                "purchase",
                                Map.of("userId", user),
                                t.plusSeconds(50),
                                Map.of(
                                        "orderId",
                                        "o-1",
                                        "value",
                                        Map.of("amount", 120, "currency", "EUR"),
                                        "items",
                                        List.of(
                                                Map.of(
                                                        "productId",
                                                        "p-1",
                                                        "category",
                                                        "tents",
                                                        "quantity",
                                                        1,
                                                        "unitPrice",
                                                        Map.of(
                                                                "amount",
                                                                120,
                                                                "currency",
                                                                "EUR")))))));
        JsonNode person =
                Events.awaitProfile(
                        api,
                        "user",
                        user,
                        p -> assertThat(p.get("identities").size()).isEqualTo(3));
        String id = person.get("id").asString();
        assertThat(api.get("api/v1/profiles/anonymous/" + laptop).json().get("id").asString())
                .isEqualTo(id);
        assertThat(api.get("api/v1/profiles/anonymous/" + phone).json().get("id").asString())
                .isEqualTo(id);
        JsonNode visitor = Events.visitor(api, "user", user);
        assertThat(visitor.get("lifecycleStage").asString()).isEqualTo("first-time-buyer");
        assertThat(visitor.get("intent").asString()).isEqualTo("post-purchase");
        assertThat(visitor.get("purchaseCount").asInt()).isEqualTo(1);
    }

    @Test
    void aTrialAccountBecomesActivatedWhenItReachesFirstValue() {
        Api api = Api.withAllRoles(base);
        String user = "u-" + UUID.randomUUID();
        Instant t = Instant.now().minus(30, ChronoUnit.MINUTES);
        Events.send(
                api,
                List.of(
                        event(
                                "consent",
                                Map.of("userId", user),
                                t,
                                Map.of("purpose", "personalization", "status", "granted")),
                        event(
                                "signup",
                                Map.of("userId", user),
                                t.plusSeconds(1),
                                Map.of("planTier", "trial", "teamSize", 4))));
        Events.awaitProfile(api, "user", user, p -> assertThat(p.toString()).contains("trial"));
        assertThat(Events.visitor(api, "user", user).get("lifecycleStage").asString())
                .isEqualTo("trial");

        Events.send(
                api,
                List.of(
                        event(
                                "feature_used",
                                Map.of("userId", user),
                                t.plusSeconds(60),
                                Map.of("feature", "report-builder"))));
        Events.awaitProfile(
                api, "user", user, p -> assertThat(p.toString()).contains("report-builder"));
        assertThat(Events.visitor(api, "user", user).get("lifecycleStage").asString())
                .isEqualTo("activated");
    }

    @Test
    void eventsGoToTheDailyIndexOfTheirDayAndOldIndicesAreDeleted() {
        Api api = Api.withAllRoles(base);
        String visitor = "c-" + UUID.randomUUID();
        Instant threeDaysAgo = Instant.now().minus(3, ChronoUnit.DAYS);
        Events.send(
                api,
                List.of(
                        event(
                                "consent",
                                anonymous(visitor),
                                threeDaysAgo,
                                Map.of("purpose", "personalization", "status", "granted")),
                        event(
                                "page_view",
                                anonymous(visitor),
                                threeDaysAgo.plusSeconds(1),
                                Map.of("url", "https://shop.example/old"))));
        Events.awaitConsumed(api);
        String prefix = System.getProperty("it.index.prefix");
        String day =
                DateTimeFormatter.ofPattern("yyyy.MM.dd")
                        .format(LocalDate.ofInstant(threeDaysAgo, ZoneOffset.UTC));
        Api es = new Api(System.getProperty("it.es.url") + "/");
        es.post(prefix + "-events-" + day + "/_refresh", "");
        Api.Reply count =
                es.post(
                        prefix + "-events-" + day + "/_count",
                        Map.of("query", Map.of("term", Map.of("identity.anonymousId", visitor))));
        assertThat(count.body()).contains("\"count\":2");

        String expired = prefix + "-events-2020.01.01";
        assertThat(es.put(expired, Map.of(), null).status()).isEqualTo(200);
        Api.Reply retention = api.post("api/v1/admin/events/retention", "");
        assertThat(retention.status()).as(retention.body()).isEqualTo(200);
        assertThat(retention.json().get("deletedIndices").toString()).contains(expired);
        assertThat(es.get(expired).status()).isEqualTo(404);
        assertThat(es.get(prefix + "-events-" + day).status()).isEqualTo(200);
    }

    @Test
    void aPersonIsExportedAndErasedEverywhere() {
        Api api = Api.withAllRoles(base);
        String phone = "c-" + UUID.randomUUID();
        String user = "u-" + UUID.randomUUID();
        Instant t = Instant.now().minus(15, ChronoUnit.MINUTES);
        Events.send(
                api,
                List.of(
                        event(
                                "consent",
                                anonymous(phone),
                                t,
                                Map.of("purpose", "personalization", "status", "granted")),
                        event(
                                "product_view",
                                anonymous(phone),
                                t.plusSeconds(5),
                                Map.of("productId", "p-9", "category", "lamps")),
                        event(
                                "login",
                                Map.of("anonymousId", phone, "userId", user),
                                t.plusSeconds(10),
                                Map.of()),
                        event(
                                "feature_used",
                                Map.of("userId", user),
                                t.plusSeconds(20),
                                Map.of("feature", "wishlist"))));
        Events.awaitConsumed(api);
        assertThat(
                        Events.countInIndex(
                                "identity.userId:\""
                                        + user
                                        + "\" OR identity.anonymousId:\""
                                        + phone
                                        + "\""))
                .isEqualTo(4);

        Api.Reply export = api.get("api/v1/people/user/" + user + "/export");
        assertThat(export.status()).as(export.body()).isEqualTo(200);
        assertThat(export.json().get("profiles").size()).isEqualTo(1);
        assertThat(export.json().get("events").size()).isEqualTo(4);
        assertThat(export.json().get("identities").toString()).contains(phone).contains(user);
        assertThat(export.body()).contains("lamps").contains("wishlist");

        Api.Reply erased = api.delete("api/v1/people/anonymous/" + phone);
        assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        assertThat(erased.json().get("profiles").asInt()).isEqualTo(1);
        assertThat(erased.json().get("events").asInt()).isEqualTo(4);
        assertThat(erased.json().get("indexErased").asBoolean()).isTrue();
        assertThat(erased.json().get("identityFingerprints").size()).isEqualTo(2);
        assertThat(erased.body()).doesNotContain(phone).doesNotContain(user);

        String erasureId = erased.json().get("id").asString();
        Api.Reply audit = api.get("api/v1/audit?objectKind=person&objectKey=" + erasureId);
        assertThat(audit.json().get("items").get(0).get("action").asString()).isEqualTo("erased");
        assertThat(audit.body()).doesNotContain(phone).doesNotContain(user);

        assertProblem(api.get("api/v1/people/user/" + user + "/export"), 404, "person-not-found");
        assertProblem(api.get("api/v1/profiles/anonymous/" + phone), 404, "profile-not-found");
        assertThat(
                        Events.countInIndex(
                                "identity.userId:\""
                                        + user
                                        + "\" OR identity.anonymousId:\""
                                        + phone
                                        + "\""))
                .isZero();
        assertProblem(api.get("api/v1/people/passport/123/export"), 404, "identity-kind-not-found");
    }
}
