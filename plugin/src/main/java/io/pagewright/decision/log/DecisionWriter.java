package io.pagewright.decision.log;

import io.pagewright.decision.DecisionRecord;
import io.pagewright.search.IndexOutbox;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * The decision log's write side, whatever the store: resolves put decisions in a bounded buffer and
 * return; {@link #flush()} sends them in bulks. A bulk the store refuses, or every bulk while it
 * backs off after a failure, goes to the {@link DecisionSpool}, which is resent oldest first once
 * the store answers again. Nothing is dropped: a full buffer moves its oldest batch to the spool.
 */
final class DecisionWriter {

    private static final Logger LOG = Logger.getLogger(DecisionWriter.class.getName());

    /** A decision as it is sent and spooled: its JSON, with the time and id its write needs. */
    record Document(Instant at, String id, String json) {}

    /** Turns decisions into documents, and spooled lines back into documents. */
    interface Codec {
        Document encode(DecisionRecord decision);

        Document decode(String line);
    }

    /** Writes documents to the store, all or failing; a resend of a document overwrites it. */
    interface Bulk {
        void send(List<Document> documents) throws IOException;
    }

    private final BlockingQueue<DecisionRecord> buffer;
    private final DecisionSpool spool;
    private final Codec codec;
    private final Bulk bulk;
    private final int batch;
    private final long maxBulkBytes;
    private final Duration longestRound;
    private final Clock clock;
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong spooled = new AtomicLong();
    private volatile Instant retryAfter = Instant.EPOCH;
    private volatile String lastError;
    private int failures;

    /**
     * @param batch the most documents in one bulk, and in one spool file written for a full buffer
     * @param maxBulkBytes the most JSON in one bulk (in characters), so that the store never
     *     refuses a bulk for its size alone
     * @param longestRound how long one {@link #flush()} keeps sending while there is more to send
     */
    DecisionWriter(
            int bufferSize,
            Path spoolDirectory,
            Codec codec,
            Bulk bulk,
            int batch,
            long maxBulkBytes,
            Duration longestRound,
            Clock clock) {
        this.buffer = new ArrayBlockingQueue<>(bufferSize);
        this.spool = new DecisionSpool(spoolDirectory);
        this.codec = codec;
        this.bulk = bulk;
        this.batch = batch;
        this.maxBulkBytes = maxBulkBytes;
        this.longestRound = longestRound;
        this.clock = clock;
    }

    /** The writer's state, for operators. */
    record State(int buffered, long spoolFiles, long written, long spooled, String lastError) {}

    /** Buffers the decision; never blocks. */
    void record(DecisionRecord decision) {
        if (buffer.offer(decision)) {
            return;
        }
        // Full: the writer is behind. Move the oldest batch to disk together with this decision,
        // one file for the lot, so a request pays for an overflow once per batch at most.
        List<DecisionRecord> overflow = new ArrayList<>(batch + 1);
        buffer.drainTo(overflow, batch);
        overflow.add(decision);
        spool(overflow.stream().map(codec::encode).toList());
    }

    /**
     * One round of writing: the spool's backlog and the buffer in turns, a bulk of each, until both
     * are empty or the round has taken {@code longestRound}. While backing off after a failure the
     * buffer goes to the spool instead.
     */
    void flush() {
        Instant started = clock.instant();
        if (started.isBefore(retryAfter)) {
            List<DecisionRecord> waiting = new ArrayList<>();
            while (buffer.drainTo(waiting, batch) > 0) {
                spool(waiting.stream().map(codec::encode).toList());
                waiting.clear();
            }
            return;
        }
        try {
            boolean more = true;
            while (more && Duration.between(started, clock.instant()).compareTo(longestRound) < 0) {
                boolean resent = resendOldest();
                boolean sent = sendBuffered();
                more = resent || sent;
            }
            failures = 0;
            lastError = null;
        } catch (IOException | RuntimeException e) {
            failures++;
            lastError = e.getMessage();
            retryAfter = clock.instant().plus(IndexOutbox.backoff(failures));
            LOG.warning(() ->
                    "Decision log write failed ("
                            + failures
                            + " in a row), spooling: "
                            + lastError);
        }
    }

    /** Everything buffered to the spool, for a stop. */
    void spoolBuffered() {
        List<DecisionRecord> rest = new ArrayList<>();
        buffer.drainTo(rest);
        spool(rest.stream().map(codec::encode).toList());
    }

    State state() {
        return new State(buffer.size(), spool.files(), written.get(), spooled.get(), lastError);
    }

    /**
     * Sends the oldest spool files, about a batch of documents (in bulks of at most a batch), and
     * deletes them; false when the spool is empty.
     */
    private boolean resendOldest() throws IOException {
        List<Path> files = new ArrayList<>();
        List<Document> documents = new ArrayList<>();
        for (Path file : spool.oldest(batch)) {
            if (documents.size() >= batch) {
                break;
            }
            files.add(file);
            spool.read(file).forEach(line -> documents.add(codec.decode(line)));
        }
        if (files.isEmpty()) {
            return false;
        }
        send(documents);
        files.forEach(spool::delete);
        return true;
    }

    /** Sends a batch of the buffer; false when it is empty. A refused batch is spooled. */
    private boolean sendBuffered() throws IOException {
        List<DecisionRecord> decisions = new ArrayList<>(batch);
        if (buffer.drainTo(decisions, batch) == 0) {
            return false;
        }
        List<Document> documents = decisions.stream().map(codec::encode).toList();
        try {
            send(documents);
        } catch (IOException | RuntimeException e) {
            spool(documents);
            throw e;
        }
        return true;
    }

    /** Sends in bulks of at most a batch and {@code maxBulkBytes} of JSON each. */
    private void send(List<Document> documents) throws IOException {
        int from = 0;
        while (from < documents.size()) {
            int to = from;
            long bytes = 0;
            while (to < documents.size()
                    && to - from < batch
                    && (to == from || bytes + documents.get(to).json().length() <= maxBulkBytes)) {
                bytes += documents.get(to).json().length();
                to++;
            }
            bulk.send(documents.subList(from, to));
            written.addAndGet(to - from);
            from = to;
        }
    }

    private void spool(List<Document> documents) {
        spool.append(documents.stream().map(Document::json).toList());
        spooled.addAndGet(documents.size());
    }
}
