package dev.computedesk.azure.http;

import java.time.Duration;
import java.time.Instant;

/**
 * One HTTP call made on behalf of a user operation, as the activity log shows it.
 * The path never carries a query string's secrets: it is the URL path only, with the api-version kept.
 *
 * @param startedAt     when the request left
 * @param method        HTTP method
 * @param path          request path (no host, no secrets)
 * @param status        HTTP status, or 0 when no response arrived
 * @param requestId     {@code x-ms-request-id} of the response, or null
 * @param correlationId {@code x-ms-correlation-request-id} of the response, or null
 * @param duration      time to the response (or to the failure)
 * @param failure       the I/O failure's message when no response arrived, else null
 */
public record CallRecord(Instant startedAt, String method, String path, int status,
                         String requestId, String correlationId, Duration duration, String failure) {
}
