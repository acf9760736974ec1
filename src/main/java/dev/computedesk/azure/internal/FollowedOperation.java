package dev.computedesk.azure.internal;

import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpHeaders;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.rest.Response;
import com.azure.core.http.rest.SimpleResponse;
import com.azure.core.management.polling.PollResult;
import com.azure.core.management.polling.SyncPollerFactory;
import com.azure.core.management.serializer.SerializerFactory;
import com.azure.core.util.BinaryData;
import com.azure.core.util.polling.LongRunningOperationStatus;
import com.azure.core.util.polling.PollResponse;
import com.azure.core.util.polling.SyncPoller;
import com.azure.core.util.serializer.SerializerAdapter;
import com.fasterxml.jackson.databind.JsonNode;
import dev.computedesk.azure.ArmException;
import dev.computedesk.azure.ArmOperation;
import dev.computedesk.azure.ConnectionOptions;
import dev.computedesk.azure.OperationCancelledException;
import dev.computedesk.azure.OperationFailedException;
import dev.computedesk.azure.OperationNoLongerFollowedException;
import dev.computedesk.azure.OperationStatus;
import dev.computedesk.azure.OperationStatus.State;
import dev.computedesk.azure.model.ArmError;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An accepted long-running ARM operation, followed by azure-core-management's {@link SyncPoller}
 * ({@link SyncPollerFactory}, the synchronous twin of {@code PollerFactory}) over the connection's pipeline. The
 * poller decides, as ARM's async-operation rules say, what to poll ({@code Azure-AsyncOperation}, else
 * {@code Location}, else the resource's {@code provisioningState} after a PUT/PATCH) and what each answer means (any
 * status but {@code Succeeded}, {@code Failed} and {@code Canceled} is still running).
 *
 * <p>This adapter adds what {@code SyncPoller} cannot do: it publishes each poll as an {@link OperationStatus};
 * it drives the polls itself ({@link SyncPoller#poll()}) rather than {@code waitForCompletion()}, because the poller
 * waits any {@code Retry-After} in an uninterruptible sleep with no cap and no overall limit, while the app caps one
 * wait at {@code maxRetryAfter}, wakes a wait at once on {@link #cancel()}, and stops following after
 * {@code followLimit}; and it turns the poller's {@code PollResult.Error} into the app's exceptions: ARM's own
 * {@code Failed}/{@code Canceled} is an {@link OperationFailedException}, while a status URL that cannot be read
 * (404, an error after retries, a body without a status) is an {@link OperationNoLongerFollowedException}, since
 * the operation's outcome is then unknown. The final resource is read with {@link ArmHttp} (the app's models).
 *
 * @param <T> the final result
 */
final class FollowedOperation<T> implements ArmOperation<T> {
    private static final Logger LOG = LoggerFactory.getLogger(FollowedOperation.class);
    private static final SerializerAdapter SERIALIZER = SerializerFactory.createDefaultManagementSerializerAdapter();
    private static final HttpHeaderName REQUEST_ID = HttpHeaderName.fromString("x-ms-request-id");
    private static final HttpHeaderName CORRELATION_ID = HttpHeaderName.fromString("x-ms-correlation-request-id");

    private final ArmHttp http;
    private final String title;
    private final Supplier<T> finalResult;
    private final ConnectionOptions options;
    private final int acceptedStatus;
    private final String acceptedRequestId;
    private final String acceptedCorrelationId;
    private final boolean followable;
    private final boolean locationOnly;
    private final Duration firstWait;
    private final SyncPoller<PollResult<Object>, Void> poller;
    private final long startedNanos = System.nanoTime();
    private final List<Consumer<OperationStatus>> listeners = new CopyOnWriteArrayList<>();
    private final Object wakeUp = new Object();

    private volatile OperationStatus status;
    private volatile boolean cancelled;
    private boolean finished;
    private T result;
    private RuntimeException failure;

    /**
     * Starts from the accepted first response (status below 400, body buffered).
     *
     * @param http        the connection's ARM helper (final GET, error bodies)
     * @param polling     the pipeline the poller sends its GETs through ({@link ArmHttp#followingPipeline()})
     * @param title       for status bars
     * @param accepted    the accepted response
     * @param finalResult what to return once succeeded (e.g. GET the compute), or null for nothing
     * @param options     fallback wait, cap on one wait, follow limit
     */
    FollowedOperation(ArmHttp http, HttpPipeline polling, String title, HttpResponse accepted, Supplier<T> finalResult,
                      ConnectionOptions options) {
        this.http = http;
        this.title = title;
        this.finalResult = finalResult;
        this.options = options;
        this.acceptedStatus = accepted.getStatusCode();
        this.acceptedRequestId = accepted.getHeaders().getValue(REQUEST_ID);
        this.acceptedCorrelationId = accepted.getHeaders().getValue(CORRELATION_ID);
        boolean async = notBlank(accepted.getHeaders().getValue(HttpHeaderName.fromString("Azure-AsyncOperation")));
        boolean location = notBlank(accepted.getHeaders().getValue(HttpHeaderName.LOCATION));
        this.followable = async || location;
        this.locationOnly = !async && location && acceptedStatus == 202;
        this.firstWait = retryAfterSeconds(accepted.getHeaders());
        byte[] body = ArmHttp.bodyBytes(accepted);
        if (acceptedStatus == 202 && !followable) {
            // azure-core would report this as a failure; ARM accepted the request, so its outcome is unknown.
            this.poller = null;
            this.status = new OperationStatus(State.IN_PROGRESS, "Accepted", null, null, 0);
            return;
        }
        Response<BinaryData> initial = new SimpleResponse<>(accepted.getRequest(), acceptedStatus,
                accepted.getHeaders(), BinaryData.fromBytes(body));
        this.poller = SyncPollerFactory.create(SERIALIZER, polling, Object.class, Void.class, options.pollFallback(),
                () -> initial);
        boolean running = followable || runningProvisioningState(accepted.getRequest().getHttpMethod(), body);
        this.status = running ? new OperationStatus(State.IN_PROGRESS, "Accepted", null, null, 0)
                : new OperationStatus(State.SUCCEEDED, "Succeeded", 100.0, null, 0);
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public OperationStatus status() {
        return status;
    }

    @Override
    public void addListener(Consumer<OperationStatus> listener) {
        listeners.add(listener);
        listener.accept(status);
    }

    @Override
    public void cancel() {
        cancelled = true;
        synchronized (wakeUp) {
            wakeUp.notifyAll();
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public synchronized T waitForCompletion() {
        if (!finished) {
            try {
                result = follow();
            } catch (OperationCancelledException | OperationNoLongerFollowedException e) {
                publish(new OperationStatus(State.POLLING_STOPPED, status.armStatus(), status.percentComplete(), null,
                        status.polls()));
                failure = e;
            } catch (RuntimeException e) {
                failure = e;
            }
            finished = true;
        }
        if (failure != null) {
            throw failure;
        }
        return result;
    }

    private T follow() {
        if (poller == null) {
            throw new OperationNoLongerFollowedException(acceptedStatus, OperationNoLongerFollowedException.NOT_FOLLOWABLE,
                    "ARM accepted the request (" + acceptedStatus + ") without an Azure-AsyncOperation or Location "
                            + "header to follow", acceptedRequestId, acceptedCorrelationId, acceptedRequestId, null);
        }
        long deadline = startedNanos + options.followLimit().toNanos();
        Duration wait = followable ? cap(firstWait) : Duration.ZERO;
        int polls = 0;
        while (true) {
            checkCancelled();
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw limitReached(polls);
            }
            if (!wait.isZero()) {
                pause(Math.min(wait.toNanos(), left));
                checkCancelled();
                if (System.nanoTime() - deadline >= 0) {
                    throw limitReached(polls);
                }
            }
            PollResponse<PollResult<Object>> response;
            try {
                response = poller.poll();
            } catch (RuntimeException e) {
                RuntimeException app = http.fromSdk(e);
                String reason = app instanceof ArmException ? ((ArmException) app).getMessage()
                        : e.getClass().getSimpleName();
                throw new OperationNoLongerFollowedException(0, OperationNoLongerFollowedException.STATUS_UNREADABLE,
                        "The operation's status could not be read (" + reason + ")", acceptedRequestId,
                        acceptedCorrelationId, acceptedRequestId, e);
            }
            polls++;
            LongRunningOperationStatus s = response.getStatus();
            if (!s.isComplete()) {
                publish(new OperationStatus(State.IN_PROGRESS, armStatus(response), percent(response), null, polls));
                wait = cap(response.getRetryAfter() == null ? options.pollFallback() : response.getRetryAfter());
                continue;
            }
            if (s == LongRunningOperationStatus.SUCCESSFULLY_COMPLETED) {
                publish(new OperationStatus(State.SUCCEEDED, "Succeeded", 100.0, null, polls));
                checkCancelled();
                return finalResult == null ? null : finalResult.get();
            }
            throw ended(response, polls);
        }
    }

    /** The exception for a poll that ended the operation other than with success. */
    private ArmException ended(PollResponse<PollResult<Object>> response, int polls) {
        PollResult.Error error = response.getValue() == null ? null : response.getValue().getError();
        int code = error == null ? 200 : error.getResponseStatusCode();
        HttpHeaders headers = error == null || error.getResponseHeaders() == null ? new HttpHeaders()
                : error.getResponseHeaders();
        String statusRequestId = headers.getValue(REQUEST_ID);
        JsonNode body = error == null ? null : parse(error.getResponseBody());
        if (error == null && response.getValue() != null && response.getValue().getValue() != null) {
            // azure-core reports Canceled (unlike Failed) with the status body as the value, not as an error.
            JsonNode value = http.mapper().valueToTree(response.getValue().getValue());
            body = value != null && value.isObject() ? value : null;
        }
        if (code >= 200 && code < 300) {
            String armStatus = body == null ? null : text(body.get("status"));
            JsonNode provisioning = body == null ? null : body.path("properties").get("provisioningState");
            if (armStatus == null && provisioning != null && !provisioning.isNull()) {
                armStatus = provisioning.asText();
            }
            if (armStatus == null) {
                throw new OperationNoLongerFollowedException(code, OperationNoLongerFollowedException.INVALID_STATUS,
                        "The operation's status URL answered " + code + " without a readable status",
                        statusRequestId, headers.getValue(CORRELATION_ID), acceptedRequestId, null);
            }
            boolean canceled = armStatus.toLowerCase(Locale.ROOT).startsWith("cancel");
            ArmError armError = body.hasNonNull("error") ? toError(body.get("error")) : provisioningError(body);
            if (armError == null) {
                armError = ArmError.of(canceled ? "OperationCanceled" : "OperationFailed",
                        "The operation ended " + armStatus + " without an error from ARM.");
            }
            return failed(armError, canceled, statusRequestId, polls);
        }
        ArmError envelope = body == null ? null : toError(body.has("error") ? body.get("error") : body);
        if (locationOnly && code >= 400 && code < 500 && code != 401 && code != 403 && code != 404
                && envelope != null) {
            // Followed through Location only: ARM answers the operation's own failure there as a 4xx with its error.
            return failed(envelope, code == 409 && "Canceled".equalsIgnoreCase(envelope.code()), statusRequestId, polls);
        }
        String what = envelope == null || envelope.code() == null ? "HTTP " + code
                : code + " " + envelope.code() + (envelope.message() == null ? "" : ": " + envelope.message());
        throw new OperationNoLongerFollowedException(code, OperationNoLongerFollowedException.STATUS_UNREADABLE,
                "The operation's status URL answered " + what, statusRequestId != null ? statusRequestId
                : acceptedRequestId, headers.getValue(CORRELATION_ID), acceptedRequestId, null);
    }

    private OperationFailedException failed(ArmError error, boolean canceled, String statusRequestId, int polls) {
        ArmError redacted = new ArmError(error.code(), Redaction.redactText(error.message()), error.target(),
                error.details(), error.additionalInfo());
        publish(new OperationStatus(canceled ? State.CANCELED : State.FAILED, canceled ? "Canceled" : "Failed", null,
                redacted, polls));
        return new OperationFailedException(acceptedStatus, redacted, canceled, acceptedRequestId,
                acceptedCorrelationId, statusRequestId);
    }

    private OperationNoLongerFollowedException limitReached(int polls) {
        return new OperationNoLongerFollowedException(0, OperationNoLongerFollowedException.FOLLOW_LIMIT_REACHED,
                "The operation was still running after " + describe(options.followLimit()) + " (" + polls + " polls)",
                acceptedRequestId, acceptedCorrelationId, acceptedRequestId, null);
    }

    private void publish(OperationStatus s) {
        status = s;
        for (Consumer<OperationStatus> l : listeners) {
            try {
                l.accept(s);
            } catch (RuntimeException e) {
                LOG.warn("Operation listener failed: {}", e.toString());
            }
        }
    }

    private void checkCancelled() {
        if (cancelled) {
            throw new OperationCancelledException("Stopped following: " + title + " ("
                    + OperationNoLongerFollowedException.NO_LONGER_FOLLOWED + ")");
        }
    }

    private void pause(long nanos) {
        long deadline = System.nanoTime() + nanos;
        synchronized (wakeUp) {
            while (!cancelled) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                try {
                    wakeUp.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    cancelled = true;
                }
            }
        }
    }

    private Duration cap(Duration d) {
        if (d == null || d.isNegative()) {
            return options.pollFallback();
        }
        return d.compareTo(options.maxRetryAfter()) > 0 ? options.maxRetryAfter() : d;
    }

    private static String armStatus(PollResponse<PollResult<Object>> response) {
        Object value = response.getValue() == null ? null : response.getValue().getValue();
        if (value instanceof Map && ((Map<?, ?>) value).get("status") instanceof String) {
            return (String) ((Map<?, ?>) value).get("status");
        }
        return response.getStatus() == LongRunningOperationStatus.IN_PROGRESS ? "InProgress"
                : response.getStatus() == LongRunningOperationStatus.NOT_STARTED ? "NotStarted"
                : response.getStatus().toString();
    }

    private static Double percent(PollResponse<PollResult<Object>> response) {
        Object value = response.getValue() == null ? null : response.getValue().getValue();
        if (value instanceof Map && ((Map<?, ?>) value).get("percentComplete") instanceof Number) {
            return ((Number) ((Map<?, ?>) value).get("percentComplete")).doubleValue();
        }
        return null;
    }

    /** {@code Retry-After} in seconds, as azure-core's poller reads it. */
    static Duration retryAfterSeconds(HttpHeaders headers) {
        String v = headers.getValue(HttpHeaderName.RETRY_AFTER);
        if (v == null) {
            return null;
        }
        try {
            long seconds = Long.parseLong(v.trim());
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private boolean runningProvisioningState(HttpMethod method, byte[] body) {
        if (method != HttpMethod.PUT && method != HttpMethod.PATCH) {
            return false;
        }
        JsonNode node = parse(new String(body, java.nio.charset.StandardCharsets.UTF_8));
        String state = node == null ? null : text(node.path("properties").get("provisioningState"));
        return state != null && !state.equalsIgnoreCase("Succeeded") && !state.equalsIgnoreCase("Failed")
                && !state.equalsIgnoreCase("Canceled");
    }

    private ArmError provisioningError(JsonNode resource) {
        JsonNode errors = resource.path("properties").path("provisioningErrors");
        if (errors.isArray() && errors.size() > 0 && errors.get(0).hasNonNull("error")) {
            return toError(errors.get(0).get("error"));
        }
        return null;
    }

    private ArmError toError(JsonNode node) {
        if (node == null || !node.isObject() || (!node.has("code") && !node.has("message"))) {
            return null;
        }
        try {
            return http.mapper().treeToValue(node, ArmError.class);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = http.mapper().readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || !node.isValueNode() || node.asText().isBlank() ? null : node.asText();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String describe(Duration d) {
        if (d.toMinutes() >= 1 && d.toSecondsPart() == 0) {
            return d.toMinutes() + " min";
        }
        return d.toMillis() % 1000 == 0 ? d.getSeconds() + " s" : d.toMillis() + " ms";
    }
}
