package io.pagewright.decision.log;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.NavigableSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Decisions waiting on local disk while Elasticsearch cannot take them: one file of JSON lines per
 * batch, named so that they sort oldest first. Files survive a restart of the server.
 *
 * <p>The directory is listed once, when the spool opens; from then on this node is its only writer
 * and keeps the names in memory, so finding the oldest batch costs the same with a million files as
 * with one (listing and sorting the directory for every resend made a long outage's backlog drain
 * slower than new decisions arrived).
 */
final class DecisionSpool {

    private static final String SUFFIX = ".jsonl";

    private final Path directory;
    private final AtomicLong sequence = new AtomicLong();
    private final NavigableSet<String> names = new ConcurrentSkipListSet<>();

    DecisionSpool(Path directory) {
        this.directory = directory;
        try {
            Files.createDirectories(directory);
            try (Stream<Path> files = Files.list(directory)) {
                files.map(p -> p.getFileName().toString())
                        .filter(n -> n.endsWith(SUFFIX))
                        .forEach(names::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a batch as a new file, in full or not at all. */
    synchronized void append(List<String> jsonLines) {
        if (jsonLines.isEmpty()) {
            return;
        }
        String name =
                String.format(
                        "%020d-%06d%s",
                        System.currentTimeMillis(), sequence.incrementAndGet() % 1_000_000, SUFFIX);
        Path temporary = directory.resolve(name + ".tmp");
        try {
            Files.write(
                    temporary, jsonLines, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            Files.move(temporary, directory.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        names.add(name);
    }

    /** The oldest spooled batches, at most {@code limit} of them, oldest first. */
    List<Path> oldest(int limit) {
        return names.stream().limit(limit).map(directory::resolve).toList();
    }

    List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        names.remove(file.getFileName().toString());
    }

    long files() {
        return names.size();
    }
}
