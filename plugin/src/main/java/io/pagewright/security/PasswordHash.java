package io.pagewright.security;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import java.util.Objects;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;

/**
 * A bcrypt hash of a password as the server's realm stores and checks it: hash and salt in base64
 * and the cost factor, in the columns the Elytron {@code bcrypt-mapper} reads.
 */
public record PasswordHash(String hash, String salt, int cost) {

    /** 2^10 rounds: about 50-100 ms on a laptop core, paid once per sign-in. */
    public static final int COST = 10;

    private static final SecureRandom RANDOM = new SecureRandom();

    public PasswordHash {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(salt, "salt");
    }

    /** Hashes a password with a fresh random salt. */
    public static PasswordHash of(String password) {
        byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
        RANDOM.nextBytes(salt);
        return of(password, salt, COST);
    }

    static PasswordHash of(String password, byte[] salt, int cost) {
        try {
            PasswordFactory factory =
                    PasswordFactory.getInstance(
                            BCryptPassword.ALGORITHM_BCRYPT,
                            WildFlyElytronPasswordProvider.getInstance());
            BCryptPassword hashed =
                    (BCryptPassword)
                            factory.generatePassword(
                                    new EncryptablePasswordSpec(
                                            password.toCharArray(),
                                            new IteratedSaltedPasswordAlgorithmSpec(cost, salt)));
            Base64.Encoder base64 = Base64.getEncoder();
            return new PasswordHash(
                    base64.encodeToString(hashed.getHash()),
                    base64.encodeToString(hashed.getSalt()),
                    hashed.getIterationCount());
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
    }

    /** Whether {@code password} is the one this hash was made from. */
    public boolean matches(String password) {
        PasswordHash again = of(password, Base64.getDecoder().decode(salt), cost);
        return java.security.MessageDigest.isEqual(
                Base64.getDecoder().decode(hash), Base64.getDecoder().decode(again.hash));
    }
}
