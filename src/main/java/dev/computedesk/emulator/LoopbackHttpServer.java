package dev.computedesk.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * The emulator's HTTP/1.1 server on 127.0.0.1: one connection per worker thread (at least {@value #MIN_WORKERS},
 * at most {@value #MAX_CONNECTIONS}), each request's line, headers and body read against a per-request
 * deadline, and every refusal it makes itself answered with the ARM error envelope.
 *
 * <p>Why not {@code com.sun.net.httpserver.HttpServer}: it answers a request line it cannot parse (such as
 * {@code %ZZ} in the path) with an HTML page naming {@code URISyntaxException} before any handler runs, and it
 * has no per-server read timeout (only the JVM-wide {@code sun.net.httpserver.maxReqTime}). Handlers still see
 * the JDK's {@link HttpExchange}, so the ARM logic does not depend on this transport.
 *
 * <p>A request body is read only when the handler reads it (the ARM handler checks the token first); a response
 * sent while the body is still unread closes the connection after a short, bounded drain that lets the client
 * see the answer before the close resets the connection.
 */
final class LoopbackHttpServer implements AutoCloseable {
    static final int MIN_WORKERS = 16;
    static final int MAX_CONNECTIONS = 256;
    /** How long a kept-alive connection may wait for its next request (the JDK server's default idle time). */
    static final Duration IDLE = Duration.ofSeconds(30);
    private static final int MAX_REQUEST_LINE = 16 * 1024;
    private static final int MAX_HEADER_BYTES = 64 * 1024;
    private static final int MAX_HEADERS = 200;
    private static final long DRAIN_BYTES = 256 * 1024;
    private static final int DRAIN_MS = 1000;
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    private final ServerSocket listener;
    private final HttpHandler handler;
    private final long requestTimeoutNanos;
    private final ThreadPoolExecutor workers;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;
    private volatile boolean closed;

    LoopbackHttpServer(InetSocketAddress address, SSLContext ssl, Duration requestTimeout, HttpHandler handler)
            throws IOException {
        this.handler = handler;
        this.requestTimeoutNanos = requestTimeout.toNanos();
        this.listener = ssl == null ? new ServerSocket(address.getPort(), 64, address.getAddress())
                : ssl.getServerSocketFactory().createServerSocket(address.getPort(), 64, address.getAddress());
        AtomicInteger n = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(MIN_WORKERS, MAX_CONNECTIONS, 30, TimeUnit.SECONDS,
                new SynchronousQueue<>(), r -> daemon(r, "emulator-http-" + n.incrementAndGet()));
        this.acceptor = daemon(this::acceptLoop, "emulator-accept-" + listener.getLocalPort());
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    void start() {
        acceptor.start();
    }

    InetSocketAddress address() {
        return (InetSocketAddress) listener.getLocalSocketAddress();
    }

    @Override
    public void close() {
        closed = true;
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing: nothing left to do with it
        }
        for (Socket s : open) {
            closeQuietly(s);
        }
        workers.shutdownNow();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                continue;
            }
            long acceptedAt = System.nanoTime();
            open.add(socket);
            try {
                workers.execute(() -> serve(socket, acceptedAt));
            } catch (RejectedExecutionException busy) {
                try {
                    socket.setSoTimeout(1000);
                    OutputStream out = socket.getOutputStream();
                    writeEnvelope(out, 503, "ServiceUnavailable", "The emulator serves " + MAX_CONNECTIONS
                            + " connections at most; retry later.", null, false);
                    out.flush();
                } catch (IOException ignored) {
                    // the client is gone: nothing to tell it
                }
                open.remove(socket);
                closeQuietly(socket);
            }
        }
    }

    // ---------------------------------------------------------------- one connection

    private void serve(Socket socket, long acceptedAt) {
        try {
            socket.setTcpNoDelay(true);
            DeadlineInput timed = new DeadlineInput(socket);
            timed.deadline = acceptedAt + requestTimeoutNanos;
            if (socket instanceof SSLSocket) {
                socket.setSoTimeout((int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(timed.deadline - System.nanoTime())));
                ((SSLSocket) socket).startHandshake();
            }
            BufferedInputStream in = new BufferedInputStream(timed, 16 * 1024);
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
            boolean first = true;
            while (!closed) {
                if (!first) {
                    timed.idle = true;
                    timed.deadline = System.nanoTime() + IDLE.toNanos();
                }
                if (!awaitRequest(in, timed)) {
                    return;
                }
                if (!first) {
                    timed.deadline = System.nanoTime() + requestTimeoutNanos;
                }
                timed.idle = false;
                first = false;
                if (!serveOne(socket, in, out)) {
                    lingeringClose(socket, in);
                    return;
                }
            }
        } catch (IOException e) {
            // A client that went away, stalled past its deadline while idle, or failed its TLS handshake.
        } finally {
            open.remove(socket);
            closeQuietly(socket);
        }
    }

    /** Waits for the first byte of the next request; false when the connection ends (or idles out) first. */
    private static boolean awaitRequest(BufferedInputStream in, DeadlineInput timed) throws IOException {
        in.mark(1);
        int b;
        try {
            b = in.read();
        } catch (RequestTimeout e) {
            if (timed.idle) {
                return false;
            }
            throw e;
        }
        if (b < 0) {
            return false;
        }
        in.reset();
        return true;
    }

    /** Reads and answers one request; true when the connection may carry another. */
    private boolean serveOne(Socket socket, BufferedInputStream in, OutputStream out) throws IOException {
        Request request;
        try {
            request = readHead(in);
        } catch (Refusal r) {
            writeEnvelope(out, r.status, r.code, r.getMessage(), null, false);
            out.flush();
            return false;
        } catch (RequestTimeout t) {
            writeEnvelope(out, 408, "RequestTimeout", "The request's headers did not arrive within "
                    + TimeUnit.NANOSECONDS.toMillis(requestTimeoutNanos) + " ms.", null, false);
            out.flush();
            return false;
        }
        Exchange ex;
        try {
            ex = new Exchange(socket, request, in, out);
        } catch (Refusal r) {
            writeEnvelope(out, r.status, r.code, r.getMessage(), request, false);
            out.flush();
            return false;
        }
        try {
            handler.handle(ex);
        } catch (RequestTimeout t) {
            if (!ex.sent) {
                writeEnvelope(out, 408, "RequestTimeout", "The request's body did not arrive within "
                        + TimeUnit.NANOSECONDS.toMillis(requestTimeoutNanos) + " ms.", request, false);
                out.flush();
            }
            return false;
        } catch (IOException e) {
            return false;
        } catch (RuntimeException | Error e) {
            System.err.println("emulator: the handler failed on " + request.method + ": " + e);
            if (!ex.sent) {
                writeEnvelope(out, 500, "InternalServerError", "The emulator failed to handle the request.", request,
                        false);
                out.flush();
            }
            return false;
        }
        if (ex.abandoned) {
            return false;
        }
        if (!ex.sent) {
            writeEnvelope(out, 500, "InternalServerError", "The emulator did not answer the request.", request, false);
            out.flush();
            return false;
        }
        ex.finish();
        return ex.keepAlive && ex.body.atEnd() && !closed;
    }

    /**
     * Stops sending, then reads and discards what the client still sends, for at most {@value #DRAIN_MS} ms and
     * {@value #DRAIN_BYTES} bytes: closing with unread data would reset the connection and could destroy the
     * answer before the client reads it. Nothing read here is kept.
     */
    private static void lingeringClose(Socket socket, InputStream in) {
        try {
            if (!(socket instanceof SSLSocket)) {
                socket.shutdownOutput();
            }
            socket.setSoTimeout(DRAIN_MS);
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(DRAIN_MS);
            byte[] sink = new byte[8192];
            long drained = 0;
            while (drained < DRAIN_BYTES && System.nanoTime() < until) {
                int n = socket.getInputStream().read(sink);
                if (n < 0) {
                    break;
                }
                drained += n;
            }
        } catch (IOException ignored) {
            // timed out or reset: the drain is best effort
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    // ---------------------------------------------------------------- request head

    private static final class Request {
        String method;
        URI uri;
        String version;
        final Headers headers = new Headers();
    }

    /** A request this server refuses itself, answered with the ARM error envelope. */
    private static final class Refusal extends IOException {
        private static final long serialVersionUID = 1L;
        final int status;
        final String code;

        Refusal(int status, String code, String message) {
            super(message, null);
            this.status = status;
            this.code = code;
        }
    }

    /** The request (line, headers or body) did not arrive before its deadline. */
    static final class RequestTimeout extends IOException {
        private static final long serialVersionUID = 1L;

        RequestTimeout() {
            super("the request did not arrive in time");
        }
    }

    private static Request readHead(InputStream in) throws IOException {
        String line = readLine(in, MAX_REQUEST_LINE, 414, "RequestUriTooLong", "The request line is longer than "
                + MAX_REQUEST_LINE + " bytes.");
        while (line.isEmpty()) {
            // RFC 9112 2.2: a server should ignore at least one empty line before the request line.
            line = readLine(in, MAX_REQUEST_LINE, 414, "RequestUriTooLong", "The request line is too long.");
        }
        String[] parts = line.split(" ", -1);
        if (parts.length != 3 || parts[0].isEmpty() || !parts[0].chars().allMatch(LoopbackHttpServer::tokenChar)) {
            throw new Refusal(400, "BadRequest", "The request line is not 'METHOD target HTTP/1.1'.");
        }
        Request r = new Request();
        r.method = parts[0];
        r.version = parts[2];
        if (!r.version.startsWith("HTTP/1.")) {
            throw new Refusal(505, "HttpVersionNotSupported", "Only HTTP/1.1 is served; the request used '"
                    + r.version + "'.");
        }
        try {
            r.uri = new URI(parts[1]);
        } catch (URISyntaxException e) {
            throw new Refusal(400, "InvalidRequestUri", "The request URI is not valid: " + e.getReason()
                    + (e.getIndex() >= 0 ? " at index " + e.getIndex() : "") + ".");
        }
        if (r.uri.isOpaque() || r.uri.getRawPath() == null) {
            throw new Refusal(400, "InvalidRequestUri", "The request URI has no path.");
        }
        int total = 0;
        while (true) {
            String h = readLine(in, MAX_HEADER_BYTES, 431, "RequestHeaderFieldsTooLarge", "A request header is "
                    + "longer than " + MAX_HEADER_BYTES + " bytes.");
            if (h.isEmpty()) {
                return r;
            }
            total += h.length();
            if (total > MAX_HEADER_BYTES || r.headers.size() >= MAX_HEADERS) {
                throw new Refusal(431, "RequestHeaderFieldsTooLarge", "The request headers exceed "
                        + MAX_HEADER_BYTES + " bytes or " + MAX_HEADERS + " fields.");
            }
            int colon = h.indexOf(':');
            if (colon <= 0 || h.charAt(0) == ' ' || h.charAt(0) == '\t'
                    || !h.substring(0, colon).chars().allMatch(LoopbackHttpServer::tokenChar)) {
                throw new Refusal(400, "BadRequest", "A request header is malformed.");
            }
            r.headers.add(h.substring(0, colon), h.substring(colon + 1).trim());
        }
    }

    private static boolean tokenChar(int c) {
        return c > 32 && c < 127 && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0;
    }

    /** One line without its CR LF, as ISO-8859-1 (HTTP's header charset). */
    private static String readLine(InputStream in, int limit, int status, String code, String message)
            throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the connection ended inside the request head");
            }
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, len, StandardCharsets.ISO_8859_1);
            }
            if (line.size() >= limit) {
                throw new Refusal(status, code, message);
            }
            line.write(b);
        }
    }

    // ---------------------------------------------------------------- envelope

    private static void writeEnvelope(OutputStream out, int status, String code, String message, Request request,
                                      boolean keepAlive) throws IOException {
        ObjectNode body = Json.obj();
        ObjectNode error = body.putObject("error");
        error.put("code", code);
        error.put("message", message);
        byte[] bytes = Json.MAPPER.writeValueAsBytes(body);
        String correlation = request == null ? null : request.headers.getFirst("x-ms-correlation-request-id");
        StringBuilder head = new StringBuilder(256);
        head.append("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
        head.append("Date: ").append(HTTP_DATE.format(ZonedDateTime.now(ZoneOffset.UTC))).append("\r\n");
        head.append("x-ms-request-id: ").append(UUID.randomUUID()).append("\r\n");
        head.append("x-ms-correlation-request-id: ")
                .append(correlation == null || correlation.isBlank() ? UUID.randomUUID() : correlation).append("\r\n");
        head.append("Cache-Control: no-cache\r\n");
        head.append("Content-Type: application/json; charset=utf-8\r\n");
        head.append("Content-Length: ").append(bytes.length).append("\r\n");
        head.append("Connection: ").append(keepAlive ? "keep-alive" : "close").append("\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(bytes);
    }

    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(100, "Continue"), Map.entry(200, "OK"), Map.entry(201, "Created"), Map.entry(202, "Accepted"),
            Map.entry(204, "No Content"), Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"),
            Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"),
            Map.entry(408, "Request Timeout"), Map.entry(409, "Conflict"), Map.entry(413, "Content Too Large"),
            Map.entry(414, "URI Too Long"), Map.entry(429, "Too Many Requests"),
            Map.entry(431, "Request Header Fields Too Large"), Map.entry(500, "Internal Server Error"),
            Map.entry(501, "Not Implemented"), Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"),
            Map.entry(504, "Gateway Timeout"), Map.entry(505, "HTTP Version Not Supported"));

    static String reason(int status) {
        return REASONS.getOrDefault(status, "Status " + status);
    }

    // ---------------------------------------------------------------- deadline-guarded input

    /** The socket's input, each read bounded by the current request's deadline (an idle deadline between requests). */
    private static final class DeadlineInput extends InputStream {
        private final Socket socket;
        private final InputStream raw;
        long deadline;
        boolean idle;

        DeadlineInput(Socket socket) throws IOException {
            this.socket = socket;
            this.raw = socket.getInputStream();
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new RequestTimeout();
            }
            socket.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, TimeUnit.NANOSECONDS.toMillis(left))));
            try {
                return raw.read(b, off, len);
            } catch (SocketTimeoutException e) {
                throw new RequestTimeout();
            }
        }
    }

    // ---------------------------------------------------------------- request body

    /** The request body, read from the socket only when the handler reads it. */
    private abstract static class Body extends InputStream {
        final InputStream in;
        private Runnable beforeFirstRead;
        boolean end;

        Body(InputStream in) {
            this.in = in;
        }

        void beforeFirstRead(Runnable action) {
            this.beforeFirstRead = action;
        }

        boolean atEnd() {
            return end;
        }

        void started() {
            if (beforeFirstRead != null) {
                Runnable action = beforeFirstRead;
                beforeFirstRead = null;
                action.run();
            }
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public void close() {
            // Unlike the JDK server, closing does not drain: an unread body stays unread (the connection closes).
        }
    }

    private static final class FixedBody extends Body {
        private long left;

        FixedBody(InputStream in, long length) {
            super(in);
            this.left = length;
            this.end = length == 0;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left == 0) {
                end = true;
                return -1;
            }
            started();
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n < 0) {
                throw new IOException("the connection ended inside the request body");
            }
            left -= n;
            end = left == 0;
            return n;
        }
    }

    private static final class ChunkedBody extends Body {
        private long chunkLeft;

        ChunkedBody(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (end) {
                return -1;
            }
            started();
            if (chunkLeft == 0) {
                String size = readLine(in, 1024, 400, "BadRequest", "A chunk size line is too long.");
                int semi = size.indexOf(';');
                try {
                    chunkLeft = Long.parseLong((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
                } catch (NumberFormatException e) {
                    throw new IOException("a malformed chunk size");
                }
                if (chunkLeft < 0) {
                    throw new IOException("a malformed chunk size");
                }
                if (chunkLeft == 0) {
                    while (!readLine(in, MAX_HEADER_BYTES, 431, "RequestHeaderFieldsTooLarge", "trailer too long")
                            .isEmpty()) {
                        // trailers carry nothing the emulator reads
                    }
                    end = true;
                    return -1;
                }
            }
            int n = in.read(b, off, (int) Math.min(len, chunkLeft));
            if (n < 0) {
                throw new IOException("the connection ended inside the request body");
            }
            chunkLeft -= n;
            if (chunkLeft == 0 && !readLine(in, 2, 400, "BadRequest", "chunk not followed by CRLF").isEmpty()) {
                throw new IOException("a chunk not followed by CRLF");
            }
            return n;
        }
    }

    // ---------------------------------------------------------------- exchange

    /** The JDK's {@link HttpExchange} over one request of this server. */
    private final class Exchange extends HttpExchange {
        private final Socket socket;
        private final Request request;
        private final OutputStream out;
        final Body body;
        private final Headers responseHeaders = new Headers();
        private final Map<String, Object> attributes = new HashMap<>();
        private final boolean head;
        boolean keepAlive;
        boolean sent;
        boolean abandoned;
        private int status = -1;
        private final ResponseBody responseBody;

        Exchange(Socket socket, Request request, InputStream in, OutputStream out) throws Refusal {
            this.socket = socket;
            this.request = request;
            this.out = out;
            this.head = request.method.equals("HEAD");
            this.responseBody = new ResponseBody(out, head);
            String connection = String.join(",", request.headers.getOrDefault("Connection", List.of()))
                    .toLowerCase(Locale.ROOT);
            this.keepAlive = request.version.equals("HTTP/1.1") ? !connection.contains("close")
                    : connection.contains("keep-alive");
            List<String> te = request.headers.get("Transfer-Encoding");
            List<String> cl = request.headers.get("Content-Length");
            if (te != null) {
                if (cl != null || !String.join(",", te).trim().toLowerCase(Locale.ROOT).endsWith("chunked")) {
                    throw new Refusal(400, "BadRequest", "The request's body framing is not supported: "
                            + "Transfer-Encoding must end with 'chunked' and comes without Content-Length.");
                }
                this.body = new ChunkedBody(in);
            } else if (cl != null) {
                long length;
                try {
                    length = cl.stream().map(String::trim).distinct().mapToLong(Long::parseLong).reduce((a, b) -> -1)
                            .orElse(-1);
                } catch (NumberFormatException e) {
                    length = -1;
                }
                if (length < 0) {
                    throw new Refusal(400, "BadRequest", "The request's Content-Length is not valid.");
                }
                this.body = new FixedBody(in, length);
            } else {
                this.body = new FixedBody(in, 0);
            }
            String expect = request.headers.getFirst("Expect");
            if (expect != null && expect.equalsIgnoreCase("100-continue")) {
                // Sent only when the handler starts reading: a request refused before then never gets it.
                body.beforeFirstRead(() -> {
                    try {
                        out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                        out.flush();
                    } catch (IOException ignored) {
                        // the body read that follows fails with the real cause
                    }
                });
            }
        }

        @Override
        public Headers getRequestHeaders() {
            return request.headers;
        }

        @Override
        public Headers getResponseHeaders() {
            return responseHeaders;
        }

        @Override
        public URI getRequestURI() {
            return request.uri;
        }

        @Override
        public String getRequestMethod() {
            return request.method;
        }

        @Override
        public HttpContext getHttpContext() {
            return null;
        }

        @Override
        public void close() {
            if (!sent) {
                // As the JDK server: closing without an answer drops the connection (the "drop" fault relies on it).
                abandoned = true;
                closeQuietly(socket);
                return;
            }
            try {
                finish();
            } catch (IOException e) {
                abandoned = true;
                closeQuietly(socket);
            }
        }

        void finish() throws IOException {
            responseBody.finish();
            out.flush();
        }

        @Override
        public InputStream getRequestBody() {
            return body;
        }

        @Override
        public OutputStream getResponseBody() {
            return responseBody;
        }

        @Override
        public void sendResponseHeaders(int rCode, long responseLength) throws IOException {
            if (sent) {
                throw new IOException("headers already sent");
            }
            sent = true;
            status = rCode;
            boolean noBody = head || rCode == 204 || rCode == 304 || responseLength == -1;
            // An unread request body cannot be skipped reliably: answer, then close (see lingeringClose).
            if (!body.atEnd()) {
                keepAlive = false;
            }
            StringBuilder h = new StringBuilder(512);
            h.append("HTTP/1.1 ").append(rCode).append(' ').append(reason(rCode)).append("\r\n");
            h.append("Date: ").append(HTTP_DATE.format(ZonedDateTime.now(ZoneOffset.UTC))).append("\r\n");
            for (Map.Entry<String, List<String>> e : responseHeaders.entrySet()) {
                String name = e.getKey();
                if (name.equalsIgnoreCase("Content-Length") || name.equalsIgnoreCase("Transfer-Encoding")
                        || name.equalsIgnoreCase("Connection") || name.equalsIgnoreCase("Date")) {
                    continue;
                }
                for (String v : e.getValue()) {
                    h.append(name).append(": ").append(v).append("\r\n");
                }
            }
            long length;
            if (responseLength > 0) {
                h.append("Content-Length: ").append(responseLength).append("\r\n");
                length = head ? 0 : responseLength;
            } else if (responseLength == 0 && !noBody) {
                h.append("Transfer-Encoding: chunked\r\n");
                length = -1;
            } else {
                if (rCode != 204 && rCode != 304) {
                    h.append("Content-Length: 0\r\n");
                }
                length = 0;
            }
            h.append("Connection: ").append(keepAlive ? "keep-alive" : "close").append("\r\n\r\n");
            out.write(h.toString().getBytes(StandardCharsets.ISO_8859_1));
            responseBody.arm(length);
            if (length == 0) {
                out.flush();
            }
        }

        @Override
        public InetSocketAddress getRemoteAddress() {
            return (InetSocketAddress) socket.getRemoteSocketAddress();
        }

        @Override
        public int getResponseCode() {
            return status;
        }

        @Override
        public InetSocketAddress getLocalAddress() {
            return (InetSocketAddress) socket.getLocalSocketAddress();
        }

        @Override
        public String getProtocol() {
            return request.version;
        }

        @Override
        public Object getAttribute(String name) {
            return attributes.get(name);
        }

        @Override
        public void setAttribute(String name, Object value) {
            attributes.put(name, value);
        }

        @Override
        public void setStreams(InputStream i, OutputStream o) {
            throw new UnsupportedOperationException("filters are not used by the emulator");
        }

        @Override
        public com.sun.net.httpserver.HttpPrincipal getPrincipal() {
            return null;
        }

        /**
         * The response body: fixed length ({@code >= 0}), chunked ({@code -1}), or not yet allowed ({@code -2},
         * before {@code sendResponseHeaders}); a HEAD answer discards what is written.
         */
        private final class ResponseBody extends OutputStream {
            private final OutputStream out;
            private final boolean discard;
            private long left = -2;
            private boolean chunked;
            private boolean finished;

            ResponseBody(OutputStream out, boolean discard) {
                this.out = out;
                this.discard = discard;
            }

            void arm(long length) {
                chunked = length == -1;
                left = length;
            }

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (left == -2) {
                    throw new IOException("sendResponseHeaders must be called before the body is written");
                }
                if (finished) {
                    throw new IOException("the response body is closed");
                }
                if (len == 0 || discard) {
                    return;
                }
                if (chunked) {
                    out.write((Integer.toHexString(len) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.write(b, off, len);
                    out.write(new byte[] {'\r', '\n'});
                    return;
                }
                if (len > left) {
                    throw new IOException("the response body is longer than its Content-Length");
                }
                out.write(b, off, len);
                left -= len;
            }

            @Override
            public void flush() throws IOException {
                out.flush();
            }

            @Override
            public void close() throws IOException {
                finish();
            }

            void finish() throws IOException {
                if (finished || left == -2) {
                    return;
                }
                finished = true;
                if (chunked) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                } else if (left > 0) {
                    // Shorter than announced: the client must not wait for the rest on a kept-alive connection.
                    keepAlive = false;
                    abandoned = true;
                    out.flush();
                    closeQuietly(socket);
                    return;
                }
                out.flush();
            }
        }
    }

}
