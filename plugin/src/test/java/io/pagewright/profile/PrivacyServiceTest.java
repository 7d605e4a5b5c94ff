package io.pagewright.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.pagewright.event.IdentityKey;
import io.pagewright.event.IdentityKind;
import org.junit.jupiter.api.Test;

class PrivacyServiceTest {

    @Test
    void aFingerprintNamesTheKindAndHidesTheValue() {
        String fingerprint = PrivacyService.fingerprint(IdentityKey.user("u-42"));
        assertThat(fingerprint).startsWith("USER:").doesNotContain("u-42").hasSize(5 + 64);
        assertThat(PrivacyService.fingerprint(IdentityKey.user("u-42"))).isEqualTo(fingerprint);
    }

    @Test
    void pathKindsAreLowerCaseWithDashes() {
        assertThat(PrivacyService.kindOf("email-hash")).contains(IdentityKind.EMAIL_HASH);
        assertThat(PrivacyService.kindOf("anonymous")).contains(IdentityKind.ANONYMOUS);
        assertThat(PrivacyService.kindOf("EMAIL_HASH")).isEmpty();
    }
}
