package dev.computedesk.azure.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.net.URL;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes secrets from what is logged or recorded: JSON values under secret-looking names (passwords, keys,
 * tokens, connection strings, kube configs, certificates) and anything that looks like a JWT or a bearer value.
 * Headers and query parameters in the HTTP log are azure-core's to redact ({@link PipelineFactory#logOptions()});
 * the activity log shows a path with its api-version only ({@link #pathForLog}).
 */
public final class Redaction {
    /** What a redacted value becomes. */
    public static final String MASK = "********";

    private static final String[] SECRET_SUFFIXES = {"password", "secret", "token", "key", "keydata",
        "connectionstring", "kubeconfig", "cert", "certificate", "signature", "sastoken",
        "authorization", "cookie"};
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*");
    private static final Pattern BEARER = Pattern.compile("(?i)bearer\\s+[A-Za-z0-9._~+/=-]+");
    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN [A-Z ]+-----[\\s\\S]*?-----END [A-Z ]+-----");

    private Redaction() {
    }

    /**
     * True when a JSON field of this name may hold a secret: names ending in password, secret, token, key, key data,
     * connection string, kube config, cert(ificate), signature, SAS token or authorization. Public keys
     * are not secrets and are kept.
     */
    public static boolean isSecretName(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
        if (n.endsWith("publickey") || n.endsWith("publickeydata")) {
            return false;
        }
        for (String suffix : SECRET_SUFFIXES) {
            if (n.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** A copy of {@code node} with secret-named values and JWT-looking strings masked. */
    public static JsonNode redact(JsonNode node) {
        if (node == null) {
            return null;
        }
        JsonNode copy = node.deepCopy();
        walk(copy);
        return copy;
    }

    private static void walk(JsonNode node) {
        if (node instanceof ObjectNode) {
            ObjectNode obj = (ObjectNode) node;
            Iterator<Map.Entry<String, JsonNode>> it = obj.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                if (isSecretName(e.getKey()) && !v.isNull() && !v.isBoolean() && !v.isNumber()) {
                    e.setValue(TextNode.valueOf(MASK));
                } else if (v.isTextual()) {
                    e.setValue(TextNode.valueOf(redactText(v.asText())));
                } else {
                    walk(v);
                }
            }
        } else if (node instanceof ArrayNode) {
            ArrayNode arr = (ArrayNode) node;
            for (int i = 0; i < arr.size(); i++) {
                JsonNode v = arr.get(i);
                if (v.isTextual()) {
                    arr.set(i, TextNode.valueOf(redactText(v.asText())));
                } else {
                    walk(v);
                }
            }
        }
    }

    /** Masks JWTs, bearer values and PEM blocks inside free text. */
    public static String redactText(String text) {
        if (text == null) {
            return null;
        }
        String t = JWT.matcher(text).replaceAll(MASK);
        t = BEARER.matcher(t).replaceAll("Bearer " + MASK);
        return PEM.matcher(t).replaceAll(MASK);
    }

    /** The path for the activity log: the URL path and its api-version only. */
    public static String pathForLog(URL url) {
        String q = filterQuery(url.getQuery(), Set.of("api-version"));
        return q.isEmpty() ? url.getPath() : url.getPath() + "?" + q;
    }

    /** A failure's text for the activity log: its type and redacted message. */
    public static String failureText(Throwable failure) {
        String msg = failure.getMessage();
        return failure.getClass().getSimpleName() + (msg == null ? "" : ": " + redactText(msg));
    }

    private static String filterQuery(String query, Set<String> allowed) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String decoded = java.net.URLDecoder.decode(name, java.nio.charset.StandardCharsets.UTF_8)
                    .toLowerCase(Locale.ROOT);
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(allowed.contains(decoded) ? pair : name + "=" + MASK);
        }
        return sb.toString();
    }
}
