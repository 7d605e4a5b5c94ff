package io.pagewright.it;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the build's helper scripts (start and stop the test servers) from tests. */
final class Processes {
    private Processes() {}

    /** Runs {@code command} with the test's output; fails unless it exits 0 within the time. */
    static void run(List<String> command, long timeoutSeconds) {
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("command failed: " + command);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The path of one of the build's scripts. */
    static String script(String name) {
        return System.getProperty("it.scripts") + "/" + name;
    }
}
