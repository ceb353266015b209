package dev.cognitoes.http.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The one object mapper for AWS JSON 1.1 bodies, requests and responses alike.
 *
 * <h2>Declaring wire records</h2>
 * A feature declares its request and response bodies as records whose component names are the AWS member names
 * in lowerCamelCase; the mapper writes and reads them in the PascalCase AWS uses:
 * <pre>{@code
 * record CreateUserPoolResponse(UserPoolTypeWire userPool) {}        // {"UserPool":{...}}
 * record UserPoolTypeWire(String id, String name, Instant creationDate) {}
 * }</pre>
 * Where AWS's name is not the PascalCase of a lowerCamelCase word, such as {@code MFAOptions},
 * {@code SMSMfaSettings} or {@code CallbackURLs}, annotate the component with
 * {@code @JsonProperty("MFAOptions")}.
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li>Null components are left out of responses, as AWS leaves out members it has no value for; empty lists
 *       are written.</li>
 *   <li>{@link Instant}s are written as epoch seconds, a JSON number with at most millisecond precision and never
 *       in exponent form ({@code 1732700000} or {@code 1732700000.123}), and read from epoch seconds.</li>
 *   <li>Unknown request members are ignored, as AWS ignores them.</li>
 * </ul>
 * Request bodies have been checked against the AWS model before a handler sees them, so
 * {@link #read(JsonNode, Class)} meets only well-typed input.
 *
 * <p>The mapper is shared: never reconfigure it.
 */
public final class WireJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("cognito-es-wire").addSerializer(Instant.class, new EpochSeconds()))
            .propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.USE_DEFAULTS))
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private WireJson() {
    }

    /** The shared mapper. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Reads a request body into a wire record.
     *
     * @throws AwsProtocolException a {@code SerializationException} when the body does not fit the record
     */
    public static <T> T read(JsonNode body, Class<T> type) {
        try {
            return MAPPER.treeToValue(body, type);
        } catch (IOException | IllegalArgumentException e) {
            throw AwsProtocolException.serialization(null);
        }
    }

    /** Turns a response object into a JSON tree, as it would be written. */
    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /** An instant as epoch seconds with at most millisecond precision and no trailing zeros: {@code 1732700000.12}. */
    public static BigDecimal epochSeconds(Instant instant) {
        BigDecimal seconds = BigDecimal.valueOf(instant.toEpochMilli(), 3).stripTrailingZeros();
        return seconds.scale() < 0 ? seconds.setScale(0) : seconds;
    }

    private static final class EpochSeconds extends StdSerializer<Instant> {
        EpochSeconds() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            BigDecimal seconds = epochSeconds(value);
            if (seconds.scale() == 0) {
                generator.writeNumber(seconds.longValueExact());
            } else {
                generator.writeNumber(seconds);
            }
        }
    }
}
