package io.pagewright.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * HTTP sessions are for people signed in to the admin UI: the session the sign-in mechanism saves
 * every unauthenticated call in is gone within seconds, while a signed-in session outlives that and
 * authenticates the calls after it.
 */
@ArquillianTest
@RunAsClient
class SessionsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pagewright();
    }

    @ArquillianResource URL base;
    @ArquillianResource ManagementClient management;

    @Test
    void anonymousCallsLeaveNoSessionBehindForLong() throws IOException {
        int before = activeSessions();

        for (int i = 0; i < 25; i++) {
            Api.Reply reply = Api.anonymous(base).get("api/v1/surfaces");
            assertThat(reply.status()).isEqualTo(401);
        }

        // kept for the configured 8 hours, they would still be here
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(activeSessions()).isLessThanOrEqualTo(before));
    }

    @Test
    void aSignInKeepsItsSessionForTheCallsAfterIt() throws Exception {
        HttpClient browser =
                HttpClient.newBuilder()
                        .cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build();
        // As the admin UI does: ask who we are (401, which also discards FORM's saved request),
        // sign in, ask again.
        assertThat(me(browser).statusCode()).isEqualTo(401);
        Credentials admin = Credentials.demo("admin");
        String form =
                "j_username="
                        + URLEncoder.encode(admin.username(), StandardCharsets.UTF_8)
                        + "&j_password="
                        + URLEncoder.encode(admin.password(), StandardCharsets.UTF_8);
        HttpResponse<String> signIn =
                browser.send(
                        HttpRequest.newBuilder(URI.create(base + "j_security_check"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("X-Requested-With", "pagewright-admin")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(302);

        HttpResponse<String> me = me(browser);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(me.body()).contains("\"" + admin.username() + "\"");

        // The session was made for the first, unauthenticated call and must now outlive the few
        // seconds such a session gets: an anonymous call's session opened after our last use is
        // gone by the time we look again.
        assertThat(Api.anonymous(base).get("api/v1/surfaces").status()).isEqualTo(401);
        int withTheAnonymousOne = activeSessions();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(activeSessions()).isLessThan(withTheAnonymousOne));
        HttpResponse<String> later = me(browser);
        assertThat(later.statusCode()).as(later.body()).isEqualTo(200);
    }

    private HttpResponse<String> me(HttpClient browser) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/me"))
                        .header("Accept", "application/json")
                        .header("X-Requested-With", "pagewright-admin")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private int activeSessions() throws IOException {
        ModelNode operation = new ModelNode();
        operation.get("operation").set("read-attribute");
        operation.get("address").add("deployment", "pagewright.war").add("subsystem", "undertow");
        operation.get("name").set("active-sessions");
        ModelNode answer = management.getControllerClient().execute(operation);
        assertThat(answer.get("outcome").asString()).as(answer.toString()).isEqualTo("success");
        return answer.get("result").asInt();
    }
}
