package dev.computedesk.azure.internal;

import com.azure.core.exception.ClientAuthenticationException;
import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpPipelineBuilder;
import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpPipelineNextSyncPolicy;
import com.azure.core.http.policy.HttpPipelinePolicy;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.util.BinaryData;
import com.azure.core.util.Context;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.computedesk.azure.ArmException;
import dev.computedesk.azure.AuthenticationRequiredException;
import dev.computedesk.azure.model.ArmError;
import dev.computedesk.azure.network.ConnectionFailures;
import dev.computedesk.azure.network.Network;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Consumer;

/**
 * A small synchronous ARM client on the connection's pipeline: builds URLs on the ARM endpoint, sends JSON, reads
 * JSON into records, follows {@code nextLink}, and turns every failure into an {@link ArmException}.
 */
public final class ArmHttp {
    private static final int MAX_PAGES = 100_000;

    private final HttpPipeline pipeline;
    private final URI endpoint;
    private final ObjectMapper mapper = ArmJson.mapper();
    private volatile HttpPipeline following;
    private final Network network;

    /** On {@code pipeline}, with ARM at {@code resourceManagerEndpoint}, reached directly. */
    public ArmHttp(HttpPipeline pipeline, String resourceManagerEndpoint) {
        this(pipeline, resourceManagerEndpoint, null);
    }

    /**
     * On {@code pipeline}, with ARM at {@code resourceManagerEndpoint}, through {@code network} (whose proxy a
     * failure names; null: direct).
     */
    public ArmHttp(HttpPipeline pipeline, String resourceManagerEndpoint, Network network) {
        this.pipeline = pipeline;
        this.network = network;
        String e = resourceManagerEndpoint.endsWith("/") ? resourceManagerEndpoint : resourceManagerEndpoint + "/";
        this.endpoint = URI.create(e);
    }

    /** A response header's value, or null. */
    public static String header(HttpResponse response, String name) {
        return response.getHeaders().getValue(com.azure.core.http.HttpHeaderName.fromString(name));
    }

    /**
     * The connection's pipeline with one guard in front, for azure-core's poller: its GETs go to URLs ARM sent
     * ({@code Azure-AsyncOperation}, {@code Location}), and the connection's token must never follow such a URL to
     * another host. Every other policy (retry, credential, recording, logging) and the HTTP client are the same.
     */
    public HttpPipeline followingPipeline() {
        HttpPipeline p = following;
        if (p == null) {
            List<HttpPipelinePolicy> policies = new ArrayList<>();
            policies.add(new HttpPipelinePolicy() {
                @Override
                public reactor.core.publisher.Mono<HttpResponse> process(HttpPipelineCallContext context,
                                                                         HttpPipelineNextPolicy next) {
                    return reactor.core.publisher.Mono.fromCallable(() -> {
                        checkSameOrigin(context.getHttpRequest().getUrl().toString());
                        return context;
                    }).then(next.process());
                }

                @Override
                public HttpResponse processSync(HttpPipelineCallContext context, HttpPipelineNextSyncPolicy next) {
                    checkSameOrigin(context.getHttpRequest().getUrl().toString());
                    return next.processSync();
                }
            });
            for (int i = 0; i < pipeline.getPolicyCount(); i++) {
                policies.add(pipeline.getPolicy(i));
            }
            p = new HttpPipelineBuilder().httpClient(pipeline.getHttpClient())
                    .policies(policies.toArray(new HttpPipelinePolicy[0])).build();
            following = p;
        }
        return p;
    }

    /** A buffered response's body bytes (empty when none). */
    public static byte[] bodyBytes(HttpResponse response) {
        BinaryData data = response.getBodyAsBinaryData();
        return data == null ? new byte[0] : data.toBytes();
    }

    /** The ARM endpoint (ends with {@code /}). */
    public URI endpoint() {
        return endpoint;
    }

    /** The mapper used for bodies. */
    public ObjectMapper mapper() {
        return mapper;
    }

    /** An absolute URL for an ARM path ({@code /subscriptions/...}) with api-version and extra query pairs. */
    public String url(String path, String apiVersion, String... queryPairs) {
        StringBuilder sb = new StringBuilder(endpoint.toString());
        sb.setLength(sb.length() - 1);
        sb.append(path.startsWith("/") ? path : "/" + path);
        sb.append("?api-version=").append(encode(apiVersion));
        for (int i = 0; i + 1 < queryPairs.length; i += 2) {
            sb.append('&').append(encode(queryPairs[i])).append('=').append(encode(queryPairs[i + 1]));
        }
        return sb.toString();
    }

