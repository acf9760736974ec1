package dev.computedesk.azure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The signed-in identity, read from the ARM access token's claims (no Microsoft Graph call).
 *
 * @param objectId the {@code oid} claim: compared with {@code createdBy.userId} and assigned users
 * @param tenantId the {@code tid} claim
 * @param name     the {@code name} claim (falls back to {@code upn}, {@code preferred_username}, {@code appid})
 */
public record Principal(String objectId, String tenantId, String name) {

    /**
     * Decodes the payload of a JWT access token. The signature is not checked: the token came from the identity
     * provider (or the emulator) through the credential, and is only read for display and "me" comparisons.
     *
     * @throws IllegalArgumentException when the token is not a JWT with an {@code oid} claim
     */
    public static Principal fromAccessToken(String jwt) {
        String[] parts = jwt == null ? new String[0] : jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("The access token is not a JWT");
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(parts[1].replaceAll("=+$", ""));
            JsonNode claims = new ObjectMapper().readTree(new String(payload, StandardCharsets.UTF_8));
            String oid = text(claims, "oid");
            if (oid == null) {
                throw new IllegalArgumentException("The access token has no oid claim");
            }
            String name = text(claims, "name");
            for (String alt : new String[] {"upn", "preferred_username", "unique_name", "appid"}) {
                if (name == null) {
                    name = text(claims, alt);
                }
            }
            return new Principal(oid, text(claims, "tid"), name);
        } catch (java.io.IOException | IllegalArgumentException e) {
            if (e instanceof IllegalArgumentException && e.getMessage() != null
                    && e.getMessage().startsWith("The access token")) {
                throw (IllegalArgumentException) e;
            }
            throw new IllegalArgumentException("The access token's claims cannot be read", null);
        }
    }

    private static String text(JsonNode claims, String field) {
        JsonNode n = claims.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
