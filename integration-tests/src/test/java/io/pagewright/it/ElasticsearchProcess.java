package io.pagewright.it;

import java.util.List;

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
        return Processes.script("elasticsearch.sh");
    }

    private static void run(List<String> command) {
        Processes.run(command, 180);
    }
}
