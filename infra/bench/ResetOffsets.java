import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Benchmark helper (not a test): moves a consumer group back to the earliest offsets of a topic, like
 * Kafka's own {@code kafka-consumer-groups.sh --reset-offsets --to-earliest --execute}. The jars that
 * infra/kafka copies hold no kafka-tools jar (ConsumerGroupCommand lives there), so this does the same
 * with the Admin client of kafka-clients. The group must have no active member.
 *
 * Run with the JDK's single-file launcher:
 *   java -cp "infra/kafka/target/lib/*" infra/bench/ResetOffsets.java 127.0.0.1:9092 GROUP TOPIC [--dry-run]
 * Prints "events N" (records between the earliest and the latest offsets, all partitions).
 */
public class ResetOffsets {
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: ResetOffsets BOOTSTRAP GROUP TOPIC [--dry-run]");
            System.exit(2);
        }
        String bootstrap = args[0], group = args[1], topic = args[2];
        boolean dryRun = args.length > 3 && "--dry-run".equals(args[3]);
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "15000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000");
        try (Admin admin = Admin.create(props)) {
            List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic)
                    .partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> earliest = admin.listOffsets(
                    partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.earliest()))).all().get();
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> latest = admin.listOffsets(
                    partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get();
            long events = 0;
            Map<TopicPartition, OffsetAndMetadata> target = new HashMap<>();
            for (TopicPartition p : partitions) {
                long from = earliest.get(p).offset(), to = latest.get(p).offset();
                events += to - from;
                target.put(p, new OffsetAndMetadata(from));
                System.out.println("partition " + p.partition() + " earliest " + from + " latest " + to);
            }
            if (!dryRun) {
                Exception last = null;
                for (int attempt = 0; attempt < 30; attempt++) {
                    try {
                        admin.alterConsumerGroupOffsets(group, target).all().get();
                        last = null;
                        break;
                    } catch (Exception e) { // the group still has a member (its session has not expired yet)
                        last = e;
                        Thread.sleep(2000);
                    }
                }
                if (last != null) {
                    throw last;
                }
            }
            System.out.println("events " + events);
        }
    }
}
