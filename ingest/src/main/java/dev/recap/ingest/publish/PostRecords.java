package dev.recap.ingest.publish;

import dev.recap.events.Post;
import dev.recap.events.TalkMention;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.clients.producer.ProducerRecord;

/** The records one post becomes: the post, keyed by post id, and one mention per talk, keyed by talk key. */
public record PostRecords(ProducerRecord<String, Post> post, List<ProducerRecord<String, TalkMention>> mentions) {

    public PostRecords {
        Objects.requireNonNull(post, "post");
        mentions = List.copyOf(mentions);
    }
}
