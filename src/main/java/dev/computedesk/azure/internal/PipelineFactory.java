package dev.computedesk.azure.internal;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpPipelineBuilder;
import com.azure.core.http.policy.BearerTokenAuthenticationPolicy;
import com.azure.core.http.policy.HttpLogDetailLevel;
import com.azure.core.http.policy.HttpLogOptions;
import com.azure.core.http.policy.HttpLoggingPolicy;
import com.azure.core.http.policy.HttpPipelinePolicy;
import com.azure.core.http.policy.RequestIdPolicy;
import com.azure.core.http.policy.UserAgentPolicy;
import dev.computedesk.azure.ConnectionOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds the one {@link HttpPipeline} of a connection: call-scope capture, user agent
 * ({@code ComputeDesk/<version>}), client request id, retry (azure-core's {@code RetryPolicy} behind
 * {@link ArmRetries}, with {@link RetryAfterCapPolicy}), the credential policy,
 * the activity-log recording policy, azure-core's {@link HttpLoggingPolicy} (method, URL and headers; every header
 * and query parameter not in {@link #LOGGED_HEADERS} / {@link #LOGGED_QUERY_PARAMETERS} is written as
 * {@code REDACTED} by azure-core) and {@link MaskedBodyLoggingPolicy} (JSON bodies with secrets masked), over the
 * JDK {@code HttpClient}, configured by the connection's {@code Network} (proxy and TLS trust, docs/network.md).
 */
public final class PipelineFactory {
    /**
     * The headers whose values azure-core may log: ids, framing, retry hints and ARM's rate-limit counters. Not
     * {@code Authorization}, cookies, nor {@code Location}/{@code Azure-AsyncOperation}: real ARM's status URLs
     * carry a signature in their query ({@code c=}, {@code s=}, {@code h=}; the recording
     * {@code src/test/resources/real-azure/azure-powershell/stop-202.manifest.json} shows them elided).
     */
    static final Set<String> LOGGED_HEADERS = Set.of("x-ms-request-id", "x-ms-correlation-request-id",
            "x-ms-client-request-id", "x-ms-routing-request-id", "content-type", "content-length", "retry-after",
            "retry-after-ms", "x-ms-retry-after-ms", "user-agent", "accept", "date",
            "x-ms-ratelimit-remaining-subscription-reads", "x-ms-ratelimit-remaining-subscription-writes",
            "x-ms-ratelimit-remaining-subscription-deletes");
    /**
     * The query parameters whose values azure-core may log: paging, filters and the ARM options the app sends,
     * spelled as the SDK sends them ({@code $filter}) and as {@link ArmHttp#url} encodes them ({@code %24filter}).
     */
    static final Set<String> LOGGED_QUERY_PARAMETERS = Set.of("api-version", "$skip", "%24skip", "$top", "%24top",
            "$filter", "%24filter", "$expand", "%24expand", "underlyingResourceAction", "force", "kind");

    private final ConnectionOptions options;

    /** With the connection options. */
    public PipelineFactory(ConnectionOptions options) {
        this.options = options;
    }

    /** The Azure pipeline: azure-core's {@link BearerTokenAuthenticationPolicy} (https only) for {@code scope}. */
    public HttpPipeline bearer(TokenCredential credential, String scope) {
        return build(new BearerTokenAuthenticationPolicy(credential, scope));
    }

    /** The emulator-over-http pipeline: a fixed bearer token (the emulator is on loopback: no proxy). */
    public HttpPipeline staticBearer(String token) {
        return build(new StaticBearerPolicy(token));
    }

    private HttpPipeline build(HttpPipelinePolicy credentialPolicy) {
        List<HttpPipelinePolicy> policies = new ArrayList<>();
        policies.add(new ScopeCapturePolicy());
        policies.add(new UserAgentPolicy("ComputeDesk/" + options.appVersion()));
        policies.add(new RequestIdPolicy());
        policies.add(new ArmRetries(options.maxRetries(), options.maxRetryAfter()));
        policies.add(new RetryAfterCapPolicy(options.maxRetryAfter()));
        policies.add(credentialPolicy);
        policies.add(new RecordingPolicy());
        policies.add(new HttpLoggingPolicy(logOptions()));
        policies.add(new MaskedBodyLoggingPolicy());
        return new HttpPipelineBuilder().httpClient(options.network().httpClient(options.sslContext()))
                .policies(policies.toArray(new HttpPipelinePolicy[0])).build();
    }

    /** azure-core's log options: headers level (bodies are {@link MaskedBodyLoggingPolicy}'s), allow-lists above. */
    static HttpLogOptions logOptions() {
        return new HttpLogOptions().setLogLevel(HttpLogDetailLevel.HEADERS)
                .setAllowedHeaderNames(LOGGED_HEADERS)
                .setAllowedQueryParamNames(LOGGED_QUERY_PARAMETERS);
    }
}
