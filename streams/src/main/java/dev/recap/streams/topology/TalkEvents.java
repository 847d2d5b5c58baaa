package dev.recap.streams.topology;

import java.util.Arrays;

/**
 * The records of the {@code talk-events} repartition topic: one kind byte, then the talk mention or
 * schedule entry exactly as read from its topic, undecoded (nothing after the kind byte is a schedule
 * entry's tombstone). Moving the bytes as they are spares every mention an Avro decode and encode on its
 * way to the resolver, which decodes it once. The sources check the header of each record; a record whose
 * body is broken behind a valid header fails in the resolver and is dead-lettered as this event, from
 * this topic.
 */
final class TalkEvents {

    static final byte MENTION = 'm';
    static final byte SCHEDULE = 's';

    private TalkEvents() {}

    /** The event of {@code kind} carrying {@code record} ({@code null}: none). */
    static byte[] of(byte kind, byte[] record) {
        int length = record == null ? 0 : record.length;
        byte[] event = new byte[1 + length];
        event[0] = kind;
        if (record != null) {
            System.arraycopy(record, 0, event, 1, length);
        }
        return event;
    }

    static byte kind(byte[] event) {
        return event[0];
    }

    /** The record the event carries, or {@code null} for a tombstone. */
    static byte[] record(byte[] event) {
        return event.length == 1 ? null : Arrays.copyOfRange(event, 1, event.length);
    }
}