    /** Percent-encodes one path segment or query value. */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A sent request's buffered response (any status). */
    public HttpResponse send(HttpMethod method, String url, Object body) {
        checkSameOrigin(url);
        HttpRequest request = new HttpRequest(method, url);
        request.setHeader(HttpHeaderName.ACCEPT, "application/json");
        if (body != null) {
            try {
                byte[] bytes = body instanceof byte[] ? (byte[]) body : mapper.writeValueAsBytes(body);
                request.setHeader(HttpHeaderName.CONTENT_TYPE, "application/json");
                // setBody also writes Content-Length: azure-core-http-jdk-httpclient 1.1.x frames the body with
                // it (a fixed length, not chunked), then drops the header itself with a WARN (docs/arm.md).
                request.setBody(BinaryData.fromBytes(bytes));
            } catch (IOException e) {
                throw new IllegalArgumentException("Cannot serialise the request body", e);
            }
        }
        // A request without a body (start, stop, restart, listKeys) is sent without one, and no Content-Length is
        // set by hand: java.net.http sends "Content-Length: 0" on such a POST itself (docs/arm.md).
        try {
            return pipeline.sendSync(request, Context.NONE).buffer();
        } catch (ClientAuthenticationException e) {
            throw new AuthenticationRequiredException(0, ArmError.of("AuthenticationFailed",
                    "Could not get a token: " + Redaction.redactText(String.valueOf(e.getMessage()))), null, null, e);
        } catch (ArmException e) {
            throw e;
        } catch (RuntimeException e) {
            if (isIoFailure(e)) {
                throw noResponse(e);
            }
            throw e;
        }
    }

    /** Sends and fails on any status of 400 or more; returns the buffered response. */
    public HttpResponse sendOk(HttpMethod method, String url, Object body) {
        HttpResponse response = send(method, url, body);
        if (response.getStatusCode() >= 400) {
            throw toException(response);
        }
        return response;
    }

    /** GET and read the body as {@code type}. */
    public <T> T get(String url, Class<T> type) {
        return read(sendOk(HttpMethod.GET, url, null), mapper.constructType(type));
    }

    /** GET and read the body as a tree. */
    public JsonNode getTree(String url) {
        return read(sendOk(HttpMethod.GET, url, null), mapper.constructType(JsonNode.class));
    }

    /** Reads a response body as {@code type}; a body that does not parse is an {@link ArmException}. */
    public <T> T read(HttpResponse response, JavaType type) {
        byte[] bytes = response.getBodyAsBinaryData() == null ? new byte[0] : response.getBodyAsBinaryData().toBytes();
        if (bytes.length == 0) {
            return null;
        }
        try {
            return mapper.readValue(bytes, type);
        } catch (IOException e) {
            throw notExpectedJson(response, e);
        }
    }

    private static ArmException notExpectedJson(HttpResponse response, IOException e) {
        return new ArmException(response.getStatusCode(), ArmError.of("InvalidResponseBody",
                "The service's answer to " + response.getRequest().getHttpMethod() + " "
                        + Redaction.pathForLog(response.getRequest().getUrl())
                        + " is not the expected JSON (" + e.getClass().getSimpleName() + ")"),
                ArmHttp.header(response, "x-ms-request-id"),
                ArmHttp.header(response, "x-ms-correlation-request-id"), e);
    }

    /** Reads a response body as {@code type}. */
    public <T> T read(HttpResponse response, Class<T> type) {
        return read(response, mapper.constructType(type));
    }

    /**
     * Every item of a pageable list: {@code method} for the first page, GET on each {@code nextLink}
     * (verbatim; it carries its own api-version and continuation token).
     */
    public <T> List<T> listAll(HttpMethod method, String firstUrl, String itemsField, Function<JsonNode, T> mapItem) {
        return listAll(method, firstUrl, itemsField, mapItem, page -> { });
    }

    /** As {@link #listAll(HttpMethod, String, String, Function)}, handing each page's items to {@code onPage}. */
    public <T> List<T> listAll(HttpMethod method, String firstUrl, String itemsField, Function<JsonNode, T> mapItem,
                               Consumer<List<T>> onPage) {
        return pages(method, firstUrl, (response, into) -> {
            JsonNode body = read(response, mapper.constructType(JsonNode.class));
            if (body == null || !body.isObject()) {
                throw notAnObject();
            }
            JsonNode array = body.path(itemsField);
            if (array.isArray()) {
                for (JsonNode item : array) {
                    into.add(mapItem.apply(item));
                }
            }
            JsonNode next = body.get("nextLink");
            return next == null || next.isNull() || next.asText().isBlank() ? null : next.asText();
        }, onPage);
    }

    /** Every item of a pageable GET list, read as {@code type}. */
    public <T> List<T> listAll(String firstUrl, Class<T> type) {
        return listAll(HttpMethod.GET, firstUrl, "value", type, page -> { });
    }

