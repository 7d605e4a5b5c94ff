package io.pagewright.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;

/** The request and response records of user administration. */
public final class Users {

    private Users() {}

    static final String ROLE_PATTERN = "strategy-owner|editor|reviewer|admin|viewer";

    /** A person to add; without a password, one is generated and returned once. */
    public record NewUser(
            @NotNull(message = "is required")
                    @Pattern(
                            regexp = "[a-z0-9][a-z0-9._-]{1,63}",
                            message =
                                    "must be 2 to 64 characters: lower-case letters, digits, '.',"
                                            + " '_' or '-', starting with a letter or digit")
                    String username,
            @Size(max = 200, message = "must be at most 200 characters") String displayName,
            @NotEmpty(message = "must name at least one role")
                    Set<
                                    @Pattern(
                                            regexp = ROLE_PATTERN,
                                            message =
                                                    "must be one of strategy-owner, editor,"
                                                            + " reviewer, admin, viewer")
                                    String>
                            roles,
            @Size(min = 12, max = 200, message = "must be 12 to 200 characters") String password) {}

    /** What an administrator may change about a person. */
    public record UserChange(
            @NotBlank(message = "is required")
                    @Size(max = 200, message = "must be at most 200 characters")
                    String displayName,
            @NotEmpty(message = "must name at least one role")
                    Set<
                                    @Pattern(
                                            regexp = ROLE_PATTERN,
                                            message =
                                                    "must be one of strategy-owner, editor,"
                                                            + " reviewer, admin, viewer")
                                    String>
                            roles,
            @NotNull(message = "is required") Boolean enabled) {}

    /** A new password for oneself. */
    public record PasswordChange(
            @NotNull(message = "is required")
                    @Size(min = 12, max = 200, message = "must be 12 to 200 characters")
                    String password) {}

    public record UserView(
            String username,
            String displayName,
            Set<String> roles,
            boolean enabled,
            Instant createdAt,
            String createdBy,
            long version) {}

    /** A created user; {@code password} is set only when the server generated it. */
    public record CreatedUser(UserView user, String password) {}

    /** Who is signed in, for the admin UI. */
    public record Me(String username, String displayName, Set<String> roles) {}
}
