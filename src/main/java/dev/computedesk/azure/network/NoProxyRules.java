package dev.computedesk.azure.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The hosts reached without a proxy: the {@code NO_PROXY} list as curl reads it ({@code *} for all; a host or
 * domain, with or without a leading dot, matching itself and its subdomains; an IP address; each optionally with
 * {@code :port}), and always the loopback interface.
 */
final class NoProxyRules {
    private final boolean all;
    private final List<String[]> entries;

    private NoProxyRules(boolean all, List<String[]> entries) {
        this.all = all;
        this.entries = entries;
    }

    /** The rules of a {@code NO_PROXY} value (null or blank: none). */
    static NoProxyRules parse(String value) {
        boolean all = false;
        List<String[]> entries = new ArrayList<>();
        for (String raw : value == null ? new String[0] : value.split("[,\\s]+")) {
            String entry = raw.strip().toLowerCase(Locale.ROOT);
            if (entry.isEmpty()) {
                continue;
            }
            if (entry.equals("*")) {
                all = true;
                continue;
            }
            String port = null;
            int colon = entry.lastIndexOf(':');
            if (colon > 0 && entry.indexOf(':') == colon && entry.substring(colon + 1).matches("\\d+")) {
                port = entry.substring(colon + 1);
                entry = entry.substring(0, colon);
            }
            entries.add(new String[] {entry.startsWith(".") ? entry.substring(1) : entry, port});
        }
        return new NoProxyRules(all, List.copyOf(entries));
    }

    /** True when {@code host:port} is to be reached directly under these rules. */
    boolean bypasses(String host, int port) {
        if (all) {
            return true;
        }
        String h = bare(host);
        for (String[] entry : entries) {
            boolean hostMatches = h.equals(entry[0]) || h.endsWith("." + entry[0]);
            if (hostMatches && (entry[1] == null || entry[1].equals(Integer.toString(port)))) {
                return true;
            }
        }
        return false;
    }

    /** {@code localhost} (and its subdomains), {@code 127.0.0.0/8} and {@code ::1}: this machine. */
    static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = bare(host);
        return h.equals("localhost") || h.endsWith(".localhost") || h.matches("127(\\.\\d{1,3}){3}")
                || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1");
    }

    private static String bare(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }
}
