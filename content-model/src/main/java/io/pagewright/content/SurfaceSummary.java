package io.pagewright.content;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the surface list. {@code publishedAt} and {@code publishedVersion} are null while
 * nothing is published.
 */
public record SurfaceSummary(
        String key,
        String name,
        Channel channel,
        int slots,
        int variants,
        long version,
        Instant updatedAt,
        Instant publishedAt,
        Long publishedVersion) {

    public SurfaceSummary {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(channel, "channel");
    }
}
