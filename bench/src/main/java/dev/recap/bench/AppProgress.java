package dev.recap.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * Whether a Streams app (its consumer group is its application id) has processed every record of its
 * input topic and of its own repartition topics, from the group's committed offsets and the topics' end
 * offsets, read with the Admin client.
 *
 * <p>The input is written by a plain idempotent producer: no transaction markers, so the group is done with a
 * partition when its committed offset is the end offset. A repartition topic is written only by the
 * app's {@code exactly_once_v2} producer: every transaction that wrote to a partition ends there with a
 * commit (or abort) marker, one offset that no consumer ever receives. Once no transaction is open on the
 * partition (its read_committed end, the last stable offset, equals its high watermark), the last offset
 * is such a marker. Streams commits the next offsets its consumer's last poll returned, which pass a marker
 * only once a fetch has returned it (it commits again when its consumer's position moves past a marker
 * alone, see {@code StreamTask.commitNeeded}); until then the committed offset is the marker's own. All
 * records before the marker are processed either way, so the partition is done at committed ≥ end − 1. While a transaction is open the partition is not done, whatever the
 * offsets say: the records written in it are not processed yet.
 */
final class AppProgress {

    private static final String REPARTITION_SUFFIX = "-repartition";

    private final Admin admin;
    private final String applicationId;
    private final List<TopicPartition> input;
    private final List<TopicPartition> repartitions;

    private AppProgress(
            Admin admin, String applicationId, List<TopicPartition> input, List<TopicPartition> repartitions) {
        this.admin = admin;
        this.applicationId = applicationId;
        this.input = input;
        this.repartitions = repartitions;
    }

    /**
     * The progress of {@code applicationId} over {@code inputTopic} and the repartition topics it has now;
     * call it once the app is running (Streams creates its internal topics before that).
     */
    static AppProgress of(Admin admin, String applicationId, String inputTopic)
            throws ExecutionException, InterruptedException {
        Objects.requireNonNull(admin, "admin");
        List<String> internal = admin.listTopics().names().get().stream()
                .filter(t -> t.startsWith(applicationId + "-") && t.endsWith(REPARTITION_SUFFIX))
                .sorted()
                .toList();
        return new AppProgress(
                admin, applicationId, partitions(admin, List.of(inputTopic)), partitions(admin, internal));
    }

    /**
     * The end of everything written to the repartition topics and to {@code outputs}, or {@code null} while
     * a transaction is still open on one of them (what it wrote is not yet visible to readers).
     */
    Map<TopicPartition, Long> settledEnds(List<TopicPartition> outputs)
            throws ExecutionException, InterruptedException {
        List<TopicPartition> all = new ArrayList<>(repartitions);
        all.addAll(outputs);
        Map<TopicPartition, Long> written = ends(admin, all, IsolationLevel.READ_UNCOMMITTED);
        return written.equals(ends(admin, all, IsolationLevel.READ_COMMITTED)) ? written : null;
    }

    /** The repartition topics watched, one entry a partition. */
    List<TopicPartition> repartitionPartitions() {
        return repartitions;
    }

    /** True when every partition of the input and of every repartition topic is processed and committed. */
    boolean caughtUp() throws ExecutionException, InterruptedException {
        List<TopicPartition> all = new ArrayList<>(input);
        all.addAll(repartitions);
        // stable only: offsets committed in a transaction still open are not yet the group's offsets
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(
                        applicationId, new ListConsumerGroupOffsetsOptions().requireStable(true))
                .partitionsToOffsetAndMetadata()
                .get();
        Map<TopicPartition, Long> stable = ends(admin, all, IsolationLevel.READ_COMMITTED);
        Map<TopicPartition, Long> written = ends(admin, all, IsolationLevel.READ_UNCOMMITTED);
        for (TopicPartition tp : all) {
            OffsetAndMetadata offset = committed.get(tp);
            long c = offset == null ? 0 : offset.offset();
            if (!partitionCaughtUp(c, stable.get(tp), written.get(tp), repartitions.contains(tp))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The rule of the class comment for one partition: {@code committed} the group's offset (0 when none),
     * {@code stableEnd} the last stable offset, {@code highWatermark} the end of everything written, {@code
     * transactional} whether only a transactional producer writes the partition.
     */
    static boolean partitionCaughtUp(long committed, long stableEnd, long highWatermark, boolean transactional) {
        if (stableEnd < highWatermark) {
            return false;
        }
        if (!transactional || stableEnd == 0) {
            return committed >= stableEnd;
        }
        return committed >= stableEnd - 1;
    }

    /** The latest offset of each partition as a reader with {@code isolation} sees it. */
    static Map<TopicPartition, Long> ends(Admin admin, List<TopicPartition> partitions, IsolationLevel isolation)
            throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        partitions.forEach(tp -> latest.put(tp, OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResultInfo> infos = admin.listOffsets(latest, new ListOffsetsOptions(isolation))
                .all()
                .get();
        Map<TopicPartition, Long> ends = new HashMap<>();
        infos.forEach((tp, info) -> ends.put(tp, info.offset()));
        return ends;
    }

    /** Every partition of {@code topics}, topic by topic. */
    static List<TopicPartition> partitions(Admin admin, List<String> topics)
            throws ExecutionException, InterruptedException {
        if (topics.isEmpty()) {
            return List.of();
        }
        Map<String, TopicDescription> described =
                admin.describeTopics(topics).allTopicNames().get();
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            described.get(topic).partitions().forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        return List.copyOf(partitions);
    }
}
