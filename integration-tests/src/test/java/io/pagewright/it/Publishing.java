package io.pagewright.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.Map;

/**
 * The publishing workflow as tests drive it: the all-roles test user submits the newest version of
 * a surface, a second user (reviewer and strategy owner, so high-impact changes pass too) approves
 * it, and the author publishes it.
 */
final class Publishing {

    private Publishing() {}

    /** A user who approves what the all-roles user wrote. */
    static Credentials approver(URL base) {
        return Credentials.user(base, "it-approver", List.of("reviewer", "strategy-owner"));
    }

    /**
     * Submits, approves and publishes a version of a policy: the all-roles user (a strategy owner)
     * submits, the approver (another strategy owner) approves; returns the publish answer.
     */
    static Api.Reply publishPolicy(URL base, String key, long version) {
        Api author = Api.withAllRoles(base);
        String versionPath = "api/v1/policies/" + key + "/versions/" + version;
        Api.Reply submitted = author.post(versionPath + "/submit", Map.of());
        if (submitted.status() != 200) {
            return submitted;
        }
        Api.Reply approved = Api.as(base, approver(base)).post(versionPath + "/approve", Map.of());
        if (approved.status() != 200) {
            return approved;
        }
        return author.post(versionPath + "/publish", Map.of());
    }

    /** Submits, approves and publishes the newest version; returns the publish answer. */
    static Api.Reply publish(URL base, String key) {
        Api author = Api.withAllRoles(base);
        long version = author.get("api/v1/surfaces/" + key).json().get("version").asLong();
        String versionPath = "api/v1/surfaces/" + key + "/versions/" + version;
        Api.Reply submitted =
                author.post(versionPath + "/submit", Map.of("comment", "please review"));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        Api.Reply approved =
                Api.as(base, approver(base))
                        .post(versionPath + "/approve", Map.of("comment", "ok"));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("review").get("stage").asString()).isEqualTo("approved");
        return author.post(versionPath + "/publish", Map.of());
    }

    /** Creates a web surface {@code key} with these slots and publishes it. */
    static String createAndPublish(URL base, Api api, String key, List<?> slots) {
        Api.Reply created =
                api.post(
                        "api/v1/surfaces",
                        Map.of(
                                "key",
                                key,
                                "name",
                                "Surface " + key,
                                "channel",
                                "web",
                                "slots",
                                slots));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Api.Reply published = publish(base, key);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return key;
    }
}
