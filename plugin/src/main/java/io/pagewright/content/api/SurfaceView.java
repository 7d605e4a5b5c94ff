package io.pagewright.content.api;

import io.pagewright.content.Channel;
import io.pagewright.content.SlotDefinition;
import io.pagewright.content.StoredSurface;
import java.time.Instant;
import java.util.List;

/** A surface as the API returns it: the definition plus version and publication state. */
public record SurfaceView(
        String key,
        String name,
        Channel channel,
        List<SlotDefinition> slots,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt) {

    static SurfaceView of(StoredSurface s) {
        return new SurfaceView(
                s.definition().key(),
                s.definition().name(),
                s.definition().channel(),
                s.definition().slots(),
                s.version(),
                s.createdAt(),
                s.updatedAt(),
                s.publishedAt().orElse(null));
    }
}
