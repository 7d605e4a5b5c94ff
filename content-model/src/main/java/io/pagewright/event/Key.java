package io.pagewright.event;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.pagewright.content.Keys;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A key from one of Pagewright's vocabularies (category, feature, onboarding step, consent purpose,
 * plan tier, slot, variant), in the shape of {@link Keys#PATTERN}. Null is valid; add
 * {@code @NotNull} where the key is required.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Pattern(regexp = Keys.PATTERN)
public @interface Key {
    String message() default Keys.MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
