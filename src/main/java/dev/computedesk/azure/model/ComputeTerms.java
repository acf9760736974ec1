package dev.computedesk.azure.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.computedesk.domain.compute.ComputeInstanceState;
import dev.computedesk.domain.compute.ComputeKind;
import dev.computedesk.domain.compute.ComputeState;
import dev.computedesk.domain.compute.ComputeStatus;
import dev.computedesk.domain.compute.ProvisioningState;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one place where ARM's words for a compute become the domain's types: {@code computeType} →
 * {@link ComputeKind}, {@code provisioningState} → {@link ProvisioningState}, a compute instance's {@code state} →
 * {@link ComputeInstanceState}, and a cluster's {@code allocationState}. Matching ignores case and surrounding
 * blanks (real Azure is not consistent about either); a value this version does not know is kept with the text
 * Azure sent, so it is shown as it is and written back unchanged, never turned into a wrong known value.
 *
 * <p>The model records hold the domain types; Jackson reads and writes them through the serializers here
 * ({@link ComputeProperties#provisioningState()}, {@link ComputeInstanceSettings#state()}).
 */
public final class ComputeTerms {

    private ComputeTerms() {
    }

    /** The kind for a {@code computeType}, ignoring case; empty for null or a type this version does not know. */
    public static Optional<ComputeKind> kind(String computeType) {
        return ComputeKind.find(computeType);
    }

    /** The provisioning state for its wire text, ignoring case; null for null. */
    public static ProvisioningState provisioningState(String wire) {
        return lookup(wire, ProvisioningState.known(), ProvisioningState::armValue, ProvisioningState::other);
    }

    /** A compute instance's state for its wire text, ignoring case; null for null. */
    public static ComputeInstanceState instanceState(String wire) {
        return lookup(wire, ComputeInstanceState.known(), ComputeInstanceState::armValue, ComputeInstanceState::other);
    }

    /** True when an AmlCompute cluster's {@code allocationState} is Resizing (the other value is Steady). */
    public static boolean resizing(String allocationState) {
        return allocationState != null && allocationState.strip().equalsIgnoreCase("Resizing");
    }

    /**
     * The states of {@code compute} as the UI reads them, or empty when it has no properties at all (nothing is
     * known about it).
     */
    public static Optional<ComputeState> state(ComputeResource compute) {
        if (compute == null || compute.properties() == null) {
            return Optional.empty();
        }
        ComputeProperties properties = compute.properties();
        ComputeInstanceState instance = properties instanceof ComputeInstanceProperties ci && ci.properties() != null
                ? ci.properties().state() : null;
        boolean resizing = properties instanceof AmlComputeProperties aml && aml.properties() != null
                && resizing(aml.properties().allocationState());
        return Optional.of(new ComputeState(properties.provisioningState(), instance, resizing));
    }

    /** What the allowed-actions table needs to know about {@code compute}; empty for an unknown type. */
    public static Optional<ComputeStatus> status(ComputeResource compute) {
        if (compute == null) {
            return Optional.empty();
        }
        return compute.kind().map(kind -> {
            ComputeProperties properties = compute.properties();
            ComputeInstanceState instance = properties instanceof ComputeInstanceProperties ci && ci.properties() != null
                    ? ci.properties().state() : null;
            return new ComputeStatus(kind, properties == null ? null : properties.provisioningState(), instance,
                    properties != null && Boolean.TRUE.equals(properties.isAttachedCompute()));
        });
    }

    private static <T> T lookup(String wire, List<T> known, Function<T, String> armValue, Function<String, T> other) {
        if (wire == null) {
            return null;
        }
        // Lowered once, not once per known value: read for every compute of a list (10,000 in the large seed).
        String text = wire.strip().toLowerCase(Locale.ROOT);
        for (T value : known) {
            if (armValue.apply(value).toLowerCase(Locale.ROOT).equals(text)) {
                return value;
            }
        }
        return other.apply(wire);
    }

    // ---------------------------------------------------------------- Jackson

    /** Writes a provisioning state as ARM spells it (an unknown one as it was sent). */
    static final class ProvisioningStateWriter extends JsonSerializer<ProvisioningState> {
        @Override
        public void serialize(ProvisioningState value, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeString(value.armValue());
        }
    }

    /** Reads a provisioning state through {@link #provisioningState(String)}. */
    static final class ProvisioningStateReader extends JsonDeserializer<ProvisioningState> {
        @Override
        public ProvisioningState deserialize(JsonParser json, DeserializationContext context) throws IOException {
            return provisioningState(text(json, context));
        }
    }

    /** Writes an instance state as ARM spells it (an unknown one as it was sent). */
    static final class InstanceStateWriter extends JsonSerializer<ComputeInstanceState> {
        @Override
        public void serialize(ComputeInstanceState value, JsonGenerator json, SerializerProvider provider)
                throws IOException {
            json.writeString(value.armValue());
        }
    }

    /** Reads an instance state through {@link #instanceState(String)}. */
    static final class InstanceStateReader extends JsonDeserializer<ComputeInstanceState> {
        @Override
        public ComputeInstanceState deserialize(JsonParser json, DeserializationContext context) throws IOException {
            return instanceState(text(json, context));
        }
    }

    /** The value's text; a number or boolean where a word was expected is kept as its text too. */
    private static String text(JsonParser json, DeserializationContext context) throws IOException {
        JsonToken token = json.currentToken();
        if (token == JsonToken.VALUE_STRING || token.isScalarValue()) {
            return json.getValueAsString();
        }
        // An object or array where ARM documents a string: skip it, as unknown fields are skipped.
        json.skipChildren();
        return null;
    }
}
