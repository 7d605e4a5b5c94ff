package io.pagewright.decision.log;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Decisions waiting on local disk while Elasticsearch cannot take them: one file of JSON lines per
 * batch, named so that they sort oldest first. Files survive a restart of the server.
 */
final class DecisionSpool {

    private final Path directory;
    private final AtomicLong sequence = new AtomicLong();

    DecisionSpool(Path directory) {
        this.directory = directory;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a batch as a new file. */
    synchronized void append(List<String> jsonLines) {
        if (jsonLines.isEmpty()) {
            return;
        }
        String name =
                String.format(
                        "%020d-%06d.jsonl",
                        System.currentTimeMillis(), sequence.incrementAndGet() % 1_000_000);
        Path temporary = directory.resolve(name + ".tmp");
        try {
            Files.write(
                    temporary, jsonLines, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            Files.move(temporary, directory.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The oldest spooled batch, if any. */
    Optional<Path> oldest() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jsonl"))
                    .sorted()
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
    }

    long files() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jsonl")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
