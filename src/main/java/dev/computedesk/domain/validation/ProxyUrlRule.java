package dev.computedesk.domain.validation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A manual proxy's URL: {@code http://host:port} or {@code https://host:port} (what Java's and azure-core's proxy
 * options take: a scheme, a host and a port), with no path, query or credentials (a password typed here would be
 * stored in the settings file, which never holds a secret).
 */
public final class ProxyUrlRule implements TextRule {

    @Override
    public ValidationResult validate(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return ValidationResult.error("Enter the proxy's URL, such as http://proxy.example.com:8080.");
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            return ValidationResult.error("This is not a URL. Use the form http://proxy.example.com:8080.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return ValidationResult.error("Start with http:// or https://, such as http://proxy.example.com:8080.");
        }
        if (uri.getHost() == null) {
            return ValidationResult.error("Give the proxy's host name, such as http://proxy.example.com:8080.");
        }
        if (uri.getRawUserInfo() != null) {
            return ValidationResult.error("Leave the user name and password out: the settings file never holds a"
                    + " password.");
        }
        if (uri.getPort() < 1) {
            return ValidationResult.error("Add the proxy's port, such as :8080.");
        }
        if ((uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/"))
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return ValidationResult.error("A proxy URL has no path or query: only the scheme, host and port.");
        }
        return ValidationResult.ok();
    }
}
