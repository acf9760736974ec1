package dev.computedesk.domain.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Each rejected public-key format with its message. */
class SshPublicKeysTest {

    private static String message(String text) {
        return SshPublicKeys.validate(text).message();
    }

    private static byte[] sshString(byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(value.length >>> 24);
        out.write(value.length >>> 16);
        out.write(value.length >>> 8);
        out.write(value.length);
        out.write(value, 0, value.length);
        return out.toByteArray();
    }

    private static String base64(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.write(part, 0, part.length);
        }
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }

    private static final String ED25519 = "ssh-ed25519 " + base64(sshString("ssh-ed25519".getBytes(StandardCharsets.US_ASCII)),
            sshString(new byte[32])) + " me@host";

    @Test
    void empty() {
        assertThat(message("")).isEqualTo("Paste a public key");
        assertThat(message(" \n ")).isEqualTo("Paste a public key");
        assertThat(message(null)).isEqualTo("Paste a public key");
    }

    @Test
    void privateKeysAreRecognised() {
        String expected = "This is a private key. Paste the public key (the .pub file)";
        assertThat(message("-----BEGIN RSA PRIVATE KEY-----\nMIIE...\n-----END RSA PRIVATE KEY-----")).isEqualTo(expected);
        assertThat(message("-----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbn...\n-----END OPENSSH PRIVATE KEY-----"))
                .isEqualTo(expected);
        assertThat(message("PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none")).isEqualTo(expected);
        assertThat(message("---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nabc")).isEqualTo(expected);
    }

    @Test
    void unknownFormats() {
        String expected = "This is not a public key. Paste the line that starts with ssh-rsa, or the SSH2 key that "
                + "starts with ---- BEGIN SSH2 PUBLIC KEY ----";
        assertThat(message("hello world")).isEqualTo(expected);
        assertThat(message("-----BEGIN PUBLIC KEY-----\nMIIBIjAN\n-----END PUBLIC KEY-----")).isEqualTo(expected);
        assertThat(message("ssh-rsa")).isEqualTo(expected);
    }

    @Test
    void otherKeyTypesAreRefusedSayingWhy() {
        assertThat(message(ED25519)).isEqualTo("Azure Machine Learning accepts RSA keys (ssh-rsa) only, and this is an "
                + "ssh-ed25519 key. Create one with: ssh-keygen -t rsa -b 4096");
        assertThat(message("ecdsa-sha2-nistp256 AAAAE2VjZHNh")).isEqualTo("Azure Machine Learning accepts RSA keys "
                + "(ssh-rsa) only, and this is an ecdsa-sha2-nistp256 key. Create one with: ssh-keygen -t rsa -b 4096");
    }

    @Test
    void brokenBase64() {
        assertThat(message("ssh-rsa AAAA$$$not-base64 me")).isEqualTo(
                "The key text is damaged: it is not valid base64. Copy the whole key again");
    }

    @Test
    void truncatedOrMismatchedKeyData() {
        String damaged = "The key text is damaged: it does not hold a complete ssh-rsa key. Copy the whole key again";
        assertThat(message("ssh-rsa AAAAB3NzaC1yc2EAAAADAQAB")).isEqualTo(damaged);
        // The line says ssh-rsa but the data is an ed25519 key.
        assertThat(message("ssh-rsa " + ED25519.split(" ")[1])).isEqualTo("Azure Machine Learning accepts RSA keys "
                + "(ssh-rsa) only, and this is an ssh-ed25519 key. Create one with: ssh-keygen -t rsa -b 4096");
    }

    @Test
    void rsaKeysUnder2048BitsAreTooShort() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        RSAPublicKey small = (RSAPublicKey) generator.generateKeyPair().getPublic();
        assertThat(message(SshKeys.openSshPublicKey(small, "old")))
                .isEqualTo("This RSA key has 1024 bits; use a key of at least 2048 bits");
        // Exactly 2048 bits is enough (the parser checks the size, not the primes).
        SshPublicKey edge = new SshPublicKey(BigInteger.valueOf(65537), BigInteger.ONE.shiftLeft(2047).add(BigInteger.ONE), "");
        assertThat(SshPublicKeys.validate(edge.toOpenSshLine()).isValid()).isTrue();
    }

    @Test
    void rfc4716WithoutEnd() {
        assertThat(message("---- BEGIN SSH2 PUBLIC KEY ----\nAAAAB3NzaC1yc2E")).isEqualTo(
                "The SSH2 key has no ---- END SSH2 PUBLIC KEY ---- line. Copy the whole key again");
    }

    @Test
    void severalKeys() {
        assertThat(message("ssh-rsa AAAA a\nssh-rsa BBBB b")).isEqualTo("Paste one public key only");
    }
}