    /**
     * Every item of a pageable list read as {@code type}, as {@link #listAll(HttpMethod, String, String, Function,
     * Consumer)} but each page streamed from its bytes straight into the items: no tree of the page
     * is built and then copied into records (for the large seed's 10,000 computes the trees were most of the
     * client's time per page, docs/performance.md). The same failures: a body that is not JSON, not an object, an
     * item that does not fit {@code type}, a repeated {@code nextLink}; {@code onPage} sees only whole pages.
     */
    public <T> List<T> listAll(HttpMethod method, String firstUrl, String itemsField, Class<T> type,
                               Consumer<List<T>> onPage) {
        ObjectReader reader = mapper.readerFor(type);
        return pages(method, firstUrl, (response, into) -> readPage(response, itemsField, reader, type, into), onPage);
    }

    /** Reads one list page's answer into {@code into} and returns its {@code nextLink}, or null when it has none. */
    private interface PageReader<T> {
        String read(HttpResponse response, List<T> into);
    }

    /**
     * The paging both kinds of {@code listAll} share: {@code method} for the first page, GET on each {@code nextLink}
     * (verbatim), at most {@link #MAX_PAGES} pages, each page's items handed to {@code onPage} once read whole, and a
     * {@code nextLink} that repeats a page is a failure rather than an endless list.
     */
    private <T> List<T> pages(HttpMethod method, String firstUrl, PageReader<T> pageReader, Consumer<List<T>> onPage) {
        List<T> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String url = firstUrl;
        HttpMethod m = method;
        for (int page = 0; url != null && page < MAX_PAGES; page++) {
            List<T> pageItems = new ArrayList<>();
            url = pageReader.read(sendOk(m, url, null), pageItems);
            items.addAll(pageItems);
            onPage.accept(List.copyOf(pageItems));
            if (url != null && !seen.add(url)) {
                throw new ArmException(200, ArmError.of("InvalidResponseBody", "nextLink repeats a page"),
                        null, null, null);
            }
            m = HttpMethod.GET;
        }
        return items;
    }

