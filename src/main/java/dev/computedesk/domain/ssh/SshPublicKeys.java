package dev.computedesk.domain.ssh;

import dev.computedesk.domain.text.Messages;

import dev.computedesk.domain.validation.ValidationResult;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Parses and validates a public key pasted into a create form, in the two accepted formats:
 * OpenSSH single line ({@code ssh-rsa AAAA… [comment]}) and RFC 4716
 * ({@code ---- BEGIN SSH2 PUBLIC KEY ----} with headers such as {@code Comment: "…"} and
 * {@code \} continuation lines, as PuTTYgen and {@code ssh-keygen -e} write).
 *
 * <p>Azure Machine Learning takes RSA keys only: its API describes {@code adminPublicKey} as "the
 * SSH rsa public key" and Studio's form accepts RSA keys. So ed25519 and ECDSA keys are recognised
 * and refused with a message that says so, and RSA keys need at least 2048 bits.
 */
public final class SshPublicKeys {

    /** Fewest RSA bits accepted. */
    public static final int MIN_RSA_BITS = 2048;

    private static final String BEGIN_SSH2 = "---- BEGIN SSH2 PUBLIC KEY ----";
    private static final String END_SSH2 = "---- END SSH2 PUBLIC KEY ----";
    private static final Set<String> OTHER_SSH_TYPES = Set.of("ssh-ed25519", "ssh-dss", "ecdsa-sha2-nistp256",
            "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521", "sk-ssh-ed25519@openssh.com",
            "sk-ecdsa-sha2-nistp256@openssh.com", "ssh-ed448");

    /**
     * The outcome of parsing: a key, or the message for the label under the field.
     *
     * @param key        the key when valid
     * @param validation ok, or the first problem
     */
    public record Result(Optional<SshPublicKey> key, ValidationResult validation) {

        static Result of(SshPublicKey key) {
            return new Result(Optional.of(key), ValidationResult.ok());
        }

        static Result error(String message) {
            return new Result(Optional.empty(), ValidationResult.error(message));
        }

        /** The OpenSSH line to send to ARM, when valid. */
        public Optional<String> openSshLine() {
            return key.map(SshPublicKey::toOpenSshLine);
        }
    }

    private SshPublicKeys() {
    }

    /** Validates {@code text}; see {@link #parse(String)}. */
    public static ValidationResult validate(String text) {
        return parse(text).validation();
    }

    /**
     * Parses a pasted public key. RFC 4716 input is normalised to the OpenSSH line
     * ({@link Result#openSshLine()}), keeping its {@code Comment} header as the comment.
     */
    public static Result parse(String text) {
        if (text == null || text.isBlank()) {
            return Result.error(Messages.get("domain.sshKey.empty"));
        }
        String trimmed = text.strip();
        if (looksPrivate(trimmed)) {
            return Result.error(Messages.get("domain.sshKey.privateKey"));
        }
        if (trimmed.startsWith(BEGIN_SSH2)) {
            return parseRfc4716(trimmed);
        }
        List<String> lines = nonBlankLines(trimmed);
        if (lines.size() > 1) {
            int keyLines = 0;
            for (String line : lines) {
                String first = line.strip().split("\\s+", 2)[0];
                if (first.equals(SshPublicKey.TYPE) || OTHER_SSH_TYPES.contains(first)) {
                    keyLines++;
                }
            }
            return Result.error(keyLines > 1 ? Messages.get("domain.sshKey.severalKeys") : Messages.get("domain.sshKey.unknownFormat"));
        }
        return parseOpenSsh(trimmed);
    }

    private static Result parseOpenSsh(String line) {
        String[] parts = line.split("\\s+", 3);
        String type = parts[0];
        if (OTHER_SSH_TYPES.contains(type)) {
            return Result.error(notRsa(type));
        }
        if (!type.equals(SshPublicKey.TYPE) || parts.length < 2) {
            return Result.error(Messages.get("domain.sshKey.unknownFormat"));
        }
        byte[] blob;
        try {
            blob = Base64.getDecoder().decode(parts[1]);
        } catch (IllegalArgumentException notBase64) {
            return Result.error(Messages.get("domain.sshKey.brokenBase64"));
        }
        return fromBlob(blob, parts.length == 3 ? parts[2] : "");
    }

