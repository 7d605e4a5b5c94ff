package io.pagewright.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pagewright.platform.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImpressionLogFormatTest {

    private static final Duration SESSION = Duration.ofMinutes(30);
    private static final long NOW = 1_795_000_000_000L;

    @Test
    void aLogRoundTrips() {
        ImpressionLog log =
                ImpressionLog.EMPTY
                        .record(
                                List.of(Counter.variant("promo"), Counter.offerType("discount")),
                                NOW,
                                SESSION)
                        .record(List.of(Counter.variant("promo")), NOW + 4_321, SESSION);

        String entry = ImpressionLogFormat.write(log);

        assertThat(ImpressionLogFormat.read(entry)).isEqualTo(log);
        assertThat(ImpressionLogFormat.read(entry).counters())
                .containsEntry("VARIANT:promo", List.of(NOW, NOW + 4_321))
                .containsEntry("OFFER_TYPE:discount", List.of(NOW));
        assertThat(entry)
                .doesNotContain("{")
                .hasSizeLessThan(Json.DOCUMENTS.writeValueAsString(log).length());
    }

    @Test
    void namesMayHoldTheFormatsOwnSeparators() {
        ImpressionLog log =
                new ImpressionLog(
                        NOW - 10,
                        NOW,
                        Map.of(
                                "VARIANT:a:b=c;d,e|f",
                                List.of(NOW),
                                "SLOT:ünïcödé ☃",
                                List.of(NOW - 5, NOW),
                                "VARIANT:",
                                List.of(NOW)));

        assertThat(ImpressionLogFormat.read(ImpressionLogFormat.write(log))).isEqualTo(log);
    }

    @Test
    void timesThatGoBackwardsRoundTrip() {
        // Nodes' clocks differ: a later impression may carry an earlier time.
        ImpressionLog log =
                new ImpressionLog(
                        NOW, NOW, Map.of("VARIANT:x", List.of(NOW, NOW - 2_000, NOW + 7)));

        assertThat(ImpressionLogFormat.read(ImpressionLogFormat.write(log)).counters())
                .containsEntry("VARIANT:x", List.of(NOW, NOW - 2_000, NOW + 7));
    }

    @Test
    void aFullCounterRoundTripsAndCountsAsBefore() {
        ImpressionLog log = ImpressionLog.EMPTY;
        for (int i = 0; i < ImpressionLog.MAX_PER_COUNTER + 5; i++) {
            log = log.record(List.of(Counter.variant("hot")), NOW + i * 1_000L, SESSION);
        }
        ImpressionLog read = ImpressionLogFormat.read(ImpressionLogFormat.write(log));

        assertThat(read).isEqualTo(log);
        assertThat(read.counters().get("VARIANT:hot")).hasSize(ImpressionLog.MAX_PER_COUNTER);
        assertThat(read.history(NOW + 2_000_000, SESSION).count(Counter.variant("hot"), Window.DAY))
                .isEqualTo(ImpressionLog.MAX_PER_COUNTER);
    }

    @Test
    void anEmptyLogRoundTrips() {
        assertThat(ImpressionLogFormat.read(ImpressionLogFormat.write(ImpressionLog.EMPTY)))
                .isEqualTo(ImpressionLog.EMPTY);
    }

    @Test
    void entriesWrittenAsJsonByEarlierReleasesAreStillRead() {
        String json =
                "{\"sessionStart\":1000,\"lastSeen\":2000,"
                        + "\"counters\":{\"VARIANT:promo\":[1000,2000]}}";

        ImpressionLog log = ImpressionLogFormat.read(json);

        assertThat(log.sessionStart()).isEqualTo(1000);
        assertThat(log.lastSeen()).isEqualTo(2000);
        assertThat(log.counters()).containsEntry("VARIANT:promo", List.of(1000L, 2000L));
    }

    @Test
    void aDamagedEntryIsRefused() {
        String entry =
                ImpressionLogFormat.write(
                        ImpressionLog.EMPTY.record(
                                List.of(Counter.variant("promo")), NOW, SESSION));

        assertThatThrownBy(() -> ImpressionLogFormat.read(entry.substring(0, entry.length() - 4)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ImpressionLogFormat.read("I1|zz|"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ImpressionLogFormat.read("I1|1|2|8:VARIANT:x=1;"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recordingKeepsOnlyTheLastWeek() {
        ImpressionLog old =
                new ImpressionLog(
                        NOW,
                        NOW,
                        Map.of(
                                "VARIANT:gone",
                                List.of(NOW - ImpressionLog.WEEK - 1),
                                "VARIANT:kept",
                                new ArrayList<>(List.of(NOW - ImpressionLog.WEEK - 1, NOW - 1))));

        ImpressionLog next = old.record(List.of(Counter.slot("hero")), NOW, SESSION);

        assertThat(next.counters())
                .containsOnlyKeys("VARIANT:kept", "SLOT:hero")
                .containsEntry("VARIANT:kept", List.of(NOW - 1));
    }

    @Test
    void numbersAtTheEdgesOfTheirDigitCountRoundTrip() {
        List<Long> times = List.of(0L, 35L, 36L, 1_295L, 1_296L, Long.MAX_VALUE, -1L, -36L);
        ImpressionLog log = new ImpressionLog(0, Long.MAX_VALUE, Map.of("VARIANT:x", times));

        String entry = ImpressionLogFormat.write(log);

        assertThat(entry).startsWith("I1|0|" + Long.toString(Long.MAX_VALUE, 36) + "|");
        assertThat(ImpressionLogFormat.read(entry).counters()).containsEntry("VARIANT:x", times);
    }
}
