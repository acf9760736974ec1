package dev.computedesk.ui.ssh;

import dev.computedesk.domain.ssh.SshKeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;

import static org.assertj.core.api.Assertions.assertThat;

/** The pasted public key of the create forms: both accepted formats, a message per failure, shown once touched. */
class SshPublicKeyFieldViewModelTest {
    private static String openSsh;
    private static String rfc4716;

    @BeforeAll
    static void makeKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        RSAPublicKey key = (RSAPublicKey) generator.generateKeyPair().getPublic();
        openSsh = SshKeys.openSshPublicKey(key, "ana@laptop");
        String base64 = SshKeys.sshPublicKey(key, "").base64();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < base64.length(); i += 70) {
            body.append(base64, i, Math.min(base64.length(), i + 70)).append("\r\n");
        }
        rfc4716 = "---- BEGIN SSH2 PUBLIC KEY ----\r\nComment: \"ana@laptop\"\r\n" + body
                + "---- END SSH2 PUBLIC KEY ----\r\n";
    }

    @Test
    void anUntouchedEmptyFieldIsInvalidWithoutAMessage() {
        SshPublicKeyFieldViewModel field = new SshPublicKeyFieldViewModel();

        assertThat(field.validProperty().get()).isFalse();
        assertThat(field.messageProperty().get()).isEmpty();

        field.markTouched();
        assertThat(field.messageProperty().get()).isEqualTo("Paste a public key");
    }

    @Test
    void acceptsTheOpenSshLine() {
        SshPublicKeyFieldViewModel field = new SshPublicKeyFieldViewModel();

        field.textProperty().set("  " + openSsh + "\n");

        assertThat(field.validProperty().get()).isTrue();
        assertThat(field.messageProperty().get()).isEmpty();
        assertThat(field.openSshLine()).isEqualTo(openSsh);
    }

    @Test
    void acceptsPuttygensRfc4716AndSendsTheOpenSshLine() {
        SshPublicKeyFieldViewModel field = new SshPublicKeyFieldViewModel();

        field.textProperty().set(rfc4716);

        assertThat(field.validProperty().get()).isTrue();
        assertThat(field.openSshLine()).isEqualTo(openSsh);
    }

    @Test
    void saysWhatIsWrongAsTheUserTypes() {
        SshPublicKeyFieldViewModel field = new SshPublicKeyFieldViewModel();

        field.textProperty().set("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl a@b");
        assertThat(field.validProperty().get()).isFalse();
        assertThat(field.messageProperty().get()).startsWith("Azure Machine Learning accepts RSA keys (ssh-rsa) only");

        field.textProperty().set("-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----");
        assertThat(field.messageProperty().get())
                .isEqualTo("This is a private key. Paste the public key (the .pub file)");

        field.textProperty().set("ssh-rsa not*base64");
        assertThat(field.messageProperty().get())
                .isEqualTo("The key text is damaged: it is not valid base64. Copy the whole key again");
        assertThat(field.openSshLine()).isEmpty();

        field.textProperty().set(openSsh);
        assertThat(field.messageProperty().get()).isEmpty();
    }
}
