package dev.computedesk.azure.connection;

import java.time.OffsetDateTime;

/**
 * What the device-code dialog shows: the code to type at the verification URL (with a Copy button), and the
 * identity provider's own message.
 *
 * @param userCode        the code the user types
 * @param verificationUrl where to type it (e.g. {@code https://microsoft.com/devicelogin})
 * @param expiresOn       when the code expires
 * @param message         the provider's instruction text
 */
public record DeviceCodeInfo(String userCode, String verificationUrl, OffsetDateTime expiresOn, String message) {
}
