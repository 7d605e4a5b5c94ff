package io.pagewright.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Bad input gets a 4xx application/problem+json naming the field and the rule; nothing is stored.
 */
@ArquillianTest
@RunAsClient
class ProblemDetailsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pagewright();
    }

    @ArquillianResource URL base;

    @Test
    void validationFailuresNameEveryFieldByItsPathInTheBody() {
        Api api = Api.withAllRoles(base);
        String key = Fixtures.uniqueKey("invalid");
        Map<String, Object> body =
                Map.of(
                        "key",
                        key,
                        "name",
                        "",
                        "channel",
                        "web",
                        "slots",
                        List.of(
                                Fixtures.slot(
                                        "hero",
                                        "missing",
                                        Fixtures.variant("Bad Key", "x", Map.of()),
                                        Fixtures.variant(
                                                "ok",
                                                "y",
                                                Map.of("intents", List.of("Not A Tag"))))));

        Api.Reply reply = api.post("api/v1/surfaces", body);

        assertProblem(reply, 400, "validation");
        assertThat(fields(reply.json()))
                .containsExactlyInAnyOrder(
                        "name",
                        "slots[0].defaultVariant",
                        "slots[0].variants[0].key",
                        "slots[0].variants[1].tags.intents[0]");
        assertThat(reply.json().get("errors").get(0).get("message").asString()).isNotBlank();
        assertThat(api.get("api/v1/surfaces/" + key).status()).isEqualTo(404);
    }

    @Test
    void malformedJsonIsA400WithoutEchoingAStackTrace() {
        Api.Reply reply = Api.withAllRoles(base).post("api/v1/surfaces", "{\"key\": \"x\",");

        assertProblem(reply, 400, "invalid-json");
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at io.pagewright");
    }

    @Test
    void unknownFieldsAndWrongTypesAreRejectedWithTheirPath() {
        Api api = Api.withAllRoles(base);
        Map<String, Object> unknown =
                new java.util.HashMap<>(Fixtures.surface(Fixtures.uniqueKey("u")));
        unknown.put("colour", "blue");
        Api.Reply unknownReply = api.post("api/v1/surfaces", unknown);
        assertProblem(unknownReply, 400, "invalid-json");
        assertThat(fields(unknownReply.json())).containsExactly("colour");

        Map<String, Object> wrongType =
                new java.util.HashMap<>(Fixtures.surface(Fixtures.uniqueKey("t")));
        wrongType.put("name", 12345);
        Api.Reply wrongTypeReply = api.post("api/v1/surfaces", wrongType);
        assertProblem(wrongTypeReply, 400, "invalid-json");
        assertThat(fields(wrongTypeReply.json())).containsExactly("name");

        Map<String, Object> badChannel =
                new java.util.HashMap<>(Fixtures.surface(Fixtures.uniqueKey("c")));
        badChannel.put("channel", "fax");
        Api.Reply channelReply = api.post("api/v1/surfaces", badChannel);
        assertProblem(channelReply, 400, "invalid-json");
        assertThat(channelReply.json().get("errors").get(0).get("message").asString())
                .contains("web, app, email, push");
    }

    @Test
    void anUnknownSurfaceIsA404() {
        Api.Reply reply =
                Api.withAllRoles(base)
                        .post(
                                "api/v1/surfaces/no-such-page/resolve",
                                Fixtures.resolve("v-1", null, null));

        assertProblem(reply, 404, "surface-not-found");
        assertThat(reply.json().get("detail").asString()).contains("no-such-page");
    }

    @Test
    void aResolveWithoutVisitorIsA400() {
        Api.Reply reply =
                Api.withAllRoles(base)
                        .post(
                                "api/v1/surfaces/ecommerce-homepage/resolve",
                                Map.of("context", Map.of()));

        assertProblem(reply, 400, "validation");
        assertThat(fields(reply.json())).containsExactly("visitorId");
    }

    @Test
    void unknownPathsAndWrongMediaTypesAreProblemsToo() {
        Api api = Api.withAllRoles(base);
        assertProblem(api.get("api/v1/no-such-thing"), 404, "not-found");

        Api.Reply wrongType =
                api.send(
                        HttpRequest.newBuilder(java.net.URI.create(base + "api/v1/surfaces"))
                                .header("Content-Type", "text/plain")
                                .POST(HttpRequest.BodyPublishers.ofString("hello")));
        assertProblem(wrongType, 415, "unsupported-media-type");
    }

    @Test
    void oversizeBodiesInvalidUtf8AndDuplicateKeysAreRejectedAndNothingIsStored() {
        Api api = Api.withAllRoles(base);
        String key = Fixtures.uniqueKey("bad");
        String big = "{\"key\":\"" + key + "\",\"name\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}";
        assertProblem(api.post("api/v1/surfaces", big), 413, "payload-too-large");

        byte[] invalidUtf8 =
                ("{\"key\":\"" + key + "\",\"name\":\"caf\u0000\"}")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        invalidUtf8[invalidUtf8.length - 4] = (byte) 0xC3; // a lead byte followed by a quote
        Api.Reply utf8 =
                api.send(
                        HttpRequest.newBuilder(java.net.URI.create(base + "api/v1/surfaces"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(invalidUtf8)));
        assertProblem(utf8, 400, "invalid-json");

        String duplicate =
                "{\"key\":\""
                        + key
                        + "\",\"key\":\"other\",\"name\":\"N\",\"channel\":\"web\",\"slots\":[]}";
        Api.Reply duplicateReply = api.post("api/v1/surfaces", duplicate);
        assertProblem(duplicateReply, 400, "invalid-json");
        assertThat(duplicateReply.json().get("errors").get(0).get("message").asString())
                .contains("Duplicate");

        assertThat(api.get("api/v1/surfaces/" + key).status()).isEqualTo(404);
        assertThat(api.get("api/v1/surfaces/other").status()).isEqualTo(404);
    }

    static void assertProblem(Api.Reply reply, int status, String typeSlug) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.get("type").asString()).endsWith("/problems/" + typeSlug);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("instance").asString()).startsWith("urn:uuid:");
    }

    static List<String> fields(JsonNode problem) {
        return problem.get("errors").values().stream().map(e -> e.get("field").asString()).toList();
    }
}
