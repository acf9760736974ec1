package dev.computedesk.domain.ssh;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAKeyGenParameterSpec;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * Generates the key pair of "Generate new key pair" and gives its private key the form of Studio's
 * download: RSA 4096, an unencrypted PKCS#1 PEM file ({@code -----BEGIN RSA PRIVATE KEY-----})
 * readable by OpenSSH and PuTTYgen. The file is written owner-only and atomically by the caller, through
 * {@code files/AtomicWrite.Protection.secret()} (domain code does no file handling).
 *
 * <p>The private key is a secret: it is written only where the user chose, never logged, and not
 * kept by the app after saving.
 */
public final class SshKeys {

    /** Key size of generated keys. */
    public static final int RSA_BITS = 4096;

    private static final String PEM_BEGIN = "-----BEGIN RSA PRIVATE KEY-----";
    private static final String PEM_END = "-----END RSA PRIVATE KEY-----";

    private SshKeys() {
    }

    /** A new RSA 4096 key pair with exponent 65537. */
    public static KeyPair generateRsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(new RSAKeyGenParameterSpec(RSA_BITS, RSAKeyGenParameterSpec.F4), new SecureRandom());
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            // Every Java SE runtime must provide RSA key generation.
            throw new IllegalStateException("RSA key generation is not available", e);
        }
    }

    /** The public key as the SSH record; its {@link SshPublicKey#toOpenSshLine()} is the {@code .pub} line. */
    public static SshPublicKey sshPublicKey(RSAPublicKey key, String comment) {
        return new SshPublicKey(key.getPublicExponent(), key.getModulus(), comment);
    }

    /** The OpenSSH public key line: {@code ssh-rsa AAAA… comment}. */
    public static String openSshPublicKey(RSAPublicKey key, String comment) {
        return sshPublicKey(key, comment).toOpenSshLine();
    }

    /** The private key as an unencrypted PKCS#1 PEM text, 64 base64 characters a line, {@code \n} line ends. */
    public static String toPkcs1Pem(RSAPrivateCrtKey key) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (BigInteger value : new BigInteger[] {BigInteger.ZERO, key.getModulus(), key.getPublicExponent(),
                key.getPrivateExponent(), key.getPrimeP(), key.getPrimeQ(), key.getPrimeExponentP(),
                key.getPrimeExponentQ(), key.getCrtCoefficient()}) {
            writeDer(body, 0x02, value.toByteArray());
        }
        ByteArrayOutputStream sequence = new ByteArrayOutputStream();
        writeDer(sequence, 0x30, body.toByteArray());
        String base64 = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(sequence.toByteArray());
        return PEM_BEGIN + "\n" + base64 + "\n" + PEM_END + "\n";
    }

    /**
     * The bytes of the private key file: {@link #toPkcs1Pem} in US-ASCII. The caller writes them owner-only
     * ({@code files/AtomicWrite.Protection.secret()}), where the user chose.
     */
    public static byte[] privateKeyFile(RSAPrivateCrtKey key) {
        return toPkcs1Pem(key).getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Reads a PKCS#1 PEM private key (as {@link #toPkcs1Pem} writes).
     *
     * @throws IllegalArgumentException when the text is not one
     */
    public static RSAPrivateCrtKey fromPkcs1Pem(String pem) {
        String text = pem.strip();
        if (!text.startsWith(PEM_BEGIN) || !text.endsWith(PEM_END)) {
            throw new IllegalArgumentException("Not a PKCS#1 RSA private key");
        }
        byte[] der = Base64.getMimeDecoder().decode(text.substring(PEM_BEGIN.length(), text.length() - PEM_END.length()));
        DerReader outer = new DerReader(der);
        DerReader fields = new DerReader(outer.read(0x30));
        BigInteger[] v = new BigInteger[9];
        for (int i = 0; i < v.length; i++) {
            v[i] = new BigInteger(fields.read(0x02));
        }
        if (v[0].signum() != 0) {
            throw new IllegalArgumentException("Only two-prime RSA keys (version 0) are supported");
        }
        try {
            return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new RSAPrivateCrtKeySpec(v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not a valid RSA private key", e);
        }
    }

    /** The public half of a private key (modulus and public exponent). */
    public static RSAPublicKey publicKeyOf(RSAPrivateCrtKey key) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }

    private static void writeDer(ByteArrayOutputStream out, int tag, byte[] content) {
        out.write(tag);
        int length = content.length;
        if (length < 0x80) {
            out.write(length);
        } else {
            int bytes = length > 0xFFFFFF ? 4 : length > 0xFFFF ? 3 : length > 0xFF ? 2 : 1;
            out.write(0x80 | bytes);
            for (int shift = (bytes - 1) * 8; shift >= 0; shift -= 8) {
                out.write(length >>> shift);
            }
        }
        out.write(content, 0, content.length);
    }

    /** Just enough DER to read back a PKCS#1 key: tag, definite length, content. */
    private static final class DerReader {
        private final byte[] data;
        private int at;

        DerReader(byte[] data) {
            this.data = data;
        }

        byte[] read(int expectedTag) {
            if (at + 2 > data.length || (data[at] & 0xFF) != expectedTag) {
                throw new IllegalArgumentException("Unexpected DER structure");
            }
            at++;
            int length = data[at++] & 0xFF;
            if (length >= 0x80) {
                int bytes = length & 0x7F;
                if (bytes == 0 || bytes > 4 || at + bytes > data.length) {
                    throw new IllegalArgumentException("Unsupported DER length");
                }
                length = 0;
                for (int i = 0; i < bytes; i++) {
                    length = (length << 8) | (data[at++] & 0xFF);
                }
            }
            if (length < 0 || at + length > data.length) {
                throw new IllegalArgumentException("Truncated DER");
            }
            byte[] content = new byte[length];
            System.arraycopy(data, at, content, 0, length);
            at += length;
            return content;
        }
    }
}
