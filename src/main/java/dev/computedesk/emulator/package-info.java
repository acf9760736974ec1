/**
 * The embedded local ARM emulator (docs/architecture.md): a real HTTP(S) server on
 * 127.0.0.1 that plays the subset of Azure Resource Manager Compute Desk uses, so the app and its
 * integration tests run the same Azure client code against it as against Azure.
 *
 * <p>Public surface: {@link dev.computedesk.emulator.Emulator} (start, base URL, token, clock,
 * faults, settings), {@link dev.computedesk.emulator.EmulatorConfig},
 * {@link dev.computedesk.emulator.DemoSeed} (the seeded names and ids) and
 * {@link dev.computedesk.emulator.EmulatorMain} ({@code --emulator-only}).
 *
 * <p>Behaviour in brief:
 * <ul>
 *   <li>Every call needs {@code Authorization: Bearer <token>} (else 401 {@code AuthenticationFailed})
 *       and, outside {@code /_emulator/*}, an {@code api-version} (else 400
 *       {@code MissingApiVersionParameter}); Machine Learning accepts 2025-12-01 and 2026-07-01,
 *       linked services 2020-09-01-preview (and the examples' 2020-04-01-preview), Synapse
 *       2021-06-01; other providers any version.</li>
 *   <li>Every answer carries {@code x-ms-request-id} and {@code x-ms-correlation-request-id}; every
 *       error is the ARM envelope {@code {"error":{"code","message"}}}, never a stack trace.</li>
 *   <li>Long-running calls answer 201/202 with absolute {@code Azure-AsyncOperation} (and for
 *       actions, delete and update also {@code Location}) URLs on the emulator's base URL, with
 *       {@code Retry-After: 1}. Lifecycles complete when the clock passes their end; a manual
 *       clock moves only through {@link dev.computedesk.emulator.Emulator#advanceClock} or
 *       {@code POST /_emulator/clock {"advanceSeconds":N}}.</li>
 *   <li>Lists page by 100 with an opaque {@code $skip} token inside an absolute {@code nextLink};
 *       listNodes' {@code nextLink} works with GET and POST.</li>
 *   <li>Throttling: ARM's token buckets (reads 250 refilled 25/s, writes and deletes 200 refilled
 *       10/s) on real time, 429 {@code TooManyRequests} with {@code Retry-After}; admin routes are
 *       never throttled. {@code POST /_emulator/settings {"throttling":false}} turns it off,
 *       {@code {"refuseNewLinks":true}} makes new linked services answer 400. Linking a Synapse workspace
 *       the emulator holds needs the caller's Owner role on it (else 403 {@code AuthorizationFailed}).</li>
 *   <li>Faults ({@code POST /_emulator/faults}, {@code DELETE /_emulator/faults}): the next
 *       {@code count} calls whose path (without query) contains a match of {@code pathRegex}, and
 *       whose method matches when given, answer {@code status} (envelope code
 *       {@code TooManyRequests}, {@code InternalServerError}, {@code ServiceUnavailable},
 *       {@code AuthenticationFailed} (401), {@code AuthorizationFailed} (403) or {@code ResourceNotFound}
 *       (404), with {@code Retry-After} when {@code retryAfterSeconds} is positive), or have their
 *       connection dropped, or are delayed by {@code delayMs} and then answered normally;
 *       {@code replyLost} carries the call out and closes the connection unanswered; {@code malformedBody}
 *       answers with the usual status and a body that is not JSON;
 *       {@code provisioningFailure} makes the next matching create end {@code Failed} with
 *       {@code provisioningErrors}; {@code operationFailure {code, message}} lets the next matching call
 *       that starts an operation be accepted, then its status URL answers {@code Failed} with that error
 *       and the compute ends as the service leaves it (a failed stop: still running).</li>
 *   <li>Accepted operations answer as recordings of real ARM show: start, stop, restart, delete and
 *       detach {@code 202} with an empty body, {@code Azure-AsyncOperation}
 *       ({@code …/computeOperationsStatus/<id>}), {@code Location} and {@code Retry-After}; the status
 *       resource says {@code InProgress} until the clock passes the operation's end, and the compute's GET
 *       shows the transitional state meanwhile.</li>
 *   <li>Edits answer as docs/arm.md "Editing a compute" records: a same-type PUT {@code 201 Creating} with
 *       {@code Azure-AsyncOperation}; the scale PATCH {@code 200 Updating} (a cluster in {@code Succeeded} only); the
 *       preview {@code POST …/updateIdleShutdownSetting} (api-version 2025-07-01-preview or 2025-12-01) {@code 200}
 *       with no body. An edit in a state that does not allow it answers {@code 409 Conflict} naming the state; an
 *       instance PUT carrying {@code schedules}, an identity with both kinds on a cluster or an instance, and a
 *       {@code customServices} entry of the wrong shape answer 400 naming the field. The demo subscription holds
 *       {@code Microsoft.Compute/sshPublicKeys}.</li>
 *   <li>A {@code Databricks} attach whose {@code resourceId} is in another subscription than the ML workspace's
 *       needs the caller's Contributor or Owner role at or above that id, else 403 {@code AuthorizationFailed}
 *       naming it (docs/attach.md).</li>
 *   <li>The server ({@code LoopbackHttpServer}, HTTP/1.1 on 127.0.0.1) checks the token before it reads
 *       a body (an unauthenticated upload is answered 401 unread, and its connection closed), refuses
 *       bodies over 4 MiB with 413 {@code RequestEntityTooLarge}, answers a request whose line, headers
 *       or body do not arrive within the request timeout (10 s unless configured) with 408
 *       {@code RequestTimeout}, serves each connection on its own worker (16 to 256), and answers every
 *       refusal of its own (malformed URL: 400 {@code InvalidRequestUri}; malformed request line or
 *       headers: 400 {@code BadRequest}) with the ARM error envelope.</li>
 *   <li>State persists to a JSON file written atomically and owner-only through
 *       {@code dev.computedesk.files.OwnedFile}; an unreadable file is moved aside as
 *       {@code <file>.corrupt-<timestamp>[-n]} (never over an earlier copy) and the seed is restored; that, and
 *       a location that cannot be written (reported once), go to the problem listener given to
 *       {@code Emulator.start} (stderr by default). Secrets sent in PUT bodies are kept there and returned
 *       only by {@code listKeys}.</li>
 * </ul>
 */
package dev.computedesk.emulator;
