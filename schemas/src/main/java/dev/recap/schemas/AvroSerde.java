package dev.recap.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serde for any generated Avro record, in Avro single-object encoding: a two-byte marker, the
 * writer schema's fingerprint, then the binary body. Records written with any schema kept in
 * {@code schemas/history/} are read into the current class, so replays of old records keep working.
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T> {

    static final String HISTORY_ROOT = "recap-schema-history/";
    private static final int MAX_HISTORY_VERSIONS = 1000;

    private static final int HEADER_BYTES = 10;
    private static final byte MARKER_0 = (byte) 0xC3;
    private static final byte MARKER_1 = (byte) 0x01;

    private final Class<T> type;
    private final BinaryMessageEncoder<T> encoder;
    private final BinaryMessageDecoder<T> decoder;
    private final Set<Long> fingerprints = new HashSet<>();

    private AvroSerde(Class<T> type) {
        this.type = Objects.requireNonNull(type, "type");
        AvroTrust.install();
        SpecificData model = SpecificData.getForClass(type);
        Schema schema = model.getSchema(type);
        SchemaStore.Cache history = new SchemaStore.Cache();
        List<Schema> past = historyOf(schema.getName());
        past.forEach(history::addSchema);
        fingerprints.add(SchemaNormalization.parsingFingerprint64(schema));
        past.forEach(old -> fingerprints.add(SchemaNormalization.parsingFingerprint64(old)));
        this.encoder = new BinaryMessageEncoder<>(model, schema);
        this.decoder = new BinaryMessageDecoder<>(model, schema, history);
    }

    /** A serde for the generated class {@code type}. */
    public static <T extends SpecificRecord> AvroSerde<T> of(Class<T> type) {
        return new AvroSerde<>(type);
    }

    /** Every historical schema kept for the record named {@code name}, oldest first. */
    public static List<Schema> historyOf(String name) {
        List<Schema> schemas = new ArrayList<>();
        ClassLoader loader = AvroSerde.class.getClassLoader();
        for (int version = 1; version <= MAX_HISTORY_VERSIONS; version++) {
            String path = HISTORY_ROOT + name + "/v" + version + ".avsc";
            try (InputStream in = loader.getResourceAsStream(path)) {
                if (in == null) {
                    break;
                }
                schemas.add(new Schema.Parser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read schema history " + path, e);
            }
        }
        return List.copyOf(schemas);
    }

    public Class<T> type() {
        return type;
    }

    /** Encodes one record; {@code null} stays {@code null} (a tombstone). */
    public byte[] encode(T value) {
        if (value == null) {
            return null;
        }
        try {
            return encoder.encode(value).array();
        } catch (IOException | AvroRuntimeException e) {
            throw new SerializationException("Cannot encode " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** Decodes one record; {@code null} stays {@code null}. Bad bytes raise {@link SerializationException}. */
    public T decode(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return decoder.decode(bytes);
        } catch (IOException | AvroRuntimeException | IndexOutOfBoundsException e) {
            throw new SerializationException(
                    "Cannot decode " + type.getSimpleName() + " from " + bytes.length + " bytes: " + e.getMessage(), e);
        }
    }

    /** Decodes one record from the remaining bytes of {@code buffer}, as {@link #decode(byte[])} does. */
    public T decode(ByteBuffer buffer) {
        try {
            return decoder.decode(buffer);
        } catch (IOException | AvroRuntimeException | IndexOutOfBoundsException e) {
            throw new SerializationException(
                    "Cannot decode " + type.getSimpleName() + " from " + buffer.remaining() + " bytes: "
                            + e.getMessage(),
                    e);
        }
    }

    /**
     * Whether {@code bytes} start as a record of this type does: the single-object marker and the
     * fingerprint of the current schema or of one in its history. A cheap check of what a topic holds;
     * only {@link #decode} proves the body.
     */
    public boolean hasHeader(byte[] bytes) {
        if (bytes == null || bytes.length < HEADER_BYTES || bytes[0] != MARKER_0 || bytes[1] != MARKER_1) {
            return false;
        }
        return fingerprints.contains(
                ByteBuffer.wrap(bytes, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong());
    }

    /**
     * A deserializer that passes the bytes through undecoded once {@link #hasHeader} accepts them, for
     * stages that only move records on; others raise {@link SerializationException}. {@code null} stays
     * {@code null}.
     */
    public Deserializer<byte[]> checkedBytes() {
        return (topic, bytes) -> {
            if (bytes != null && !hasHeader(bytes)) {
                throw new SerializationException("Not a " + type.getSimpleName() + " record: " + bytes.length
                        + " bytes without its single-object header");
            }
            return bytes;
        };
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> encode(value);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> decode(bytes);
    }
}
