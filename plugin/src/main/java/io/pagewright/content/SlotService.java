package io.pagewright.content;

import io.pagewright.platform.ConflictProblem;
import io.pagewright.platform.FieldError;
import io.pagewright.platform.NotFoundProblem;
import io.pagewright.platform.ProblemException;
import io.pagewright.platform.StaleVersionProblem;
import io.pagewright.platform.ValidationProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Slots and variants, read from and written to their surface: every write is a new version of the
 * whole surface through {@link SurfaceService}, so validation, versioning, optimistic locking and
 * index updates apply as for any surface change.
 */
@ApplicationScoped
public class SlotService {

    @Inject SurfaceService surfaces;
    @Inject ContentChecks checks;

    /** A slot or variant as read from the current version of its surface. */
    public record Read<T>(T value, long surfaceVersion) {}

    public Read<SlotDefinition> slot(String key, String slotKey) {
        return read(key, d -> SurfaceEdits.slot(d, slotKey));
    }

    public Read<VariantDefinition> variant(String key, String slotKey, String variantKey) {
        return read(key, d -> SurfaceEdits.variant(d, slotKey, variantKey));
    }

    @Transactional
    public StoredSurface addSlot(
            String key,
            long expectedVersion,
            @NotNull(message = "a slot is required") @Valid SlotDefinition slot,
            Integer position,
            @Size(max = 1000) String comment) {
        return write(
                key,
                expectedVersion,
                d -> SurfaceEdits.addSlot(d, slot, position),
                d -> SurfaceEdits.slotPath(d, slot.key()),
                comment,
                "added slot " + slot.key());
    }

    @Transactional
    public StoredSurface replaceSlot(
            String key,
            long expectedVersion,
            String slotKey,
            @NotNull(message = "a slot is required") @Valid SlotDefinition slot,
            @Size(max = 1000) String comment) {
        return write(
                key,
                expectedVersion,
                d -> SurfaceEdits.replaceSlot(d, slotKey, slot),
                d -> SurfaceEdits.slotPath(d, slotKey),
                comment,
                "changed slot " + slotKey);
    }

    @Transactional
    public StoredSurface removeSlot(
            String key, long expectedVersion, String slotKey, @Size(max = 1000) String comment) {
        return write(
                key,
                expectedVersion,
                d -> SurfaceEdits.removeSlot(d, slotKey),
                d -> "",
                comment,
                "removed slot " + slotKey);
    }

    @Transactional
    public StoredSurface addVariant(
            String key,
            long expectedVersion,
            String slotKey,
            @NotNull(message = "a variant is required") @Valid VariantDefinition variant,
            @Size(max = 1000) String comment) {
        return write(
                key,
                expectedVersion,
                d -> SurfaceEdits.addVariant(d, slotKey, variant),
                d -> SurfaceEdits.variantPath(d, slotKey, variant.key()),
                comment,
                "added variant " + variant.key() + " to slot " + slotKey);
    }

    @Transactional
    public StoredSurface replaceVariant(
            String key,
            long expectedVersion,
            String slotKey,
            String variantKey,
            @NotNull(message = "a variant is required") @Valid VariantDefinition variant,
            @Size(max = 1000) String comment) {
        return write(
                key,
                expectedVersion,
                d -> SurfaceEdits.replaceVariant(d, slotKey, variantKey, variant),
                d -> SurfaceEdits.variantPath(d, slotKey, variantKey),
                comment,
                "changed variant " + variantKey + " of slot " + slotKey);
    }

    @Transactional
    public StoredSurface removeVariant(
            String key,
            long expectedVersion,
            String slotKey,
            String variantKey,
            @Size(max = 1000) String comment) {
        return write(
                key,
                expectedVersion,
                d -> SurfaceEdits.removeVariant(d, slotKey, variantKey),
                d -> "",
                comment,
                "removed variant " + variantKey + " from slot " + slotKey);
    }

    private <T> Read<T> read(String key, Function<SurfaceDefinition, T> part) {
        StoredSurface current = surfaces.get(key);
        try {
            return new Read<>(part.apply(current.definition()), current.version());
        } catch (SurfaceEditException e) {
            throw problem(e);
        }
    }

    /**
     * Applies {@code edit} to the version the client based its change on and stores the result as
     * the next version; the store re-checks that version under a lock.
     */
    private StoredSurface write(
            String key,
            long expectedVersion,
            UnaryOperator<SurfaceDefinition> edit,
            Function<SurfaceDefinition, String> bodyPath,
            String comment,
            String defaultComment) {
        StoredSurface current = surfaces.get(key);
        if (current.version() != expectedVersion) {
            throw new StaleVersionProblem(
                    new StaleVersionException(
                            "surface '" + key + "'", expectedVersion, current.version()));
        }
        SurfaceDefinition edited;
        String path;
        try {
            edited = edit.apply(current.definition());
            path = bodyPath.apply(edited);
        } catch (SurfaceEditException e) {
            throw problem(e);
        }
        checks.requireValid(edited, path);
        return surfaces.update(
                key, expectedVersion, edited, comment == null ? defaultComment : comment);
    }

    private static ProblemException problem(SurfaceEditException e) {
        return switch (e.reason()) {
            case SLOT_NOT_FOUND ->
                    new NotFoundProblem("slot-not-found", "No such slot", e.getMessage());
            case VARIANT_NOT_FOUND ->
                    new NotFoundProblem("variant-not-found", "No such variant", e.getMessage());
            case SLOT_EXISTS ->
                    new ConflictProblem(
                            "slot-exists",
                            "A slot with this key exists",
                            e.getMessage(),
                            List.of(new FieldError("key", "is already used by another slot")));
            case VARIANT_EXISTS ->
                    new ConflictProblem(
                            "variant-exists",
                            "A variant with this key exists",
                            e.getMessage(),
                            List.of(new FieldError("key", "is already used in this slot")));
            case LAST_SLOT ->
                    new ConflictProblem(
                            "last-slot", "A surface keeps at least one slot", e.getMessage());
            case DEFAULT_VARIANT ->
                    new ConflictProblem(
                            "default-variant",
                            "The default variant cannot be removed",
                            e.getMessage());
            case POSITION_OUT_OF_RANGE ->
                    new ValidationProblem(List.of(new Violation("position", e.getMessage())));
            case KEY_MISMATCH ->
                    new ValidationProblem(List.of(new Violation("key", e.getMessage())));
        };
    }
}
