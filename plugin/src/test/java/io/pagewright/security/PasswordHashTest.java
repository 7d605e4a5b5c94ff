package io.pagewright.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void aHashMatchesItsPasswordOnly() {
        PasswordHash hash = PasswordHash.of("correct horse battery staple");

        assertThat(hash.matches("correct horse battery staple")).isTrue();
        assertThat(hash.matches("correct horse battery stapler")).isFalse();
        assertThat(hash.cost()).isEqualTo(PasswordHash.COST);
    }

    @Test
    void theStoredFormIsBcryptNeverTheClearPassword() {
        PasswordHash hash = PasswordHash.of("correct horse battery staple");

        assertThat(Base64.getDecoder().decode(hash.salt())).hasSize(16);
        assertThat(Base64.getDecoder().decode(hash.hash())).hasSize(23);
        assertThat(hash.hash() + hash.salt()).doesNotContain("horse");
    }

    @Test
    void theSameSaltGivesTheSameHashAndFreshSaltsDiffer() {
        byte[] salt = new byte[16];
        assertThat(PasswordHash.of("secret-password", salt, 4).hash())
                .isEqualTo(PasswordHash.of("secret-password", salt, 4).hash());
        assertThat(PasswordHash.of("secret-password").salt())
                .isNotEqualTo(PasswordHash.of("secret-password").salt());
    }

    @Test
    void deliveryKeySecretsAreHashedWithSha256() {
        assertThat(Secrets.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Secrets.random(32)).hasSize(43).doesNotContain("=", "+", "/");
    }
}
