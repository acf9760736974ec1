package dev.computedesk.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.computedesk.emulator.Store.ComputeRecord;
import dev.computedesk.emulator.Store.OpRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP face of the emulator: authentication, faults, throttling, api-version checks, routing
 * of the ARM paths and the admin routes, and the ARM error envelope. No stack trace ever goes on
 * the wire; unexpected failures are logged to stderr and answered as {@code InternalServerError}.
 */
final class ArmServer implements HttpHandler {
    static final int PAGE_SIZE = 100;
    /** The largest request body the emulator reads (4 MiB); ARM's own limit for a request is of this order. */
    static final int MAX_BODY_BYTES = 4 * 1024 * 1024;
    static final Set<String> ML_VERSIONS = Set.of("2025-12-01", "2026-07-01");
    /**
     * The versions whose Microsoft example has {@code updateIdleShutdownSetting}: the preview spec 2025-07-01-preview,
     * and the example file kept in the stable 2025-12-01 folder (whose spec does not list the path).
     */
    static final Set<String> IDLE_SHUTDOWN_VERSIONS = Set.of("2025-07-01-preview", "2025-12-01");
    static final Set<String> LINK_VERSIONS = Set.of("2020-09-01-preview", "2020-04-01-preview");
    static final Set<String> SYNAPSE_VERSIONS = Set.of("2021-06-01", "2021-06-01-preview");
    static final String ML = "Microsoft.MachineLearningServices";
    private static final Pattern RESOURCE_TYPE_FILTER = Pattern.compile("resourceType\\s+eq\\s+'([^']+)'",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ASSIGNED_TO = Pattern.compile("assignedTo\\('([^']+)'\\)", Pattern.CASE_INSENSITIVE);
    private static final Function<ObjectNode, JsonNode> IDENTITY = n -> n;
    private static final Pattern LOCATION_EQ = Pattern.compile("location\\s+eq\\s+'([^']+)'", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRINCIPAL_EQ = Pattern.compile("principalId\\s+eq\\s+'([^']+)'", Pattern.CASE_INSENSITIVE);

    /** One parsed request. */
    static final class Req {
        String method;
        String path;
        List<String> segs;
        Map<String, String> query = new LinkedHashMap<>();
        byte[] body;
        String apiVersion;

        boolean is(int index, String literal) {
            return segs.size() > index && segs.get(index).equalsIgnoreCase(literal);
        }

        String seg(int index) {
            return segs.get(index);
        }

        int size() {
            return segs.size();
        }
    }

    private final Object lock;
    private final Store store;
    private final EmulatorClock clock;
    private final ComputeEngine engine;
    private final Throttle throttle;
    private final FaultRules faults;
    private final String token;
    private final Supplier<String> baseUrl;
    private final Runnable markDirty;
    private volatile boolean refuseNewLinks;
    /**
     * Each workspace's computes in list order, as the pages of its list read them (by workspace key). Built on the
     * first page and kept while no compute can have joined or left: emptied before and after every request other
     * than a GET, and whenever {@link ComputeEngine#settle} completes a transition (a finished delete leaves). The
     * records inside stay live, so a page always shows their current state. Under {@link #lock}.
     */
    private final Map<String, List<ComputeRecord>> listedComputes = new HashMap<>();

    ArmServer(Object lock, Store store, EmulatorClock clock, Throttle throttle, FaultRules faults, String token,
              Supplier<String> baseUrl, Runnable markDirty) {
        this.lock = lock;
        this.store = store;
        this.clock = clock;
        this.throttle = throttle;
        this.faults = faults;
        this.token = token;
        this.baseUrl = baseUrl;
        this.markDirty = markDirty;
        this.engine = new ComputeEngine(store, this::operationUrl);
    }

    ComputeEngine engine() {
        return engine;
    }

    void setRefuseNewLinks(boolean on) {
        refuseNewLinks = on;
    }

    // ---------------------------------------------------------------- HTTP

    @Override
    public void handle(HttpExchange ex) throws IOException {
        String requestId = UUID.randomUUID().toString();
        String correlation = ex.getRequestHeaders().getFirst("x-ms-correlation-request-id");
        if (correlation == null || correlation.isBlank()) {
            correlation = UUID.randomUUID().toString();
        }
        Resp resp;
        Fault fault = null;
        try {
            Req q = parse(ex);
            if (q.is(0, "_emulator")) {
                authenticate(ex);
                q.body = readBody(ex);
                resp = admin(q);
            } else {
                authenticate(ex);
                q.body = readBody(ex);
                fault = faults.take(q.method, q.path);
                if (fault != null && fault.drop()) {
                    ex.close();
                    return;
                }
                if (fault != null && fault.delayMs() > 0) {
                    sleep(fault.delayMs());
                }
                if (fault != null && fault.status() > 0) {
                    throw injected(fault, q);
                }
                Throttle.Kind kind = q.method.equals("GET") || q.method.equals("HEAD") ? Throttle.Kind.READ
                        : q.method.equals("DELETE") ? Throttle.Kind.DELETE : Throttle.Kind.WRITE;
                long wait = throttle.acquire(kind);
                if (wait >= 0) {
                    throw new ArmException(429, "TooManyRequests", "The request was throttled: the "
                            + kind.name().toLowerCase(Locale.ROOT) + " budget of this subscription is exhausted. "
                            + "Retry after " + wait + " seconds.", (int) wait);
                }
                q.apiVersion = q.query.get("api-version");
                if (q.apiVersion == null || q.apiVersion.isBlank()) {
                    throw new ArmException(400, "MissingApiVersionParameter",
                            "The api-version query parameter (?api-version=) is required for all requests.");
                }
                synchronized (lock) {
                    long now = clock.nowMs();
                    boolean reads = q.method.equals("GET");
                    if (engine.settle(now) || !reads) {
                        listedComputes.clear();
                    }
                    engine.failuresFrom(() -> faults.takeOperationFailure(q.method, q.path));
                    try {
                        resp = route(q, now);
                    } finally {
                        engine.failuresFrom(null);
                        if (!reads) {
                            listedComputes.clear();
                        }
                    }
                    if (!reads) {
                        markDirty.run();
                    }
                }
                addRateHeaders(resp);
            }
        } catch (ArmException e) {
            resp = error(e);
        } catch (RuntimeException e) {
            System.err.println("emulator: unexpected failure on " + ex.getRequestMethod() + " "
                    + ex.getRequestURI().getRawPath() + ": " + e);
            e.printStackTrace();
            resp = error(new ArmException(500, "InternalServerError",
                    "The emulator failed to handle the request; see its log for request id " + requestId + "."));
        }
        if (fault != null && fault.replyLost()) {
            // The service has acted (or refused); the answer never reaches the client.
            ex.close();
            return;
        }
        if (fault != null && fault.malformedBody()) {
            resp.malformed = true;
        }
        send(ex, resp, requestId, correlation);
    }

    /** An injected status, answered with the code and words ARM uses for it. */
    static ArmException injected(Fault fault, Req q) {
        String code;
        String message;
        switch (fault.status()) {
            case 429:
                code = "TooManyRequests";
                message = "The request was throttled (injected fault).";
                break;
            case 503:
                code = "ServiceUnavailable";
                message = "The service is temporarily unavailable (injected fault).";
                break;
            case 500:
                code = "InternalServerError";
                message = "The server encountered an internal error (injected fault).";
                break;
            case 401:
                code = "AuthenticationFailed";
                message = "Authentication failed. The access token has expired or is not valid (injected fault).";
                break;
            case 403:
                code = "AuthorizationFailed";
                message = "The client '" + DemoSeed.USER_OID + "' with object id '" + DemoSeed.USER_OID
                        + "' does not have authorization to perform action '" + action(q) + "' over scope '"
                        + q.path + "' or the scope is invalid. If access was recently granted, please refresh your "
                        + "credentials. (injected fault)";
                break;
            case 404:
                code = "ResourceNotFound";
                message = "The Resource '" + q.path + "' was not found (injected fault).";
                break;
            default:
                code = "InjectedFault";
                message = "Injected fault with status " + fault.status() + ".";
        }
        return new ArmException(fault.status(), code, message, fault.retryAfterSeconds() > 0 ? fault.retryAfterSeconds() : -1);
    }

    /** The RBAC action a call needs, as ARM names it in AuthorizationFailed: provider/type[/child]/verb. */
    private static String action(Req q) {
        int at = -1;
        for (int i = 0; i < q.size(); i++) {
            if (q.is(i, "providers")) {
                at = i;
            }
        }
        StringBuilder type = new StringBuilder();
        if (at >= 0 && at + 1 < q.size()) {
            type.append(q.seg(at + 1));
            for (int i = at + 2; i < q.size(); i += 2) {
                type.append('/').append(q.seg(i));
            }
        } else {
            type.append("Microsoft.Resources/subscriptions/resourceGroups");
        }
        String verb = q.method.equals("GET") ? "read" : q.method.equals("DELETE") ? "delete"
                : q.method.equals("POST") ? "action" : "write";
        return type + "/" + verb;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void authenticate(HttpExchange ex) {
        String header = ex.getRequestHeaders().getFirst("Authorization");
        if (header == null) {
            throw new ArmException(401, "AuthenticationFailed",
                    "Authentication failed. The 'Authorization' header is missing.");
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7) || !header.substring(7).trim().equals(token)) {
            throw new ArmException(401, "AuthenticationFailed",
                    "Authentication failed. The access token is not valid for this emulator.");
        }
    }

    private Req parse(HttpExchange ex) throws IOException {
        Req q = new Req();
        q.method = ex.getRequestMethod().toUpperCase(Locale.ROOT);
        String raw = ex.getRequestURI().getRawPath();
        if (ex.getRequestURI().getRawAuthority() != null) {
            // The SDK joins a base URL ending in '/' with a scope starting with '/': "//subscriptions/..."
            // parses as an authority. ARM reads it as the path, and so does the emulator.
            raw = "/" + ex.getRequestURI().getRawAuthority() + raw;
        }
        List<String> segs = new ArrayList<>();
        try {
            for (String s : raw.split("/")) {
                if (!s.isEmpty()) {
                    segs.add(URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8));
                }
            }
        } catch (IllegalArgumentException e) {
            throw new ArmException(400, "InvalidRequestUri", "The request URI is not valid: " + e.getMessage());
        }
        q.segs = segs;
        q.path = "/" + String.join("/", segs);
        String query = ex.getRequestURI().getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                try {
                    String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                    String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                    q.query.putIfAbsent(k, v);
                } catch (IllegalArgumentException e) {
                    throw new ArmException(400, "InvalidRequestUri", "The query string is not valid: "
                            + e.getMessage());
                }
            }
        }
        return q;
    }

    /**
     * The request body, read only once the token was accepted (an unauthenticated upload is answered without
     * being read) and never beyond {@link #MAX_BODY_BYTES}: a larger body is refused with 413, unread.
     */
    private static byte[] readBody(HttpExchange ex) throws IOException {
        String length = ex.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > MAX_BODY_BYTES) {
                    throw tooLarge();
                }
            } catch (NumberFormatException e) {
                throw ArmException.badRequest("The Content-Length header is not a number.");
            }
        }
        InputStream in = ex.getRequestBody();
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        return body;
    }

    private static ArmException tooLarge() {
        return new ArmException(413, "RequestEntityTooLarge", "The request content is larger than the limit of "
                + MAX_BODY_BYTES + " bytes.");
    }

    private static Resp error(ArmException e) {
        ObjectNode body = Json.obj();
        ObjectNode err = body.putObject("error");
        err.put("code", e.code);
        err.put("message", e.getMessage());
        Resp r = new Resp(e.status, body);
        if (e.retryAfterSeconds >= 0) {
            r.header("Retry-After", String.valueOf(e.retryAfterSeconds));
        }
        if (e.status == 401) {
            r.header("WWW-Authenticate", "Bearer authorization_uri=\"https://login.microsoftonline.com/"
                    + DemoSeed.TENANT_ID + "\", error=\"invalid_token\", error_description=\"" + e.getMessage() + "\"");
        }
        return r;
    }

    private void addRateHeaders(Resp resp) {
        resp.header("x-ms-ratelimit-remaining-subscription-reads", String.valueOf(throttle.remaining(Throttle.Kind.READ)));
        resp.header("x-ms-ratelimit-remaining-subscription-writes", String.valueOf(throttle.remaining(Throttle.Kind.WRITE)));
        resp.header("x-ms-ratelimit-remaining-subscription-deletes", String.valueOf(throttle.remaining(Throttle.Kind.DELETE)));
    }

    private static void send(HttpExchange ex, Resp resp, String requestId, String correlation) throws IOException {
        try {
            ex.getResponseHeaders().set("x-ms-request-id", requestId);
            ex.getResponseHeaders().set("x-ms-correlation-request-id", correlation);
            ex.getResponseHeaders().set("Cache-Control", "no-cache");
            for (Map.Entry<String, String> h : resp.headers.entrySet()) {
                ex.getResponseHeaders().set(h.getKey(), h.getValue());
            }
            if (resp.malformed && resp.status != 204) {
                byte[] bytes = malformed(resp.body);
                ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
                ex.sendResponseHeaders(resp.status, bytes.length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(bytes);
                }
            } else if (resp.body == null) {
                ex.sendResponseHeaders(resp.status, -1);
            } else {
                byte[] bytes = Json.MAPPER.writeValueAsBytes(resp.body);
                ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
                ex.sendResponseHeaders(resp.status, bytes.length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } finally {
            ex.close();
        }
    }

    /** The injected malformed body: the answer cut in the middle (or a stray fragment when there was none). */
    private static byte[] malformed(JsonNode body) throws IOException {
        byte[] whole = body == null ? new byte[0] : Json.MAPPER.writeValueAsBytes(body);
        if (whole.length < 2) {
            return "{\"status\": ".getBytes(StandardCharsets.UTF_8);
        }
        return java.util.Arrays.copyOf(whole, whole.length / 2);
    }

    // ---------------------------------------------------------------- admin

    private Resp admin(Req q) {
        String what = q.size() > 1 ? q.seg(1).toLowerCase(Locale.ROOT) : "";
        JsonNode body = q.body.length == 0 ? Json.obj() : json(q);
        switch (what + " " + q.method) {
            case "faults POST":
                faults.add(faultFrom(body));
                return new Resp(204, null);
            case "faults DELETE":
                faults.clear();
                return new Resp(204, null);
            case "clock POST":
                JsonNode seconds = body.get("advanceSeconds");
                if (seconds == null || !seconds.isNumber() || seconds.asDouble() < 0) {
                    throw ArmException.badRequest("'advanceSeconds' must be a non-negative number.");
                }
                clock.advance(Duration.ofMillis((long) (seconds.asDouble() * 1000)));
                ObjectNode now = Json.obj();
                now.put("now", Json.time(clock.nowMs()));
                return Resp.ok(now);
            case "settings POST":
                if (body.has("throttling")) {
                    throttle.setOn(body.get("throttling").asBoolean());
                }
                if (body.has("refuseNewLinks")) {
                    refuseNewLinks = body.get("refuseNewLinks").asBoolean();
                }
                return Resp.ok(settings());
            case "settings GET":
                return Resp.ok(settings());
            default:
                throw new ArmException(404, "NotFound", "No emulator admin route '" + q.method + " " + q.path + "'.");
        }
    }

    private ObjectNode settings() {
        ObjectNode s = Json.obj();
        s.put("throttling", throttle.isOn());
        s.put("refuseNewLinks", refuseNewLinks);
        s.put("manualClock", clock.manual());
        s.put("now", Json.time(clock.nowMs()));
        return s;
    }

    static Fault faultFrom(JsonNode b) {
        if (!b.hasNonNull("pathRegex") && !b.hasNonNull("method")) {
            throw ArmException.badRequest("A fault needs 'pathRegex' (searched in the path) or 'method'.");
        }
        JsonNode failure = b.get("operationFailure");
        if (failure != null && !failure.isNull() && (!failure.isObject() || !failure.path("code").isTextual())) {
            throw ArmException.badRequest("'operationFailure' must be an object with a 'code' (and a 'message').");
        }
        int status = b.path("status").asInt(0);
        if (status != 0 && (status < 400 || status > 599)) {
            throw ArmException.badRequest("An injected 'status' must be an error status (400-599).");
        }
        try {
            return new Fault(b.hasNonNull("method") ? b.get("method").asText() : null,
                    b.path("pathRegex").asText(""), b.path("count").asInt(1), status,
                    b.path("retryAfterSeconds").asInt(0), b.path("drop").asBoolean(false), b.path("delayMs").asLong(0),
                    b.path("provisioningFailure").asBoolean(false),
                    failure == null || failure.isNull() ? null : failure.get("code").asText(),
                    failure == null || failure.isNull() ? null : failure.path("message").asText(null),
                    b.path("replyLost").asBoolean(false), b.path("malformedBody").asBoolean(false));
        } catch (IllegalArgumentException e) {
            throw ArmException.badRequest("The fault is not valid: " + e.getMessage());
        }
    }

    // ---------------------------------------------------------------- routing

    private Resp route(Req q, long now) {
        int auth = authorizationIndex(q);
        if (auth >= 0) {
            return authorization(q, auth);
        }
        if (q.is(0, "tenants") && q.size() == 1) {
            onlyGet(q);
            return pageOf(q, store.tenants, IDENTITY);
        }
        if (!q.is(0, "subscriptions")) {
            throw noRoute(q);
        }
        if (q.size() == 1) {
            onlyGet(q);
            return pageOf(q, store.subscriptions, IDENTITY);
        }
        ObjectNode sub = store.subscription(q.seg(1));
        if (sub == null) {
            throw new ArmException(404, "SubscriptionNotFound", "The subscription '" + q.seg(1) + "' could not be found.");
        }
        String subId = sub.get("subscriptionId").asText();
        if (q.size() == 2) {
            onlyGet(q);
            return Resp.ok(sub);
        }
        if (q.is(2, "resources") && q.size() == 3) {
            onlyGet(q);
            return genericList(q, "/subscriptions/" + subId + "/");
        }
        if (q.is(2, "providers") && q.size() >= 4) {
            return subscriptionProvider(q, subId, now);
        }
        if (!q.is(2, "resourceGroups")) {
            throw noRoute(q);
        }
        if (q.size() == 3) {
            onlyGet(q);
            List<ObjectNode> groups = new ArrayList<>();
            for (ObjectNode r : store.under("/subscriptions/" + subId + "/resourceGroups/").values()) {
                if (r.get("type").asText().equals("Microsoft.Resources/resourceGroups")) {
                    groups.add(r);
                }
            }
            return pageOf(q, groups, IDENTITY);
        }
        String rgId = "/subscriptions/" + subId + "/resourceGroups/" + q.seg(3);
        ObjectNode rg = store.get(rgId);
        if (rg == null) {
            throw new ArmException(404, "ResourceGroupNotFound", "Resource group '" + q.seg(3) + "' could not be found.");
        }
        if (q.size() == 4) {
            onlyGet(q);
            return Resp.ok(rg);
        }
        if (q.is(4, "resources") && q.size() == 5) {
            onlyGet(q);
            return genericList(q, rg.get("id").asText() + "/");
        }
        if (!q.is(4, "providers") || q.size() < 7) {
            throw noRoute(q);
        }
        String ns = q.seg(5);
        if (ns.equalsIgnoreCase(ML) && q.is(6, "workspaces") && q.size() >= 8) {
            ObjectNode ws = store.get(rg.get("id").asText() + "/providers/" + ML + "/workspaces/" + q.seg(7));
            if (q.size() >= 9 && q.is(8, "computes")) {
                if (q.size() == 11 && q.is(10, "updateIdleShutdownSetting")) {
                    // A preview operation: not in the stable 2026-07-01 spec (docs/arm.md "Idle shutdown").
                    if (!IDLE_SHUTDOWN_VERSIONS.contains(q.apiVersion)) {
                        throw badVersion(q, "workspaces/computes/updateIdleShutdownSetting", IDLE_SHUTDOWN_VERSIONS);
                    }
                    return computes(q, requireWorkspace(ws, q), now);
                }
                mlVersion(q);
                return computes(q, requireWorkspace(ws, q), now);
            }
            if (q.size() >= 9 && q.is(8, "linkedServices")) {
                if (!LINK_VERSIONS.contains(q.apiVersion)) {
                    throw badVersion(q, "workspaces/linkedServices", LINK_VERSIONS);
                }
                return linkedServices(q, requireWorkspace(ws, q), now);
            }
        }
        checkVersion(q, ns);
        return genericByPath(q, rg.get("id").asText(), 5);
    }

    private Resp subscriptionProvider(Req q, String subId, long now) {
        String ns = q.seg(3);
        checkVersion(q, ns);
        if (ns.equalsIgnoreCase(ML) && q.is(4, "locations") && q.size() >= 7) {
            onlyGet(q);
            String location = q.seg(5);
            String what = q.seg(6).toLowerCase(Locale.ROOT);
            switch (what) {
                case "vmsizes":
                    ObjectNode body = Json.obj();
                    ArrayNode value = body.putArray("value");
                    store.vmSizes.forEach(value::add);
                    return Resp.ok(body);
                case "usages":
                    return pageOf(q, usages(subId, location), IDENTITY);
                case "quotas":
                    return pageOf(q, quotas(subId, location), IDENTITY);
                case "computeoperationsstatus":
                case "computeoperationsresults":
                    if (q.size() != 8) {
                        throw noRoute(q);
                    }
                    return operation(q, q.seg(7), what.equals("computeoperationsresults"), now);
                default:
                    throw noRoute(q);
            }
        }
        if (ns.equalsIgnoreCase("Microsoft.Compute") && q.size() == 5 && q.is(4, "skus")) {
            onlyGet(q);
            return pageOf(q, resourceSkus(q.query.getOrDefault("$filter", "")), IDENTITY);
        }
        if (q.size() == 5) {
            onlyGet(q);
            String type = ns + "/" + q.seg(4);
            List<ObjectNode> items = new ArrayList<>();
            for (ObjectNode r : store.under("/subscriptions/" + subId + "/").values()) {
                if (r.get("type").asText().equalsIgnoreCase(type)) {
                    items.add(r);
                }
            }
            return pageOf(q, items, IDENTITY);
        }
        throw noRoute(q);
    }

    private static int authorizationIndex(Req q) {
        for (int i = q.size() - 2; i >= 0; i--) {
            if (q.is(i, "providers") && q.is(i + 1, "Microsoft.Authorization")) {
                return i;
            }
        }
        return -1;
    }

    private void checkVersion(Req q, String ns) {
        if (ns.equalsIgnoreCase(ML)) {
            mlVersion(q);
        } else if (ns.equalsIgnoreCase("Microsoft.Synapse") && !SYNAPSE_VERSIONS.contains(q.apiVersion)) {
            throw badVersion(q, "workspaces", SYNAPSE_VERSIONS);
        }
    }

    private static void mlVersion(Req q) {
        if (!ML_VERSIONS.contains(q.apiVersion)) {
            throw badVersion(q, "workspaces", ML_VERSIONS);
        }
    }

    private static ArmException badVersion(Req q, String type, Set<String> supported) {
        return new ArmException(400, "NoRegisteredProviderFound", "No registered resource provider found for API "
                + "version '" + q.apiVersion + "' and type '" + type + "'. The supported api-versions are '"
                + String.join(", ", new java.util.TreeSet<>(supported)) + "'.");
    }

    private static void onlyGet(Req q) {
        if (!q.method.equals("GET")) {
            throw methodNotAllowed(q);
        }
    }

    private static ArmException methodNotAllowed(Req q) {
        return new ArmException(405, "MethodNotAllowed", "The method '" + q.method + "' is not allowed on '" + q.path + "'.");
    }

    private static ArmException noRoute(Req q) {
        return new ArmException(404, "NotFound", "No HTTP resource was found that matches the request URI '" + q.path + "'.");
    }

    private static ObjectNode requireWorkspace(ObjectNode ws, Req q) {
        if (ws == null) {
            throw ArmException.notFound("The Resource '" + ML + "/workspaces/" + q.seg(7) + "' under resource group '"
                    + q.seg(3) + "' was not found.");
        }
        return ws;
    }

    private JsonNode json(Req q) {
        if (q.body == null || q.body.length == 0) {
            throw new ArmException(400, "InvalidRequestContent", "The request content was empty; a JSON body is required.");
        }
        try {
            return Json.MAPPER.readTree(q.body);
        } catch (JsonProcessingException e) {
            throw new ArmException(400, "InvalidRequestContent", "The request content was invalid and could not be "
                    + "deserialized: " + e.getOriginalMessage() + ".");
        } catch (IOException e) {
            throw new ArmException(400, "InvalidRequestContent", "The request content could not be read.");
        }
    }

    // ---------------------------------------------------------------- computes

    private Resp computes(Req q, ObjectNode ws, long now) {
        String wsId = ws.get("id").asText();
        if (q.size() == 9) {
            onlyGet(q);
            List<ComputeRecord> all = listedComputes.computeIfAbsent(Store.key(wsId),
                    k -> List.copyOf(store.computesOf(wsId).values()));
            return pageOf(q, all, engine::view);
        }
        String name = q.seg(9);
        if (q.size() == 10) {
            switch (q.method) {
                case "GET":
                    return Resp.ok(engine.view(engine.require(wsId, name)));
                case "PUT":
                    JsonNode body = json(q);
                    return engine.put(ws, name, body, () -> faults.takeProvisioningFailure(q.path), q.apiVersion, now);
                case "PATCH":
                    JsonNode patch = json(q);
                    return engine.patch(engine.require(wsId, name), patch, q.apiVersion, now);
                case "DELETE":
                    return engine.delete(wsId, name, q.query.get("underlyingResourceAction"), q.apiVersion, now);
                default:
                    throw methodNotAllowed(q);
            }
        }
        if (q.size() != 11) {
            throw noRoute(q);
        }
        String action = q.seg(10).toLowerCase(Locale.ROOT);
        switch (action) {
            case "start":
            case "stop":
            case "restart":
                requirePost(q);
                return engine.action(engine.require(wsId, name), action, q.apiVersion, now);
            case "updateidleshutdownsetting":
                requirePost(q);
                return engine.updateIdleShutdown(engine.require(wsId, name), json(q));
            case "listkeys":
                requirePost(q);
                return Resp.ok(engine.keys(engine.require(wsId, name)));
            case "listnodes":
                if (!q.method.equals("POST") && !q.method.equals("GET")) {
                    throw methodNotAllowed(q);
                }
                ComputeRecord r = engine.require(wsId, name);
                int offset = skip(q);
                int total = r.type().equals("AmlCompute") ? ComputeEngine.nodeCount(r) : 0;
                String next = offset + PAGE_SIZE < total ? nextLink(q, offset + PAGE_SIZE) : null;
                return Resp.ok(engine.nodesPage(r, offset, PAGE_SIZE, next));
            default:
                throw noRoute(q);
        }
    }

    private static void requirePost(Req q) {
        if (!q.method.equals("POST")) {
            throw methodNotAllowed(q);
        }
    }

    private Resp operation(Req q, String opId, boolean location, long now) {
        OpRecord op = store.ops.get(opId);
        if (op == null) {
            throw ArmException.notFound("The operation '" + opId + "' was not found.");
        }
        if (!location) {
            return Resp.ok(engine.opStatus(op, now));
        }
        if (now < op.endMs) {
            return new Resp(202, null).header("Location", operationUrl(op, q.apiVersion, true))
                    .header("Retry-After", String.valueOf(ComputeEngine.RETRY_AFTER_SECONDS));
        }
        if (op.fail || op.canceled) {
            throw new ArmException(op.canceled ? 409 : 400, op.errorCode, op.errorMessage);
        }
        if (op.returnsResource) {
            for (ComputeRecord r : store.allComputes().values()) {
                if (r.resource.get("id").asText().equalsIgnoreCase(op.computeId)) {
                    return Resp.ok(engine.view(r));
                }
            }
        }
        return new Resp(204, null);
    }

    String operationUrl(OpRecord op, String apiVersion, boolean location) {
        return baseUrl.get() + "subscriptions/" + op.subscriptionId + "/providers/" + ML + "/locations/" + op.location
                + (location ? "/computeOperationsResults/" : "/computeOperationsStatus/") + op.id
                + "?api-version=" + apiVersion;
    }

    // ---------------------------------------------------------------- resource SKUs

    /**
     * Compute's {@code ResourceSkus_List} for virtual machines: every catalogued size as a {@code virtualMachines} SKU
     * of the filtered location ({@code $filter=location eq '…'}; the demo location when absent), with the one
     * {@link DemoSeed#REGION_RESTRICTED_SIZE} restricted there as a subscription without access sees it (shape as the
     * compute spec's {@code ResourceSku}: {@code restrictions[].type Location}, {@code values}, {@code restrictionInfo},
     * {@code reasonCode NotAvailableForSubscription}).
     */
    private List<ObjectNode> resourceSkus(String filter) {
        Matcher m = LOCATION_EQ.matcher(filter);
        String location = m.find() ? m.group(1) : DemoSeed.LOCATION;
        List<ObjectNode> skus = new ArrayList<>();
        for (ObjectNode size : store.vmSizes) {
            String name = size.get("name").asText();
            ObjectNode sku = Json.obj();
            sku.put("resourceType", "virtualMachines");
            sku.put("name", name);
            sku.put("tier", "Standard");
            sku.put("size", name.substring(name.indexOf('_') + 1));
            sku.put("family", size.get("family").asText());
            sku.putArray("locations").add(location);
            ObjectNode info = sku.putArray("locationInfo").addObject();
            info.put("location", location);
            info.putArray("zones");
            ArrayNode capabilities = sku.putArray("capabilities");
            capability(capabilities, "vCPUs", size.get("vCPUs").asText());
            capability(capabilities, "MemoryGB", size.get("memoryGB").asText());
            capability(capabilities, "GPUs", size.get("gpus").asText());
            ArrayNode restrictions = sku.putArray("restrictions");
            if (name.equalsIgnoreCase(DemoSeed.REGION_RESTRICTED_SIZE) && location.equalsIgnoreCase(DemoSeed.LOCATION)) {
                ObjectNode restriction = restrictions.addObject();
                restriction.put("type", "Location");
                restriction.putArray("values").add(location);
                restriction.putObject("restrictionInfo").putArray("locations").add(location);
                restriction.put("reasonCode", "NotAvailableForSubscription");
            }
            skus.add(sku);
        }
        return skus;
    }

    private static void capability(ArrayNode capabilities, String name, String value) {
        ObjectNode c = capabilities.addObject();
        c.put("name", name);
        c.put("value", value);
    }

    // ---------------------------------------------------------------- usages and quotas

    private List<ObjectNode> usages(String subId, String location) {
        Map<String, Long> used = engine.usedCores(subId, location);
        String prefix = "/subscriptions/" + subId + "/providers/" + ML + "/locations/" + location + "/usages/";
        List<ObjectNode> rows = new ArrayList<>();
        rows.add(usage(prefix, location, "dedicatedCores", "Total_Cluster_Dedicated_Regional_vCPUs",
                "Total Cluster Dedicated Regional vCPUs", used.getOrDefault("dedicated", 0L), store.regionalDedicatedLimit));
        rows.add(usage(prefix, location, "lowPriorityCores", "Total_Cluster_LowPriority_Regional_vCPUs",
                "Total Cluster LowPriority Regional vCPUs", used.getOrDefault("lowPriority", 0L),
                store.regionalLowPriorityLimit));
        for (Map.Entry<String, Long> f : store.familyLimits.entrySet()) {
            String display = ComputeEngine.familyDisplay(f.getKey());
            rows.add(usage(prefix, location, "vmFamily", display.replace(' ', '_') + "_Cluster_Dedicated_vCPUs",
                    display + " Cluster Dedicated vCPUs", used.getOrDefault("family:" + f.getKey(), 0L), f.getValue()));
            rows.add(usage(prefix, location, "vmFamily", display.replace(' ', '_') + "_Cluster_LowPriority_vCPUs",
                    display + " Cluster LowPriority vCPUs", 0, -1));
        }
        return rows;
    }

    private static ObjectNode usage(String prefix, String location, String kind, String value, String localized,
                                    long current, long limit) {
        ObjectNode u = Json.obj();
        u.put("id", prefix + value);
        u.put("amlWorkspaceLocation", location);
        u.put("type", ML + "/" + kind + "/usages");
        u.put("unit", "Count");
        u.put("currentValue", current);
        u.put("limit", limit);
        ObjectNode name = u.putObject("name");
        name.put("value", value);
        name.put("localizedValue", localized);
        return u;
    }

    private List<ObjectNode> quotas(String subId, String location) {
        List<ObjectNode> rows = new ArrayList<>();
        for (Map.Entry<String, Long> f : store.familyLimits.entrySet()) {
            ObjectNode qn = Json.obj();
            qn.put("id", "/subscriptions/" + subId + "/providers/" + ML + "/locations/" + location + "/quotas/" + f.getKey());
            qn.put("amlWorkspaceLocation", location);
            qn.put("type", ML + "/vmFamily/quotas");
            ObjectNode name = qn.putObject("name");
            name.put("value", f.getKey());
            name.put("localizedValue", ComputeEngine.familyDisplay(f.getKey()) + " Cluster Dedicated vCPUs");
            qn.put("limit", f.getValue());
            qn.put("unit", "Count");
            rows.add(qn);
        }
        return rows;
    }

    // ---------------------------------------------------------------- linked services

    private Resp linkedServices(Req q, ObjectNode ws, long now) {
        String prefix = ws.get("id").asText() + "/linkedServices/";
        if (q.size() == 9) {
            onlyGet(q);
            ObjectNode body = Json.obj();
            ArrayNode value = body.putArray("value");
            store.under(prefix).values().forEach(value::add);
            return Resp.ok(body);
        }
        if (q.size() != 10) {
            throw noRoute(q);
        }
        String name = q.seg(9);
        ObjectNode existing = store.get(prefix + name);
        switch (q.method) {
            case "GET":
                if (existing == null) {
                    throw ArmException.notFound("The linked service '" + name + "' of workspace '" + q.seg(7)
                            + "' was not found.");
                }
                return Resp.ok(existing);
            case "DELETE":
                if (existing == null) {
                    return new Resp(204, null);
                }
                store.resources.remove(Store.key(prefix + name));
                return new Resp(200, null);
            case "PUT":
                return Resp.ok(putLink(q, ws, prefix, name, existing, now));
            default:
                throw methodNotAllowed(q);
        }
    }

    private ObjectNode putLink(Req q, ObjectNode ws, String prefix, String name, ObjectNode existing, long now) {
        JsonNode body = json(q);
        String target = Json.text(body, "properties", "linkedServiceResourceId");
        if (existing == null && refuseNewLinks) {
            throw ArmException.badRequest("New Synapse workspace links are no longer accepted: a Synapse workspace can "
                    + "no longer be registered with Azure Machine Learning as a linked service. Attach Synapse Spark "
                    + "pools directly as computes (compute type SynapseSpark) instead.");
        }
        if (target == null || !target.toLowerCase(Locale.ROOT).contains("/providers/microsoft.synapse/workspaces/")) {
            throw ArmException.badRequest("'properties.linkedServiceResourceId' is required and must be the ARM id of a "
                    + "Synapse workspace.");
        }
        if (existing == null && store.get(target) != null
                && !store.holdsRole(DemoSeed.USER_OID, target, DemoSeed.OWNER_ROLE_ID)) {
            // The service links a Synapse workspace only for its Owner; a Contributor may use existing links. Only
            // workspaces the emulator holds have role assignments to judge by (Microsoft's example names another).
            throw new ArmException(403, "AuthorizationFailed", "The client '" + DemoSeed.USER_UPN + "' with object id '"
                    + DemoSeed.USER_OID + "' does not have authorization to link the Synapse workspace '" + target
                    + "': linking requires the Owner role on the Synapse workspace.");
        }
        String identityType = Json.text(body, "identity", "type");
        if (identityType != null && !identityType.equals("SystemAssigned")) {
            throw ArmException.badRequest("The identity type '" + identityType + "' is not valid for a linked service; "
                    + "use 'SystemAssigned'.");
        }
        ObjectNode link = Json.obj();
        link.put("id", prefix + name);
        link.put("name", name);
        String location = Json.text(body, "location");
        link.put("location", location == null ? ws.get("location").asText() : location);
        link.put("type", ML + "/workspaces/linkedServices");
        ObjectNode identity = link.putObject("identity");
        identity.put("type", "SystemAssigned");
        identity.put("principalId", existing != null ? Json.text(existing, "identity", "principalId")
                : UUID.randomUUID().toString());
        identity.put("tenantId", DemoSeed.TENANT_ID);
        ObjectNode props = link.putObject("properties");
        props.put("createdTime", existing != null ? Json.text(existing, "properties", "createdTime") : Json.time(now));
        props.put("modifiedTime", Json.time(now));
        props.put("linkedServiceResourceId", target);
        props.put("linkType", "Synapse");
        store.put(link);
        return link;
    }

    // ---------------------------------------------------------------- authorization

    private Resp authorization(Req q, int index) {
        onlyGet(q);
        String scope = "/" + String.join("/", q.segs.subList(0, index));
        if (scope.equals("/")) {
            scope = "";
        }
        if (q.size() == index + 3 && q.is(index + 2, "roleAssignments")) {
            return roleAssignments(q, scope);
        }
        if (q.size() == index + 4 && q.is(index + 2, "roleAssignments")) {
            for (ObjectNode a : store.under(scope + "/providers/Microsoft.Authorization/roleAssignments/").values()) {
                if (a.get("name").asText().equalsIgnoreCase(q.seg(index + 3))) {
                    return Resp.ok(a);
                }
            }
            throw new ArmException(404, "RoleAssignmentNotFound", "The role assignment '" + q.seg(index + 3)
                    + "' is not found.");
        }
        if (q.size() == index + 4 && q.is(index + 2, "roleDefinitions")) {
            ObjectNode def = Seeder.roleDefinition(scope, q.seg(index + 3));
            if (def == null) {
                throw new ArmException(404, "RoleDefinitionDoesNotExist", "The specified role definition with ID '"
                        + q.seg(index + 3) + "' does not exist.");
            }
            return Resp.ok(def);
        }
        throw noRoute(q);
    }

    private Resp roleAssignments(Req q, String scope) {
        String filter = q.query.getOrDefault("$filter", "");
        Matcher assigned = ASSIGNED_TO.matcher(filter);
        Matcher principal = PRINCIPAL_EQ.matcher(filter);
        String who = assigned.find() ? assigned.group(1) : principal.find() ? principal.group(1) : null;
        boolean atScope = filter.toLowerCase(Locale.ROOT).contains("atscope()");
        String scopeKey = Store.key(scope);
        List<ObjectNode> items = new ArrayList<>();
        for (ObjectNode a : store.resources.values()) {
            if (!a.get("type").asText().equals("Microsoft.Authorization/roleAssignments")) {
                continue;
            }
            String s = Store.key(Json.text(a, "properties", "scope"));
            boolean above = scopeKey.equals(s) || scopeKey.startsWith(s.equals("/") ? "/" : s + "/");
            boolean below = !atScope && s.startsWith(scopeKey + "/");
            if (!above && !below) {
                continue;
            }
            if (who != null && !Json.text(a, "properties", "principalId").equalsIgnoreCase(who)) {
                continue;
            }
            items.add(a);
        }
        return pageOf(q, items, IDENTITY);
    }

    // ---------------------------------------------------------------- generic resources

    private Resp genericList(Req q, String prefix) {
        String filter = q.query.getOrDefault("$filter", "");
        Matcher m = RESOURCE_TYPE_FILTER.matcher(filter);
        String type = m.find() ? m.group(1) : null;
        List<ObjectNode> items = new ArrayList<>();
        for (ObjectNode r : store.under(prefix).values()) {
            String t = r.get("type").asText();
            if (t.equals("Microsoft.Resources/resourceGroups") || t.equals("Microsoft.Authorization/roleAssignments")
                    || t.equals("Microsoft.Network/virtualNetworks/subnets")) {
                continue;
            }
            if (type != null && !t.equalsIgnoreCase(type)) {
                continue;
            }
            ObjectNode g = Json.obj();
            for (String f : List.of("id", "name", "type", "kind", "location", "tags", "properties")) {
                if (r.has(f)) {
                    g.set(f, r.get(f));
                }
            }
            items.add(g);
        }
        return pageOf(q, items, IDENTITY);
    }

    /** Serves {@code .../providers/{ns}/{type}[/{name}[/{child}[/{childName}]]]} from the generic store. */
    private Resp genericByPath(Req q, String rgId, int nsIndex) {
        onlyGet(q);
        String ns = q.seg(nsIndex);
        List<String> rest = q.segs.subList(nsIndex + 1, q.size());
        StringBuilder type = new StringBuilder(ns);
        StringBuilder id = new StringBuilder(rgId).append("/providers/").append(ns);
        for (int i = 0; i < rest.size(); i++) {
            id.append('/').append(rest.get(i));
            if (i % 2 == 0) {
                type.append('/').append(rest.get(i));
            }
        }
        if (rest.size() % 2 == 1) {
            String prefix = id + "/";
            List<ObjectNode> items = new ArrayList<>();
            for (ObjectNode r : store.under(prefix).values()) {
                if (r.get("type").asText().equalsIgnoreCase(type.toString())) {
                    items.add(r);
                }
            }
            return pageOf(q, items, IDENTITY);
        }
        ObjectNode found = store.get(id.toString());
        if (found == null) {
            throw ArmException.notFound("The Resource '" + type + "/" + rest.get(rest.size() - 1)
                    + "' under resource group '" + ComputeEngine.resourceGroupOf(rgId) + "' was not found.");
        }
        return Resp.ok(found);
    }

    // ---------------------------------------------------------------- paging

    private <T> Resp pageOf(Req q, List<T> all, Function<? super T, ? extends JsonNode> view) {
        int offset = skip(q);
        ObjectNode body = Json.obj();
        ArrayNode value = body.putArray("value");
        int end = Math.min(all.size(), offset + PAGE_SIZE);
        for (int i = offset; i < end; i++) {
            value.add(view.apply(all.get(i)));
        }
        if (end < all.size()) {
            body.put("nextLink", nextLink(q, end));
        }
        return Resp.ok(body);
    }

    /** The opaque {@code $skip} token of a page; a token the emulator did not issue answers 400. */
    private static int skip(Req q) {
        String token = q.query.get("$skip");
        if (token == null || token.isEmpty()) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (decoded.startsWith("o:")) {
                int offset = Integer.parseInt(decoded.substring(2));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below: the token is not one the emulator issued
        }
        throw ArmException.badRequest("The continuation token '$skip' is not valid.");
    }

    private String nextLink(Req q, int offset) {
        String token = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("o:" + offset).getBytes(StandardCharsets.UTF_8));
        StringBuilder link = new StringBuilder(baseUrl.get()).append(encodePath(q.path.substring(1)))
                .append("?api-version=").append(URLEncoder.encode(q.apiVersion, StandardCharsets.UTF_8));
        for (Map.Entry<String, String> e : q.query.entrySet()) {
            if (!e.getKey().equals("api-version") && !e.getKey().equals("$skip")) {
                link.append('&').append(e.getKey()).append('=')
                        .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).replace("+", "%20"));
            }
        }
        return link.append("&$skip=").append(token).toString();
    }

    private static String encodePath(String path) {
        StringBuilder out = new StringBuilder();
        for (String s : path.split("/")) {
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return out.toString();
    }
}
