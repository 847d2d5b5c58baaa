package dev.recap.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recap.events.Delivery;
import dev.recap.events.Digest;
import dev.recap.events.DigestItem;
import dev.recap.events.Post;
import dev.recap.events.ScheduledTalk;
import dev.recap.events.Subscriber;
import dev.recap.events.TalkMention;
import dev.recap.events.ThemeDay;
import dev.recap.events.WeekEntry;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaNormalization;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * BACKWARD_TRANSITIVE: the current schema must read records written with every schema kept in
 * {@code schemas/history/}, because replays read old records; and the current schema must itself be
 * kept there, so the next change is checked against it.
 */
class SchemaHistoryCompatibilityTest {

    static Stream<Schema> currentSchemas() {
        return Stream.of(
                Post.getClassSchema(),
                TalkMention.getClassSchema(),
                ScheduledTalk.getClassSchema(),
                ThemeDay.getClassSchema(),
                Digest.getClassSchema(),
                Subscriber.getClassSchema(),
                Delivery.getClassSchema(),
                DigestItem.getClassSchema(),
                WeekEntry.getClassSchema());
    }

    @ParameterizedTest
    @MethodSource("currentSchemas")
    void shouldReadRecordsWrittenWithEveryHistoricalSchema(Schema current) {
        List<Schema> history = AvroSerde.historyOf(current.getName());

        assertThat(history).as("schemas/history/%s/v1.avsc", current.getName()).isNotEmpty();
        for (Schema writer : history) {
            var result = SchemaCompatibility.checkReaderWriterCompatibility(current, writer);
            assertThat(result.getType())
                    .as("%s reading %s history: %s", current.getName(), writer.getName(), result.getDescription())
                    .isEqualTo(SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE);
        }
    }

    @ParameterizedTest
    @MethodSource("currentSchemas")
    void shouldKeepTheCurrentSchemaAsTheNewestHistoryVersion(Schema current) {
        List<Schema> history = AvroSerde.historyOf(current.getName());

        Schema newest = history.get(history.size() - 1);

        assertThat(SchemaNormalization.parsingFingerprint64(newest))
                .as(
                        "copy the changed %s.avsc into schemas/history/%s/v%d.avsc",
                        current.getName(), current.getName(), history.size() + 1)
                .isEqualTo(SchemaNormalization.parsingFingerprint64(current));
    }
}