    private static Result parseRfc4716(String text) {
        List<String> lines = nonBlankLines(text);
        int end = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(END_SSH2)) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return Result.error(Messages.get("domain.sshKey.noEnd"));
        }
        String comment = "";
        StringBuilder body = new StringBuilder();
        boolean inHeaders = true;
        for (int i = 1; i < end; i++) {
            String line = lines.get(i).strip();
            if (inHeaders && line.contains(":")) {
                // A header, possibly continued on the next lines while each ends with '\'.
                StringBuilder header = new StringBuilder(line);
                while (header.length() > 0 && header.charAt(header.length() - 1) == '\\' && i + 1 < end) {
                    header.setLength(header.length() - 1);
                    header.append(lines.get(++i).strip());
                }
                int colon = header.indexOf(":");
                String tag = header.substring(0, colon).strip();
                String value = header.substring(colon + 1).strip();
                if (tag.equalsIgnoreCase("Comment")) {
                    comment = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                            ? value.substring(1, value.length() - 1) : value;
                }
                continue;
            }
            inHeaders = false;
            body.append(line);
        }
        byte[] blob;
        try {
            blob = Base64.getDecoder().decode(body.toString());
        } catch (IllegalArgumentException notBase64) {
            return Result.error(Messages.get("domain.sshKey.brokenBase64"));
        }
        if (blob.length == 0) {
            return Result.error(Messages.get("domain.sshKey.damaged"));
        }
        return fromBlob(blob, comment);
    }

    /** Decodes the SSH wire format: string type, then for ssh-rsa mpint e, mpint n, and nothing more. */
    private static Result fromBlob(byte[] blob, String comment) {
        ByteBuffer in = ByteBuffer.wrap(blob);
        byte[] typeBytes = readString(in);
        if (typeBytes == null) {
            return Result.error(Messages.get("domain.sshKey.damaged"));
        }
        String type = new String(typeBytes, StandardCharsets.US_ASCII);
        if (!type.equals(SshPublicKey.TYPE)) {
            return Result.error(OTHER_SSH_TYPES.contains(type) ? notRsa(type) : Messages.get("domain.sshKey.damaged"));
        }
        byte[] e = readString(in);
        byte[] n = readString(in);
        if (e == null || n == null || in.hasRemaining() || e.length == 0 || n.length == 0) {
            return Result.error(Messages.get("domain.sshKey.damaged"));
        }
        BigInteger exponent = new BigInteger(e);
        BigInteger modulus = new BigInteger(n);
        if (exponent.signum() <= 0 || modulus.signum() <= 0) {
            return Result.error(Messages.get("domain.sshKey.damaged"));
        }
        if (modulus.bitLength() < MIN_RSA_BITS) {
            return Result.error(Messages.get("domain.sshKey.tooShort", String.valueOf(modulus.bitLength()),
                    String.valueOf(MIN_RSA_BITS)));
        }
        return Result.of(new SshPublicKey(exponent, modulus, comment));
    }

    private static byte[] readString(ByteBuffer in) {
        if (in.remaining() < 4) {
            return null;
        }
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            return null;
        }
        byte[] value = new byte[length];
        in.get(value);
        return value;
    }

    private static String notRsa(String type) {
        return Messages.get("domain.sshKey.notRsa", type);
    }

    private static boolean looksPrivate(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        return upper.contains("PRIVATE KEY-----") || upper.contains("PRIVATE KEY ----")
                || upper.startsWith("PUTTY-USER-KEY-FILE-");
    }

    private static List<String> nonBlankLines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\r\n|\r|\n")) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        return lines;
    }
}
