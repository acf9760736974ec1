package dev.computedesk.ui.ssh;

import dev.computedesk.domain.text.Messages;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;

/** The real check: a plain TCP connect with a timeout; nothing is sent, so no SSH handshake or key is involved. */
public final class SocketReachabilityProbe implements ReachabilityProbe {

    @Override
    public Reachability probe(String host, int port, Duration timeout) {
        long start = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) Math.max(1, timeout.toMillis()));
            return result(Outcome.REACHABLE, start, "");
        } catch (SocketTimeoutException timedOut) {
            return result(Outcome.TIMED_OUT, start, message(timedOut));
        } catch (ConnectException refused) {
            // A refusal names itself; other ConnectExceptions (e.g. timed out at the OS level) say so too.
            String text = message(refused);
            Outcome outcome = text.toLowerCase(Locale.ROOT).contains("timed out")
                    ? Outcome.TIMED_OUT : Outcome.REFUSED;
            return result(outcome, start, text);
        } catch (UnknownHostException unknown) {
            return result(Outcome.UNREACHABLE, start, Messages.get("ssh.code.test.unknownHost", message(unknown)));
        } catch (IOException other) {
            return result(Outcome.UNREACHABLE, start, message(other));
        }
    }

    private static Reachability result(Outcome outcome, long startNanos, String detail) {
        return new Reachability(outcome, Duration.ofNanos(System.nanoTime() - startNanos), detail);
    }

    private static String message(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
