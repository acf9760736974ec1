package dev.computedesk.domain.ssh;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * An RSA public key in SSH terms (the only type Azure Machine Learning accepts).
 *
 * @param exponent the public exponent e
 * @param modulus  the modulus n
 * @param comment  the comment after the key ("" when none)
 */
public record SshPublicKey(BigInteger exponent, BigInteger modulus, String comment) {

    /** The SSH key type. */
    public static final String TYPE = "ssh-rsa";

    /** Validates. */
    public SshPublicKey {
        Objects.requireNonNull(exponent, "exponent");
        Objects.requireNonNull(modulus, "modulus");
        comment = comment == null ? "" : comment.strip();
    }

    /** The modulus size in bits. */
    public int bits() {
        return modulus.bitLength();
    }

    /** The SSH wire encoding: string "ssh-rsa", mpint e, mpint n. */
    public byte[] blob() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeString(out, TYPE.getBytes(StandardCharsets.US_ASCII));
        // BigInteger.toByteArray is two's complement, minimal, with a leading 0 when the top bit is set: an SSH mpint.
        writeString(out, exponent.toByteArray());
        writeString(out, modulus.toByteArray());
        return out.toByteArray();
    }

    /** The base64 of {@link #blob()}. */
    public String base64() {
        return Base64.getEncoder().encodeToString(blob());
    }

    /** The OpenSSH single line ({@code ssh-rsa AAAA… comment}) that ARM's {@code adminPublicKey} takes. */
    public String toOpenSshLine() {
        return TYPE + " " + base64() + (comment.isEmpty() ? "" : " " + comment);
    }

    private static void writeString(ByteArrayOutputStream out, byte[] value) {
        int n = value.length;
        out.write(n >>> 24);
        out.write(n >>> 16);
        out.write(n >>> 8);
        out.write(n);
        out.write(value, 0, n);
    }
}
