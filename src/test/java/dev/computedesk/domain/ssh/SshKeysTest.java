package dev.computedesk.domain.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SshKeysTest {

    private static KeyPair pair;
    private static RSAPublicKey publicKey;
    private static RSAPrivateCrtKey privateKey;


    @BeforeAll
    static void generateOnce() {
        // RSA 4096 generation takes a moment: share one pair across the tests.
        pair = SshKeys.generateRsa();
        publicKey = (RSAPublicKey) pair.getPublic();
        privateKey = (RSAPrivateCrtKey) pair.getPrivate();
    }

    @Test
    void generatesRsa4096() {
        assertThat(publicKey.getModulus().bitLength()).isEqualTo(4096);
        assertThat(publicKey.getPublicExponent().intValue()).isEqualTo(65537);
    }

    @Test
    void publicKeyLineHasTheExactWireEncodingAndParses() {
        String line = SshKeys.openSshPublicKey(publicKey, "ana@laptop");
        assertThat(line).startsWith("ssh-rsa AAAAB3NzaC1yc2EAAAADAQAB").endsWith(" ana@laptop");
        byte[] blob = Base64.getDecoder().decode(line.split(" ")[1]);
        // string "ssh-rsa" (length 7), mpint e = 65537 (length 3), mpint n (4096 bits + sign byte = 513).
        assertThat(Arrays.copyOfRange(blob, 0, 11)).isEqualTo(new byte[] {0, 0, 0, 7, 's', 's', 'h', '-', 'r', 's', 'a'});
        assertThat(Arrays.copyOfRange(blob, 11, 18)).isEqualTo(new byte[] {0, 0, 0, 3, 1, 0, 1});
        assertThat(Arrays.copyOfRange(blob, 18, 23)).isEqualTo(new byte[] {0, 0, 2, 1, 0});
        assertThat(blob).hasSize(23 + 512);

        SshPublicKeys.Result parsed = SshPublicKeys.parse(line);
        assertThat(parsed.validation().isValid()).isTrue();
        SshPublicKey key = parsed.key().orElseThrow();
        assertThat(key.modulus()).isEqualTo(publicKey.getModulus());
        assertThat(key.exponent()).isEqualTo(publicKey.getPublicExponent());
        assertThat(key.comment()).isEqualTo("ana@laptop");
        assertThat(key.bits()).isEqualTo(4096);
        assertThat(parsed.openSshLine()).contains(line);
    }

    @Test
    void privateKeyPemIsPkcs1AndMatchesThePublicKey() throws Exception {
        String pem = SshKeys.toPkcs1Pem(privateKey);
        String[] lines = pem.split("\n");
        assertThat(lines[0]).isEqualTo("-----BEGIN RSA PRIVATE KEY-----");
        assertThat(lines[lines.length - 1]).isEqualTo("-----END RSA PRIVATE KEY-----");
        for (int i = 1; i < lines.length - 1; i++) {
            assertThat(lines[i].length()).isLessThanOrEqualTo(64);
        }
        // The JDK's PKCS#8 encoding ends with the same PKCS#1 structure: an independent check of the DER.
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        byte[] pkcs8 = privateKey.getEncoded();
        assertThat(Arrays.copyOfRange(pkcs8, pkcs8.length - der.length, pkcs8.length)).isEqualTo(der);

        RSAPrivateCrtKey reread = SshKeys.fromPkcs1Pem(pem);
        RSAPublicKey derived = SshKeys.publicKeyOf(reread);
        assertThat(derived.getModulus()).isEqualTo(publicKey.getModulus());
        assertThat(derived.getPublicExponent()).isEqualTo(publicKey.getPublicExponent());
        assertThat(reread.getPrivateExponent()).isEqualTo(privateKey.getPrivateExponent());

        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(reread);
        signer.update("hello".getBytes(StandardCharsets.US_ASCII));
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(publicKey);
        verifier.update("hello".getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(signature)).isTrue();
    }

    @Test
    void rfc4716KeyNormalisesToTheOpenSshLine() {
        String base64 = SshKeys.sshPublicKey(publicKey, "").base64();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < base64.length(); i += 70) {
            body.append(base64, i, Math.min(base64.length(), i + 70)).append("\r\n");
        }
        String puttygen = "---- BEGIN SSH2 PUBLIC KEY ----\r\n"
                + "Comment: \"rsa-key-20261124\"\r\n"
                + "x-Note: a header that goes on \\\r\n"
                + "over two lines\r\n"
                + body
                + "---- END SSH2 PUBLIC KEY ----\r\n";
        SshPublicKeys.Result parsed = SshPublicKeys.parse(puttygen);
        assertThat(parsed.validation().message()).isEmpty();
        assertThat(parsed.openSshLine()).contains("ssh-rsa " + base64 + " rsa-key-20261124");
    }
}
