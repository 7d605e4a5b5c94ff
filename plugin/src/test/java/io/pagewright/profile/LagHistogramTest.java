package io.pagewright.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LagHistogramTest {

    @Test
    void percentilesComeFromTheRecordedLags() {
        LagHistogram lags = new LagHistogram();
        assertThat(lags.percentile(0.99)).isEqualTo(-1);
        for (int i = 1; i <= 100; i++) {
            lags.record(i);
        }
        assertThat(lags.count()).isEqualTo(100);
        assertThat(lags.percentile(0.5)).isEqualTo(50);
        assertThat(lags.percentile(0.99)).isEqualTo(99);
        assertThat(lags.percentile(1.0)).isEqualTo(100);
    }

    @Test
    void lagsBeyondFiveMinutesAndNegativeOnesAreClamped() {
        LagHistogram lags = new LagHistogram();
        lags.record(-5);
        lags.record(3_600_000);
        assertThat(lags.percentile(0.5)).isZero();
        assertThat(lags.percentile(1.0)).isEqualTo(300_000);
        lags.reset();
        assertThat(lags.count()).isZero();
    }
}
