package dev.recap.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recap.events.Channel;
import dev.recap.events.DateSource;
import dev.recap.events.Delivery;
import dev.recap.events.DeliveryState;
import dev.recap.events.Digest;
import dev.recap.events.DigestItem;
import dev.recap.events.DigestSection;
import dev.recap.events.DigestStats;
import dev.recap.events.ItemKind;
import dev.recap.events.Post;
import dev.recap.events.PostFormat;
import dev.recap.events.ProjectCount;
import dev.recap.events.ScheduledTalk;
import dev.recap.events.Speaker;
import dev.recap.events.Subscriber;
import dev.recap.events.SubscriberStatus;
import dev.recap.events.TalkMention;
import dev.recap.events.ThemeDay;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AvroSerdeTest {

    private static final Instant AT = Instant.parse("2023-04-19T09:24:09Z");
    private static final LocalDate DAY = LocalDate.of(2023, 4, 19);

    static Stream<SpecificRecord> everyRecord() {
        Speaker speaker = new Speaker("Jane Doe", "Acme");
        DigestItem item = DigestItem.newBuilder()
                .setId("talk:argo cd core")
                .setKind(ItemKind.TALK)
                .setTitle("Argo CD Core")
                .setThemes(List.of("gitops-delivery"))
                .setDay(DAY.toString())
                .setSpeakers(List.of(speaker))
                .setProjects(List.of("Argo"))
                .setSources(List.of("p1"))
                .build();
        return Stream.of(
                Post.newBuilder()
                        .setId("p1")
                        .setSource("samples/a.md")
                        .setUrl("https://example.org/a")
                        .setTitle("KubeCon Europe 2023, jour 1")
                        .setAuthor("Jane")
                        .setLanguage("fr")
                        .setPublished(AT)
                        .setPublishedDate(DAY)
                        .setDateSource(DateSource.FRONT_MATTER)
                        .setFirstSeen(AT)
                        .setFormat(PostFormat.MARKDOWN)
                        .setTags(List.of("kubecon"))
                        .setBodyText("Texte")
                        .setProjects(List.of("Argo", "Cilium"))
                        .setTalkCount(2)
                        .build(),
                TalkMention.newBuilder()
                        .setTalkKey("argo cd core")
                        .setPostId("p1")
                        .setPosition(0)
                        .setTitle("Argocd core")
                        .setSpeakers(List.of(speaker, new Speaker("Solo", null)))
                        .setDay(DAY)
                        .setPostFirstSeen(AT)
                        .build(),
                ScheduledTalk.newBuilder()
                        .setId("sched-1")
                        .setTitle("Argo CD Core - A Pure GitOps Agent for Kubernetes")
                        .setStart(AT)
                        .setEnd(AT.plusSeconds(1800))
                        .setRoom("Hall 7")
                        .build(),
                ThemeDay.newBuilder()
                        .setTheme("gitops-delivery")
                        .setDay(DAY)
                        .setPosts(1)
                        .setTalks(1)
                        .setProjects(List.of(new ProjectCount("Argo", 2, 0)))
                        .setItems(List.of(item))
                        .build(),
                Digest.newBuilder()
                        .setId("2023-W16-abcdef012345")
                        .setWeek("2023-W16")
                        .setZone("Europe/Amsterdam")
                        .setWeekStart(LocalDate.of(2023, 4, 17))
                        .setSections(List.of(new DigestSection("gitops-delivery", List.of(item), 1)))
                        .setHeadlines(List.of(item))
                        .setSpotlight(List.of(new ProjectCount("Argo", 1, 0)))
                        .setStats(new DigestStats(1, 1, 1, 1, List.of("fr")))
                        .setContentHash("abcdef0123456789")
                        .build(),
                Subscriber.newBuilder()
                        .setId("s1")
                        .setEmail("ada@example.org")
                        .setLocale("fr")
                        .setChannels(List.of(Channel.EMAIL))
                        .setStatus(SubscriberStatus.ACTIVE)
                        .setConsentedAt(AT)
                        .setUpdatedAt(AT)
                        .build(),
                Delivery.newBuilder()
                        .setDigestId("2023-W16-abcdef012345")
                        .setWeek("2023-W16")
                        .setSubscriberId("s1")
                        .setChannel(Channel.EMAIL)
                        .setState(DeliveryState.SENT)
                        .setAttempts(1)
                        .setMessageId("<m1@recap>")
                        .setAt(AT)
                        .build(),
                item);
    }

    @ParameterizedTest
    @MethodSource("everyRecord")
    void shouldReadBackExactlyWhatItWrote(SpecificRecord record) {
        AvroSerde<SpecificRecord> serde = serdeFor(record);

        byte[] bytes = serde.serializer().serialize("any", record);
        SpecificRecord back = serde.deserializer().deserialize("any", bytes);

        assertThat(back).isEqualTo(record);
        assertThat(bytes[0]).isEqualTo((byte) 0xC3);
        assertThat(bytes[1]).isEqualTo((byte) 0x01);
    }

    @Test
    void shouldKeepTombstonesAsNull() {
        AvroSerde<Post> serde = AvroSerde.of(Post.class);

        assertThat(serde.serializer().serialize("posts", null)).isNull();
        assertThat(serde.deserializer().deserialize("posts", null)).isNull();
    }

    @Test
    void shouldRefuseBytesThatAreNotAvroSingleObjectWithASerializationException() {
        AvroSerde<Post> serde = AvroSerde.of(Post.class);

        assertThatThrownBy(() -> serde.deserializer().deserialize("posts", "not avro".getBytes()))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("Cannot decode Post from 8 bytes");
    }

    @Test
    void shouldRefuseARecordOfAnotherTypeWithASerializationException() {
        byte[] subscriberBytes = AvroSerde.of(Subscriber.class).encode((Subscriber)
                everyRecord().filter(Subscriber.class::isInstance).findFirst().orElseThrow());

        assertThatThrownBy(() -> AvroSerde.of(Post.class).decode(subscriberBytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Cannot decode Post");
    }

    @Test
    void shouldPassThroughUndecodedBytesThatCarryTheHeaderOfTheTypeOrOfAnOlderVersion() throws IOException {
        AvroSerde<TalkMention> serde = AvroSerde.of(TalkMention.class);
        TalkMention mention = (TalkMention)
                everyRecord().filter(TalkMention.class::isInstance).findFirst().orElseThrow();
        byte[] current = serde.encode(mention);
        Schema v1 = AvroSerde.historyOf("TalkMention").get(0);
        // v1 is v2 without its last two fields, so the record written with v1's fields is what a v1 producer wrote
        byte[] older = new BinaryMessageEncoder<TalkMention>(SpecificData.getForClass(TalkMention.class), v1)
                .encode(mention)
                .array();

        assertThat(serde.checkedBytes().deserialize("talk-mentions", current)).isSameAs(current);
        assertThat(serde.checkedBytes().deserialize("talk-mentions", older)).isSameAs(older);
        assertThat(serde.checkedBytes().deserialize("talk-mentions", null)).isNull();
        assertThat(serde.decode(ByteBuffer.wrap(older))).isEqualTo(mention);
    }

    @Test
    void shouldRefuseToPassThroughBytesWithoutTheHeaderOfTheType() {
        AvroSerde<TalkMention> serde = AvroSerde.of(TalkMention.class);
        byte[] post = AvroSerde.of(Post.class).encode((Post)
                everyRecord().filter(Post.class::isInstance).findFirst().orElseThrow());

        assertThatThrownBy(() -> serde.checkedBytes().deserialize("talk-mentions", post))
                .isInstanceOf(SerializationException.class)
                .hasMessage("Not a TalkMention record: " + post.length + " bytes without its single-object header");
        assertThat(serde.hasHeader("not avro".getBytes())).isFalse();
        assertThat(serde.hasHeader(new byte[] {(byte) 0xC3, 0x01})).isFalse();
    }

    @Test
    void shouldDecodeTheRemainingBytesOfABuffer() {
        AvroSerde<TalkMention> serde = AvroSerde.of(TalkMention.class);
        TalkMention mention = (TalkMention)
                everyRecord().filter(TalkMention.class::isInstance).findFirst().orElseThrow();
        byte[] bytes = serde.encode(mention);
        byte[] tagged = new byte[bytes.length + 1];
        tagged[0] = 'm';
        System.arraycopy(bytes, 0, tagged, 1, bytes.length);

        assertThat(serde.decode(ByteBuffer.wrap(tagged, 1, bytes.length))).isEqualTo(mention);
    }

    @SuppressWarnings("unchecked")
    private static AvroSerde<SpecificRecord> serdeFor(SpecificRecord record) {
        return (AvroSerde<SpecificRecord>) (AvroSerde<?>) AvroSerde.of(record.getClass());
    }
}
