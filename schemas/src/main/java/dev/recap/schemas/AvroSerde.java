package dev.recap.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
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

    private final Class<T> type;
    private final BinaryMessageEncoder<T> encoder;
    private final BinaryMessageDecoder<T> decoder;

    private AvroSerde(Class<T> type) {
        this.type = Objects.requireNonNull(type, "type");
        AvroTrust.install();
        SpecificData model = SpecificData.getForClass(type);
        Schema schema = model.getSchema(type);
        SchemaStore.Cache history = new SchemaStore.Cache();
        historyOf(schema.getName()).forEach(history::addSchema);
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

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> encode(value);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> decode(bytes);
    }
}
