package dev.computedesk.domain.validation;

import dev.computedesk.domain.text.Messages;

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
            return ValidationResult.error(Messages.get("domain.proxyUrl.required"));
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            return ValidationResult.error(Messages.get("domain.proxyUrl.notUrl"));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return ValidationResult.error(Messages.get("domain.proxyUrl.scheme"));
        }
        if (uri.getHost() == null) {
            return ValidationResult.error(Messages.get("domain.proxyUrl.host"));
        }
        if (uri.getRawUserInfo() != null) {
            return ValidationResult.error(Messages.get("domain.proxyUrl.userInfo"));
        }
        if (uri.getPort() < 1) {
            return ValidationResult.error(Messages.get("domain.proxyUrl.port"));
        }
        if ((uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/"))
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return ValidationResult.error(Messages.get("domain.proxyUrl.path"));
        }
        return ValidationResult.ok();
    }
}
