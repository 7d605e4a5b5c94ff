package io.pagewright.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EventLog} must do. A real adapter's test extends this class and supplies an
 * empty log; the ids are unique per run so a shared index does not leak between tests.
 */
public abstract class EventLogContract {

    private EventLog log;
    private String run;

    /** An empty log, or one whose contents do not use the ids this contract generates. */
    protected abstract EventLog emptyLog();

    @BeforeEach
    void createLog() {
        log = emptyLog();
        run = Long.toHexString(System.nanoTime());
    }

    @Test
    void appendsNewEventsAndRemembersTheirIds() {
        List<Event> appended = log.append(List.of(bounce("a"), bounce("b")));

        assertThat(appended).extracting(Event::eventId).containsExactly(id("a"), id("b"));
        assertThat(log.contains(id("a"))).isTrue();
        assertThat(log.contains(id("never"))).isFalse();
    }

    @Test
    void resendingABatchAppendsNothing() {
        log.append(List.of(bounce("a"), bounce("b")));

        assertThat(log.append(List.of(bounce("b"), bounce("a")))).isEmpty();
    }

    @Test
    void duplicatesWithinABatchAreAppendedOnceAndTheFirstVersionWins() {
        Event first = bounce("a");
        Event sameIdOtherContent =
                new PageView(
                        id("a"), EventSamples.AT, EventSamples.ANONYMOUS, null, "https://x", null);

        List<Event> appended = log.append(List.of(first, sameIdOtherContent, bounce("c")));

        assertThat(appended).containsExactly(first, bounce("c"));
        assertThat(log.append(List.of(sameIdOtherContent))).isEmpty();
    }

    private Event bounce(String name) {
        return new Bounce(id(name), EventSamples.AT, EventSamples.ANONYMOUS, null, null);
    }

    private String id(String name) {
        return "contract-" + run + "-" + name;
    }
}
