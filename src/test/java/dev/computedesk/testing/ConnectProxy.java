package dev.computedesk.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An HTTP proxy on 127.0.0.1 for tests: answers {@code CONNECT host:port} by opening a tunnel to that address (only
 * 127.0.0.1 is accepted) and copying bytes both ways, as a company proxy does for HTTPS. With a user and password it
 * first asks for them ({@code 407} with {@code Proxy-Authenticate: Basic}). Records every request line and the
 * {@code Proxy-Authorization} headers it saw.
 */
public final class ConnectProxy implements AutoCloseable {
    private final ServerSocket server;
    private final String expectedAuthorization;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "test-connect-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    private ConnectProxy(String user, String password) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.expectedAuthorization = user == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        threads.execute(this::acceptLoop);
    }

    /** A proxy that asks for no credentials. */
    public static ConnectProxy open() throws IOException {
        return new ConnectProxy(null, null);
    }

    /** A proxy that answers {@code 407} until it gets {@code user} and {@code password} (Basic). */
    public static ConnectProxy requiring(String user, String password) throws IOException {
        return new ConnectProxy(user, password);
    }

    /** {@code http://127.0.0.1:PORT}. */
    public String url() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    /** The request lines received, e.g. {@code CONNECT 127.0.0.1:4711 HTTP/1.1}. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** The {@code Proxy-Authorization} values received. */
    public List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                threads.execute(() -> serve(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            List<String> head = readHead(in);
            if (head.isEmpty()) {
                return;
            }
            String requestLine = head.get(0);
            requests.add(requestLine);
            String authorization = head.stream().filter(h -> h.toLowerCase().startsWith("proxy-authorization:"))
                    .map(h -> h.substring(h.indexOf(':') + 1).strip()).findFirst().orElse(null);
            if (authorization != null) {
                authorizations.add(authorization);
            }
            if (expectedAuthorization != null && !expectedAuthorization.equals(authorization)) {
                out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test\"\r\n"
                        + "Content-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                return;
            }
            String[] parts = requestLine.split(" ");
            if (!parts[0].equals("CONNECT") || !parts[1].startsWith("127.0.0.1:")) {
                out.write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                return;
            }
            try (Socket target = new Socket(InetAddress.getLoopbackAddress(),
                    Integer.parseInt(parts[1].substring(parts[1].indexOf(':') + 1)))) {
                out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                threads.execute(() -> copy(in, target));
                copy(target.getInputStream(), client);
            }
        } catch (IOException ended) {
            // the client or the target closed the connection
        }
    }

    private static void copy(InputStream from, Socket to) {
        try {
            from.transferTo(to.getOutputStream());
            to.shutdownOutput();
        } catch (IOException ended) {
            // one side closed
        }
    }

    private static List<String> readHead(InputStream in) throws IOException {
        List<String> lines = new java.util.ArrayList<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.US_ASCII).stripTrailing();
                if (text.isEmpty()) {
                    return lines;
                }
                lines.add(text);
                line.reset();
            } else {
                line.write(b);
            }
        }
        return lines;
    }

    @Override
    public void close() throws IOException {
        server.close();
        threads.shutdownNow();
    }
}
