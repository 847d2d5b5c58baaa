package dev.recap.embedded;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * The only class that touches Kafka's internal server APIs (storage formatting and {@code
 * KafkaRaftServer}), so a Kafka upgrade that moves them breaks one file.
 */
final class KraftNode implements AutoCloseable {

    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private final KafkaRaftServer server;
    private final String bootstrapServers;

    private KraftNode(KafkaRaftServer server, String bootstrapServers) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    static KraftNode start(Path logDir, int brokerPort, int controllerPort, Map<String, String> overrides) {
        Map<String, String> settings = settings(logDir, brokerPort, controllerPort);
        settings.putAll(overrides);
        format(logDir, settings);
        Properties props = new Properties();
        props.putAll(settings);
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        try {
            server.startup();
        } catch (RuntimeException e) {
            server.shutdown();
            throw e;
        }
        return new KraftNode(server, "localhost:" + brokerPort);
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }

    private static Map<String, String> settings(Path logDir, int brokerPort, int controllerPort) {
        Map<String, String> s = new HashMap<>();
        s.put("process.roles", "broker,controller");
        s.put("node.id", String.valueOf(NODE_ID));
        s.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        s.put(
                "listeners",
                "PLAINTEXT://localhost:" + brokerPort + "," + CONTROLLER_LISTENER + "://localhost:" + controllerPort);
        s.put("advertised.listeners", "PLAINTEXT://localhost:" + brokerPort);
        s.put("controller.listener.names", CONTROLLER_LISTENER);
        s.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        s.put("inter.broker.listener.name", "PLAINTEXT");
        s.put("log.dirs", logDir.toAbsolutePath().toString());
        // one node: internal topics cannot have more replicas than that
        s.put("offsets.topic.replication.factor", "1");
        s.put("offsets.topic.num.partitions", "3");
        s.put("transaction.state.log.replication.factor", "1");
        s.put("transaction.state.log.min.isr", "1");
        s.put("transaction.state.log.num.partitions", "3");
        s.put("share.coordinator.state.topic.replication.factor", "1");
        s.put("share.coordinator.state.topic.min.isr", "1");
        s.put("group.initial.rebalance.delay.ms", "0");
        s.put("num.partitions", "3");
        s.put("auto.create.topics.enable", "false");
        s.put("log.flush.interval.messages", String.valueOf(Long.MAX_VALUE));
        return s;
    }

    private static void format(Path logDir, Map<String, String> settings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            new Formatter()
                    .setPrintStream(print)
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .addDirectory(logDir.toAbsolutePath().toString())
                    .setMetadataLogDirectory(logDir.toAbsolutePath().toString())
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setControllerListenerName(settings.get("controller.listener.names"))
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot format embedded Kafka storage in " + logDir + ": " + out, e);
        }
    }
}