    /**
     * Reads one list page into {@code into} and returns its {@code nextLink} (null when none or blank). Reads the
     * fields as {@link JsonNode} did: the last {@code itemsField} counts, one that is not an array has no items, a
     * {@code nextLink} that is not text is read as its text, and content after the page's object is ignored.
     */
    private <T> String readPage(HttpResponse response, String itemsField, ObjectReader reader, Class<T> type,
                                List<T> into) {
        byte[] bytes = bodyBytes(response);
        String next = null;
        try (JsonParser p = mapper.getFactory().createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw notAnObject();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals(itemsField)) {
                    into.clear();
                    if (value == JsonToken.START_ARRAY) {
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            into.add(readItem(p, reader));
                        }
                    } else {
                        p.skipChildren();
                    }
                } else if (field.equals("nextLink")) {
                    next = value.isScalarValue() && value != JsonToken.VALUE_NULL ? p.getText() : null;
                    p.skipChildren();
                } else {
                    p.skipChildren();
                }
            }
        } catch (ItemMismatch e) {
            throw new ArmException(200, ArmError.of("InvalidResponseBody", "An item is not a valid "
                    + type.getSimpleName() + " (" + e.getCause().getClass().getSimpleName() + ")"), null, null,
                    e.getCause());
        } catch (IOException e) {
            throw notExpectedJson(response, e);
        }
        return next == null || next.isBlank() ? null : next;
    }

    /** One item; a syntax error stays an {@link IOException} of the page, a misfit is an {@link ItemMismatch}. */
    private static <T> T readItem(JsonParser p, ObjectReader reader) throws IOException {
        try {
            return reader.readValue(p);
        } catch (IOException | IllegalArgumentException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof StreamReadException syntax) {
                    throw syntax;
                }
            }
            throw new ItemMismatch(e);
        }
    }

    /** An item of a page that is JSON but does not fit the item type. */
    private static final class ItemMismatch extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ItemMismatch(Exception cause) {
            super(cause);
        }
    }

    private static ArmException notAnObject() {
        return new ArmException(200, ArmError.of("InvalidResponseBody", "A list page is not a JSON object"),
                null, null, null);
    }

    /** Converts a tree into a record; failures are {@link ArmException}s (malformed body). */
    public <T> T convert(JsonNode node, Class<T> type) {
        try {
            return mapper.treeToValue(node, type);
        } catch (IOException | IllegalArgumentException e) {
            throw new ArmException(200, ArmError.of("InvalidResponseBody",
                    "An item is not a valid " + type.getSimpleName() + " (" + e.getClass().getSimpleName() + ")"),
                    null, null, e);
        }
    }

    /**
     * The app's one exception type for a failure of an Azure SDK call made on this pipeline: ARM's answer (an
     * {@code HttpResponseException}, e.g. the SDK's {@code ManagementException}) or no answer at all.
     */
    public RuntimeException fromSdk(RuntimeException failure) {
        Throwable cause = failure;
        while (cause != null && !(cause instanceof com.azure.core.exception.HttpResponseException)
                && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof com.azure.core.exception.HttpResponseException http && http.getResponse() != null) {
            HttpResponse response = http.getResponse();
            if (response.getStatusCode() == 407) {
                return toException(response);
            }
            ArmError error = http instanceof com.azure.core.management.exception.ManagementException management
                    && management.getValue() != null
                    ? ArmError.of(management.getValue().getCode(), Redaction.redactText(management.getValue().getMessage()))
                    : ArmError.of("HttpError", Redaction.redactText(http.getMessage()));
            String requestId = ArmHttp.header(response, "x-ms-request-id");
            String correlationId = ArmHttp.header(response, "x-ms-correlation-request-id");
            return response.getStatusCode() == 401
                    ? new AuthenticationRequiredException(401, error, requestId, correlationId, failure)
                    : new ArmException(response.getStatusCode(), error, requestId, correlationId, failure);
        }
        if (isIoFailure(failure)) {
            return noResponse(failure);
        }
        return failure;
    }

    /**
     * No answer from ARM: the cause in plain words with the host (proxy, certificate, DNS, timeout,
     * {@link ConnectionFailures}), else {@code NoResponse} with the failure's type and message.
     */
    private ArmException noResponse(Throwable failure) {
        Optional<InetSocketAddress> proxy = network == null ? Optional.empty() : network.proxyFor(endpoint);
        ArmError error = ConnectionFailures.describe(failure, endpoint, proxy)
                .map(problem -> ArmError.of(problem.code(), problem.message()))
                .orElseGet(() -> ArmError.of("NoResponse", "No response from " + endpoint.getHost() + ": "
                        + Redaction.failureText(rootCause(failure))));
        return new ArmException(0, error, null, null, failure);
    }

    /** Builds the exception for a failed response: ARM envelope, {@code MachineLearningServiceError}, or bare. */
    public ArmException toException(HttpResponse response) {
        int status = response.getStatusCode();
        if (status == 407) {
            String via = network == null ? "" : network.proxyFor(endpoint)
                    .map(p -> p.getHostString() + ":" + p.getPort()).orElse("");
            var problem = ConnectionFailures.proxyAuthentication(endpoint.getHost(), via);
            return new ArmException(status, ArmError.of(problem.code(), problem.message()), null, null, null);
        }
        ArmError error = parseError(response);
        String requestId = ArmHttp.header(response, "x-ms-request-id");
        String correlationId = ArmHttp.header(response, "x-ms-correlation-request-id");
        if (status == 401) {
            return new AuthenticationRequiredException(status, error, requestId, correlationId, null);
        }
        return new ArmException(status, error, requestId, correlationId, null);
    }

    private ArmError parseError(HttpResponse response) {
        BinaryData data = response.getBodyAsBinaryData();
        byte[] bytes = data == null ? new byte[0] : data.toBytes();
        if (bytes.length > 0) {
            try {
                JsonNode node = mapper.readTree(bytes);
                JsonNode err = node == null ? null : (node.has("error") ? node.get("error") : node);
                if (err != null && err.isObject() && (err.has("code") || err.has("message"))) {
                    ArmError e = mapper.treeToValue(err, ArmError.class);
                    return new ArmError(e.code(), Redaction.redactText(e.message()), e.target(), e.details(),
                            e.additionalInfo());
                }
            } catch (IOException | IllegalArgumentException ignored) {
                // not JSON: fall back to the status
            }
        }
        return null;
    }

    private void checkSameOrigin(String url) {
        URI u = URI.create(url);
        if (!endpoint.getScheme().equalsIgnoreCase(u.getScheme()) || !endpoint.getHost().equalsIgnoreCase(u.getHost())
                || effectivePort(endpoint) != effectivePort(u)) {
            throw new ArmException(0, ArmError.of("UnexpectedHost", "Refusing to send the connection's token to "
                    + u.getScheme() + "://" + u.getHost() + " (expected " + endpoint.getHost() + ")"), null, null, null);
        }
    }

    private static int effectivePort(URI u) {
        if (u.getPort() >= 0) {
            return u.getPort();
        }
        return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    /** True when {@code e} (or a cause) is an I/O failure: no answer arrived. */
    static boolean isIoFailure(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof IOException || t instanceof java.io.UncheckedIOException) {
                return true;
            }
            if (t.getCause() == null) {
                break;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
