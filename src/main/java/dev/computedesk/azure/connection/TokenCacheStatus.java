package dev.computedesk.azure.connection;

import dev.computedesk.domain.text.Messages;

/**
 * Whether sign-in tokens persist in the OS keychain between runs.
 *
 * @param persistent true when azure-identity's persistent cache (OS keychain) is usable
 * @param message    what to show the user, e.g. "tokens kept in memory only: no keychain (libsecret) available"
 */
public record TokenCacheStatus(boolean persistent, String message) {
    /** The persistent case. */
    public static TokenCacheStatus keychain(String where) {
        return new TokenCacheStatus(true, Messages.get("net.tokens.keychain", where));
    }

    /** The in-memory case, with the reason. */
    public static TokenCacheStatus memoryOnly(String reason) {
        return new TokenCacheStatus(false, Messages.get("net.tokens.memoryOnly", reason));
    }
}
