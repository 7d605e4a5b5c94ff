package io.pagewright.event;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An identifier minted outside Pagewright (event, session, visitor, user, device, product, order or
 * decision id): 1-128 letters, digits or {@code . _ : - @}, starting with a letter or digit. Null
 * is valid; add {@code @NotNull} where the id is required.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Pattern(regexp = ExternalId.PATTERN)
public @interface ExternalId {
    String PATTERN = "[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}";

    String message() default
            "must be 1-128 letters, digits or . _ : - @, starting with a letter or digit";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
