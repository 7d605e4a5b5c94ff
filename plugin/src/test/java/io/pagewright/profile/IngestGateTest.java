package io.pagewright.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IngestGateTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void admitsUpToTheConcurrentBatchesAndRefusesTheNextAsBusy() {
        IngestGate gate = new IngestGate(2, 0, Duration.ofSeconds(60));
        IngestGate.Admission first = gate.admit(NOW);
        IngestGate.Admission second = gate.admit(NOW);
        IngestGate.Admission third = gate.admit(NOW);

        assertThat(first.refused()).isEmpty();
        assertThat(second.refused()).isEmpty();
        assertThat(third.refused())
                .hasValueSatisfying(r -> {
                    assertThat(r.reason()).isEqualTo("ingest-busy");
                    assertThat(r.retryAfterSeconds()).isEqualTo(1);
                });
        assertThat(gate.freePermits()).isZero();
    }

    @Test
    void aClosedPermitIsFreeAgain() {
        IngestGate gate = new IngestGate(1, 0, Duration.ofSeconds(60));
        try (IngestGate.Permit permit = gate.admit(NOW).permit()) {
            assertThat(gate.admit(NOW).refused()).isPresent();
        }
        assertThat(gate.admit(NOW).refused()).isEmpty();
    }

    @Test
    void refusesWhileFoldingLagsTooFarBehind() {
        IngestGate gate = new IngestGate(4, 0, Duration.ofSeconds(60));
        gate.foldBacklogSince(NOW.minusSeconds(61));
        assertThat(gate.admit(NOW).refused())
                .hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo("ingest-lagging"));

        gate.foldBacklogSince(NOW.minusSeconds(59));
        assertThat(gate.admit(NOW).refused()).isEmpty();
        gate.foldBacklogSince(null);
        assertThat(gate.admit(NOW).refused()).isEmpty();
    }

    @Test
    void closedIntakeRefusesEverythingUntilOpenedAgain() {
        IngestGate gate = new IngestGate(4, 0, Duration.ofSeconds(60));
        gate.setOpen(false);
        assertThat(gate.admit(NOW).refused())
                .hasValueSatisfying(r -> {
                    assertThat(r.reason()).isEqualTo("intake-closed");
                    assertThat(r.retryAfterSeconds()).isEqualTo(30);
                });
        gate.setOpen(true);
        assertThat(gate.admit(NOW).refused()).isEmpty();
    }
}
