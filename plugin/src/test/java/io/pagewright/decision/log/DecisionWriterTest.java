package io.pagewright.decision.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.pagewright.decision.DecisionRecord;
import io.pagewright.testing.MutableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionWriterTest {

    private static final int BATCH = 10;
    private static final long MAX_BULK_BYTES = 36L * 8; // eight UUIDs

    @TempDir Path spoolDirectory;

    /** A store that keeps what it was sent, in bulks, and can be switched off. */
    private static class Store implements DecisionWriter.Bulk {
        final List<List<String>> bulks = new ArrayList<>();
        final Set<String> ids = new LinkedHashSet<>();
        boolean down;

        @Override
        public void send(List<DecisionWriter.Document> documents) throws IOException {
            if (down) {
                throw new IOException("connection refused");
            }
            bulks.add(documents.stream().map(DecisionWriter.Document::id).toList());
            documents.forEach(d -> ids.add(d.id()));
        }
    }

    /** A decision's JSON is its id here: the writer never looks inside. */
    private static final class IdCodec implements DecisionWriter.Codec {
        @Override
        public DecisionWriter.Document encode(DecisionRecord decision) {
            String id = decision.pageDecisionId().toString();
            return new DecisionWriter.Document(decision.at(), id, id);
        }

        @Override
        public DecisionWriter.Document decode(String line) {
            return new DecisionWriter.Document(Instant.EPOCH, line, line);
        }
    }

    private final Store store = new Store();
    private final MutableClock time = new MutableClock(Instant.parse("2026-12-07T12:00:00Z"));

    private DecisionWriter writer(int bufferSize) {
        return new DecisionWriter(
                bufferSize,
                spoolDirectory,
                new IdCodec(),
                store,
                BATCH,
                MAX_BULK_BYTES,
                Duration.ofSeconds(2),
                time);
    }

    private static List<String> record(DecisionWriter writer, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id.toString());
            writer.record(
                    new DecisionRecord(
                            id,
                            Instant.EPOCH,
                            "home",
                            "web",
                            "hash",
                            Map.of(),
                            Map.of(),
                            null,
                            0,
                            false,
                            List.of(),
                            1L,
                            Map.of()));
        }
        return ids;
    }

    private long spoolFilesOnDisk() throws IOException {
        try (Stream<Path> files = Files.list(spoolDirectory)) {
            return files.count();
        }
    }

    @Test
    void oneFlushSendsEverythingBufferedInBulksOfAtMostABatch() {
        DecisionWriter writer = writer(100);
        List<String> ids = record(writer, 35);

        writer.flush();

        assertThat(store.ids).containsExactlyElementsOf(ids);
        // eight UUIDs is the most JSON a bulk may hold here
        assertThat(store.bulks).extracting(List::size).containsExactly(8, 2, 8, 2, 8, 2, 5);
        assertThat(writer.state().written()).isEqualTo(35);
        assertThat(writer.state().buffered()).isZero();
    }

    @Test
    void aFullBufferMovesItsOldestBatchToOneSpoolFileAndLosesNothing() throws IOException {
        DecisionWriter writer = writer(20);
        List<String> ids = record(writer, 41);

        // 20 fit; the 21st moves the oldest 10 and itself to one file, 10 more fit, the 32nd
        // does the same: 2 files for 21 decisions that did not fit
        assertThat(writer.state().spoolFiles()).isEqualTo(2);
        assertThat(spoolFilesOnDisk()).isEqualTo(2);
        assertThat(writer.state().spooled()).isEqualTo(22);

        writer.flush();

        assertThat(store.ids).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(writer.state().spoolFiles()).isZero();
        assertThat(spoolFilesOnDisk()).isZero();
    }

    @Test
    void whileTheStoreIsDownBatchesAreSpooledAndResentOldestFirstWhenItIsBack() throws IOException {
        DecisionWriter writer = writer(100);
        store.down = true;
        List<String> first = record(writer, 15);
        writer.flush();
        assertThat(writer.state().lastError()).isEqualTo("connection refused");

        // backing off: the store is not even asked, the buffer goes straight to the spool
        store.down = false;
        List<String> second = record(writer, 5);
        writer.flush();
        assertThat(store.bulks).isEmpty();
        assertThat(writer.state().spoolFiles()).isPositive();
        assertThat(writer.state().buffered()).isZero();

        time.advance(Duration.ofSeconds(60));
        List<String> third = record(writer, 3);
        writer.flush();

        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        all.addAll(third);
        assertThat(store.ids).containsExactlyInAnyOrderElementsOf(all);
        List<String> sent = List.copyOf(store.ids);
        assertThat(sent.indexOf(first.get(0))).isLessThan(sent.indexOf(second.get(0)));
        assertThat(writer.state().lastError()).isNull();
        assertThat(spoolFilesOnDisk()).isZero();
    }

    @Test
    void aBacklogOfSmallFilesIsResentInBulksThatJoinThem() {
        DecisionWriter writer = writer(1);
        record(writer, 1);
        // every second decision overflows a buffer of one: 20 files of two decisions each
        List<String> ids = record(writer, 40);
        assertThat(writer.state().spoolFiles()).isEqualTo(20);

        writer.flush();

        assertThat(store.ids).hasSize(41).containsAll(ids);
        // 40 spooled decisions joined ten (five files) at a time, each sent as 8 + 2 by size,
        // and the one still buffered
        assertThat(store.bulks).hasSize(9);
        assertThat(writer.state().spoolFiles()).isZero();
    }

    @Test
    void bulksStayWithinTheirSizeAndASpoolFileLargerThanABatchIsSentInSeveral() {
        DecisionWriter writer = writer(100);
        List<String> ids = record(writer, 25);
        writer.spoolBuffered();
        assertThat(writer.state().spoolFiles()).isEqualTo(1);

        writer.flush();

        assertThat(store.ids).containsExactlyElementsOf(ids);
        assertThat(store.bulks).extracting(List::size).containsExactly(8, 8, 8, 1);
        assertThat(writer.state().spoolFiles()).isZero();
    }

    @Test
    void aRestartedWriterFindsTheSpoolItLeftAndSendsIt() {
        DecisionWriter before = writer(100);
        List<String> ids = record(before, 12);
        before.spoolBuffered();
        assertThat(store.ids).isEmpty();

        DecisionWriter after = writer(100);
        assertThat(after.state().spoolFiles()).isEqualTo(1);
        after.flush();

        assertThat(store.ids).containsExactlyElementsOf(ids);
    }

    @Test
    void aRoundEndsAfterItsLongestDurationEvenWithMoreToSend() {
        Store slow =
                new Store() {
                    @Override
                    public void send(List<DecisionWriter.Document> documents) throws IOException {
                        super.send(documents);
                        time.advance(Duration.ofSeconds(1));
                    }
                };
        DecisionWriter writer =
                new DecisionWriter(
                        100,
                        spoolDirectory,
                        new IdCodec(),
                        slow,
                        BATCH,
                        Long.MAX_VALUE,
                        Duration.ofSeconds(2),
                        time);
        record(writer, 50);

        writer.flush();

        assertThat(slow.bulks).hasSize(2);
        assertThat(writer.state().buffered()).isEqualTo(30);
        writer.flush();
        assertThat(slow.ids).hasSize(40);
    }
}
