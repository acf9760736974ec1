package dev.computedesk.azure.internal;

import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpResponse;
import com.fasterxml.jackson.databind.JsonNode;
import dev.computedesk.azure.ArmException;
import dev.computedesk.azure.ArmOperation;
import dev.computedesk.azure.OperationCancelledException;
import dev.computedesk.azure.OperationStatus;
import dev.computedesk.azure.OperationStatus.State;
import dev.computedesk.azure.model.ArmError;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls a long-running ARM operation as ARM's async-operations guide says: the {@code Azure-AsyncOperation} URL
 * first ({@code status} Succeeded/Failed/Canceled, else running), otherwise the {@code Location} URL (202 while
 * running, 200/201/204 when done), otherwise, for a PUT or PATCH answered without either header, the resource's
 * own {@code provisioningState}. Between polls it waits the last {@code Retry-After} (capped), or a fallback.
 *
 * @param <T> the final result
 */
public final class ArmPoller<T> implements ArmOperation<T> {
    private static final Logger LOG = LoggerFactory.getLogger(ArmPoller.class);

    private enum Mode { ASYNC_OPERATION, LOCATION, RESOURCE_STATE, DONE }

    private final ArmHttp http;
    private final String title;
    private final Supplier<T> finalResult;
    private final Duration fallback;
    private final Duration maxWait;
    private final List<Consumer<OperationStatus>> listeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();

    private volatile OperationStatus status;
    private volatile boolean cancelled;
    private Mode mode;
    private String pollUrl;
    private Duration nextWait;
    private boolean finished;
    private T result;
    private RuntimeException failure;
    private ArmError initialFailure;

    /**
     * Starts from the accepted first response.
     *
     * @param http         the connection's ARM helper
     * @param title        for status bars
     * @param initial      the first (2xx) response
     * @param resourceUrl  the resource URL (for {@code provisioningState} polling after PUT/PATCH), or null
     * @param finalResult  what to return once succeeded (e.g. GET the compute), or null for none
     * @param fallback     the wait when no {@code Retry-After} is given
     * @param maxWait      the longest wait honoured
     */
    public ArmPoller(ArmHttp http, String title, HttpResponse initial, String resourceUrl, Supplier<T> finalResult,
                     Duration fallback, Duration maxWait) {
        this.http = http;
        this.title = title;
        this.finalResult = finalResult;
        this.fallback = fallback;
        this.maxWait = maxWait;
        this.nextWait = retryAfter(initial);
        String async = ArmHttp.header(initial, "Azure-AsyncOperation");
        String location = ArmHttp.header(initial, "Location");
        HttpMethod method = initial.getRequest().getHttpMethod();
        int code = initial.getStatusCode();
        if (async != null && !async.isBlank()) {
            mode = Mode.ASYNC_OPERATION;
            pollUrl = async;
        } else if (location != null && !location.isBlank() && code == 202) {
            mode = Mode.LOCATION;
            pollUrl = location;
        } else if ((method == HttpMethod.PUT || method == HttpMethod.PATCH)
                && "failed".equalsIgnoreCase(provisioningState(initial))) {
            mode = Mode.DONE;
            initialFailure = firstProvisioningError(initial);
        } else if ((method == HttpMethod.PUT || method == HttpMethod.PATCH) && resourceUrl != null
                && !isTerminal(provisioningState(initial))) {
            mode = Mode.RESOURCE_STATE;
            pollUrl = resourceUrl;
        } else if (location != null && !location.isBlank()) {
            mode = Mode.LOCATION;
            pollUrl = location;
        } else {
            mode = Mode.DONE;
        }
        if (initialFailure != null) {
            this.status = new OperationStatus(State.FAILED, "Failed", null, initialFailure, 0);
            this.failure = new ArmException(initial.getStatusCode(), initialFailure,
                    ArmHttp.header(initial, "x-ms-request-id"), ArmHttp.header(initial, "x-ms-correlation-request-id"),
                    null);
            this.finished = true;
        } else {
            this.status = new OperationStatus(mode == Mode.DONE ? State.SUCCEEDED : State.IN_PROGRESS,
                    mode == Mode.DONE ? "Succeeded" : "Accepted", null, null, 0);
        }
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
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public synchronized T waitForCompletion() {
        if (finished) {
            return outcome();
        }
        try {
            int polls = 0;
            while (mode != Mode.DONE) {
                checkCancelled();
                pause(nextWait == null ? fallback : nextWait);
                checkCancelled();
                polls++;
                pollOnce(polls);
            }
            if (status.state() == State.SUCCEEDED) {
                checkCancelled();
                result = finalResult == null ? null : finalResult.get();
            }
        } catch (OperationCancelledException e) {
            publish(new OperationStatus(State.POLLING_STOPPED, status.armStatus(), status.percentComplete(), null,
                    status.polls()));
            failure = e;
        } catch (ArmException e) {
            if (!status.state().isTerminal()) {
                publish(new OperationStatus(State.FAILED, status.armStatus(), null, e.error(), status.polls()));
            }
            failure = e;
        }
        finished = true;
        return outcome();
    }

    private T outcome() {
        if (failure != null) {
            throw failure;
        }
        return result;
    }

    private void pollOnce(int polls) {
        HttpResponse response = http.send(HttpMethod.GET, pollUrl, null);
        nextWait = retryAfter(response);
        int code = response.getStatusCode();
        if (code >= 400) {
            throw http.toException(response);
        }
        switch (mode) {
            case ASYNC_OPERATION: {
                JsonNode body = http.read(response, JsonNode.class);
                String s = body == null ? "" : body.path("status").asText("");
                Double pct = body != null && body.path("percentComplete").isNumber()
                        ? body.path("percentComplete").asDouble() : null;
                ArmError error = body != null && body.hasNonNull("error")
                        ? http.convert(body.get("error"), ArmError.class) : null;
                settle(s, pct, error, polls, response);
                break;
            }
            case LOCATION:
                if (code == 202) {
                    publish(new OperationStatus(State.IN_PROGRESS, "InProgress", null, null, polls));
                } else {
                    mode = Mode.DONE;
                    publish(new OperationStatus(State.SUCCEEDED, "Succeeded", 100.0, null, polls));
                }
                break;
            case RESOURCE_STATE: {
                String s = provisioningState(response);
                settle(s == null ? "Succeeded" : s, null, firstProvisioningError(response), polls, response);
                break;
            }
            default:
                break;
        }
    }

    private void settle(String armStatus, Double pct, ArmError error, int polls, HttpResponse response) {
        String s = armStatus.toLowerCase(Locale.ROOT);
        if (s.equals("succeeded")) {
            mode = Mode.DONE;
            publish(new OperationStatus(State.SUCCEEDED, armStatus, 100.0, null, polls));
        } else if (s.equals("failed") || s.equals("canceled") || s.equals("cancelled")) {
            mode = Mode.DONE;
            State state = s.equals("failed") ? State.FAILED : State.CANCELED;
            ArmError e = error != null ? error : ArmError.of(s.equals("failed") ? "OperationFailed" : "OperationCanceled",
                    "The operation ended " + armStatus);
            publish(new OperationStatus(state, armStatus, pct, e, polls));
            throw new ArmException(response.getStatusCode(), e, ArmHttp.header(response, "x-ms-request-id"),
                    ArmHttp.header(response, "x-ms-correlation-request-id"), null);
        } else {
            publish(new OperationStatus(State.IN_PROGRESS, armStatus, pct, null, polls));
        }
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
            throw new OperationCancelledException("Stopped waiting for: " + title);
        }
    }

