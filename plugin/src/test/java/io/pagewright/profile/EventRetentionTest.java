package io.pagewright.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventRetentionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void anIndexIsKeptForTheRetentionDaysAfterToday() {
        assertThat(EventRetention.expired(TODAY, TODAY, 30)).isFalse();
        assertThat(EventRetention.expired(TODAY.minusDays(30), TODAY, 30)).isFalse();
        assertThat(EventRetention.expired(TODAY.minusDays(31), TODAY, 30)).isTrue();
        assertThat(EventRetention.expired(TODAY.minusDays(1), TODAY, 0)).isTrue();
    }
}
