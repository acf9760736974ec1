package dev.computedesk.azure.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.OffsetDateTime;

/**
 * The one Jackson configuration for ARM bodies: tolerant reads, no nulls written, ISO dates (date-times read by
 * {@link ArmDateTimeDeserializer}).
 */
public final class ArmJson {
    private static final ObjectMapper MAPPER = create();

    private ArmJson() {
    }

    /** The shared (thread-safe) mapper. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** A new mapper with the ARM configuration. */
    public static ObjectMapper create() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(new SimpleModule("ArmDateTimes")
                        .addDeserializer(OffsetDateTime.class, new ArmDateTimeDeserializer()))
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }
}
