package io.newsflow.systemtest;

import io.newsflow.testsupport.ServiceProcess;
import io.newsflow.testsupport.TestServers;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The three services started once per test JVM against the shared test servers, and stopped
 * when the JVM exits. Started in pipeline order so that each stage's topics exist before the
 * next stage subscribes.
 */
final class RunningPipeline {

    private static volatile RunningPipeline instance;

    private final ServiceProcess ingest;
    private final ServiceProcess enrich;
    private final ServiceProcess publish;
    private final NewsIndex index = new NewsIndex(TestServers.elasticsearch().url());

    private RunningPipeline() {
        Path root = Path.of(System.getProperty("newsflow.root", "..")).toAbsolutePath().normalize();
        Map<String, String> env = Map.of(
                "SPRING_KAFKA_BOOTSTRAP_SERVERS", TestServers.kafka().bootstrapServers(),
                "SPRING_ELASTICSEARCH_URIS", TestServers.elasticsearch().url());
        ingest = new ServiceProcess("ingest-service", root.resolve("ingest-service/target/ingest-service.jar"), env);
        enrich = new ServiceProcess("enrich-service", root.resolve("enrich-service/target/enrich-service.jar"), env);
        publish = new ServiceProcess("publish-service", root.resolve("publish-service/target/publish-service.jar"), env);
    }

    static RunningPipeline get() {
        RunningPipeline result = instance;
        if (result == null) {
            synchronized (RunningPipeline.class) {
                result = instance;
                if (result == null) {
                    result = new RunningPipeline();
                    result.startAll();
                    instance = result;
                }
            }
        }
        return result;
    }

    ServiceProcess ingest() {
        return ingest;
    }

    ServiceProcess enrich() {
        return enrich;
    }

    ServiceProcess publish() {
        return publish;
    }

    /** What readers of this pipeline see. */
    NewsIndex index() {
        return index;
    }

    List<ServiceProcess> all() {
        return List.of(ingest, enrich, publish);
    }

    private void startAll() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "stop-services"));
        // All three start at once: each waits for Kafka, not for the others, and start-up is mostly CPU.
        all().forEach(ServiceProcess::start);
        all().forEach(service -> service.awaitReady(Duration.ofMinutes(4)));
    }

    private void stopAll() {
        all().parallelStream().forEach(ServiceProcess::stop);
    }
}
