package io.pagewright.content.api;

import io.pagewright.content.Channel;
import io.pagewright.content.SlotDefinition;
import io.pagewright.content.StoredSurface;
import java.time.Instant;
import java.util.List;

/**
 * A version of a surface as the API returns it: the definition plus its version, when it was
 * written and why, and which version is published.
 */
public record SurfaceView(
        String key,
        String name,
        Channel channel,
        List<SlotDefinition> slots,
        long version,
        String comment,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt,
        Long publishedVersion) {

    static SurfaceView of(StoredSurface s) {
        return new SurfaceView(
                s.definition().key(),
                s.definition().name(),
                s.definition().channel(),
                s.definition().slots(),
                s.version(),
                s.comment(),
                s.createdAt(),
                s.updatedAt(),
                s.publishedAt().orElse(null),
                s.publishedVersion().orElse(null));
    }
}
