package io.pagewright.it;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Stops and starts the build's Elasticsearch server, for tests of what happens while it is gone.
 */
final class ElasticsearchProcess {
    private ElasticsearchProcess() {}

    static void stop() {
        run(List.of("bash", script(), "stop", System.getProperty("it.es.base")));
    }

    /** Starts it again on the same data and returns once the cluster is yellow. */
    static void start() {
        run(
                List.of(
                        "bash",
                        script(),
                        "start",
                        System.getProperty("it.es.home"),
                        System.getProperty("it.es.base"),
                        System.getProperty("it.es.port")));
    }

    private static String script() {
        return System.getProperty("it.scripts") + "/elasticsearch.sh";
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("command failed: " + command);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
