package dev.computedesk.azure.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ARM's date-times read without the formatter give what jackson-datatype-jsr310 gives, and fail where it fails. */
class ArmDateTimeDeserializerTest {
    /** jsr310 alone, configured as {@link ArmJson} is. */
    private static final ObjectMapper JSR310 = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    private static OffsetDateTime read(ObjectMapper mapper, String text) throws Exception {
        return mapper.readValue(mapper.writeValueAsString(text), OffsetDateTime.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2026-07-01T12:00:00.0000000+00:00", "2026-07-01T12:00:00Z", "2026-07-01T12:00:00.5Z",
        "2026-07-01T12:00:00.123456789-07:30", "2026-02-28T23:59:59.9999999+14:00", "2024-02-29T00:00:00+01:00",
        "2026-07-01T12:00:00-00:00",
        // shapes the fast path leaves to jsr310
        "2026-07-01T12:00Z", "2026-07-01T12:00:00+0100", "2026-07-01T12:00:00+01:00:30", "+12026-07-01T12:00:00Z",
        "2026-07-01T12:00:00.Z", " 2026-07-01T12:00:00Z", "2026-07-01T12:00:00z", "1782907200"})
    void readsAsJsr310Does(String text) throws Exception {
        OffsetDateTime expected = read(JSR310, text);
        OffsetDateTime actual = read(ArmJson.mapper(), text);
        assertThat(actual).isEqualTo(expected);
        assertThat(actual.getOffset()).isEqualTo(expected.getOffset());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30T12:00:00Z", "2026-13-01T12:00:00Z", "2026-07-01T24:00:00Z",
        "2026-07-01T12:00:00+19:00", "2026-07-01T12:00:00.1234567890Z", "yesterday"})
    void failsWhereJsr310Fails(String text) {
        assertThatThrownBy(() -> read(JSR310, text)).isInstanceOf(Exception.class);
        assertThatThrownBy(() -> read(ArmJson.mapper(), text)).isInstanceOf(Exception.class);
    }

    @Test
    void aNullStaysNull() throws Exception {
        assertThat(ArmJson.mapper().readValue("null", OffsetDateTime.class)).isNull();
    }
}
