package io.pagewright.profile;

import io.pagewright.event.Consent;
import io.pagewright.event.ConsentStatus;
import java.time.Instant;
import java.util.Map;

/**
 * The latest answer per consent purpose (a purpose never answered is not granted), and when
 * personalization was last withdrawn: personal data collected before that moment is erased, also
 * when it arrives later through a profile merge.
 *
 * @param byPurpose the latest answer per purpose
 * @param personalizationWithdrawnAt the latest withdrawal of {@link Privacy#PERSONALIZATION}, or
 *     null if it was never withdrawn
 */
public record Consents(
        Map<String, Latest<ConsentStatus>> byPurpose, Instant personalizationWithdrawnAt) {

    public static final Consents NONE = new Consents(Map.of(), null);

    public Consents {
        byPurpose = Maps.sorted(byPurpose);
    }

    public boolean granted(String purpose) {
        return Latest.valueOf(byPurpose.get(purpose)) == ConsentStatus.GRANTED;
    }

    /** True when this consent event withdraws personalization later than any known withdrawal. */
    boolean isNewWithdrawal(Consent consent) {
        return consent.purpose().equals(Privacy.PERSONALIZATION)
                && consent.status() == ConsentStatus.WITHDRAWN
                && (personalizationWithdrawnAt == null
                        || consent.occurredAt().isAfter(personalizationWithdrawnAt));
    }

    Consents record(Consent consent) {
        Latest<ConsentStatus> next =
                Latest.update(byPurpose.get(consent.purpose()), consent.status(), consent);
        Instant withdrawn =
                isNewWithdrawal(consent) ? consent.occurredAt() : personalizationWithdrawnAt;
        return new Consents(Maps.with(byPurpose, consent.purpose(), next), withdrawn);
    }

    Consents merge(Consents other) {
        return new Consents(
                Maps.union(byPurpose, other.byPurpose, Latest::later),
                Instants.later(personalizationWithdrawnAt, other.personalizationWithdrawnAt));
    }
}
