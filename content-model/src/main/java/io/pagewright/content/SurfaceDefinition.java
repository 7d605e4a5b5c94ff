package io.pagewright.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A page or message template a frontend asks for, with its ordered slots. */
@ConsistentSurface
public record SurfaceDefinition(
        @NotNull @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) String key,
        @NotBlank @Size(max = 200) String name,
        @NotNull Channel channel,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull SlotDefinition> slots) {

    public SurfaceDefinition {
        slots = Lists.copyOrNull(slots);
    }

    /** Whether a variant of any slot is of component type {@code type}. */
    public boolean usesComponentType(String type) {
        return slots.stream()
                .flatMap(slot -> slot.variants().stream())
                .anyMatch(variant -> variant.componentType().equals(type));
    }
}
