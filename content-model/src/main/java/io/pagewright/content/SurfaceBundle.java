package io.pagewright.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A whole surface as one portable document: the surface definition and the component types its
 * variants use. Exported by {@code GET /surfaces/{key}/export}, accepted by {@code POST
 * /surfaces/import}, which validates it as a whole and changes nothing if any part is invalid.
 */
public record SurfaceBundle(
        @NotNull
                @Pattern(regexp = SurfaceBundle.FORMAT, message = "must be " + SurfaceBundle.FORMAT)
                String format,
        @Size(max = 100) List<@Valid @NotNull ComponentTypeDefinition> componentTypes,
        @NotNull @Valid SurfaceDefinition surface) {

    public static final String FORMAT = "pagewright.surface/v1";

    public SurfaceBundle {
        componentTypes = Lists.copyOrEmpty(componentTypes);
    }
}