    private void pause(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        synchronized (lock) {
            while (!cancelled) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                try {
                    lock.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    cancelled = true;
                }
            }
        }
    }

    private Duration retryAfter(HttpResponse response) {
        Duration d = ArmRetryPolicy.parseRetryAfter(ArmHttp.header(response, "retry-after-ms"),
                ArmHttp.header(response, "x-ms-retry-after-ms"), ArmHttp.header(response, "Retry-After"));
        return d == null ? null : (d.compareTo(maxWait) > 0 ? maxWait : d);
    }

    private String provisioningState(HttpResponse response) {
        try {
            JsonNode body = http.read(response, JsonNode.class);
            JsonNode ps = body == null ? null : body.path("properties").get("provisioningState");
            return ps == null || ps.isNull() ? null : ps.asText();
        } catch (ArmException e) {
            return null;
        }
    }

    private ArmError firstProvisioningError(HttpResponse response) {
        try {
            JsonNode body = http.read(response, JsonNode.class);
            JsonNode errs = body == null ? null : body.path("properties").path("provisioningErrors");
            if (errs != null && errs.isArray() && errs.size() > 0 && errs.get(0).hasNonNull("error")) {
                return http.convert(errs.get(0).get("error"), ArmError.class);
            }
        } catch (ArmException e) {
            LOG.debug("No readable provisioning errors: {}", e.code());
        }
        return ArmError.of("ProvisioningFailed", "The resource's provisioning ended Failed");
    }

    private static boolean isTerminal(String provisioningState) {
        if (provisioningState == null) {
            return true;
        }
        String s = provisioningState.toLowerCase(Locale.ROOT);
        return s.equals("succeeded") || s.equals("failed") || s.equals("canceled");
    }
}
