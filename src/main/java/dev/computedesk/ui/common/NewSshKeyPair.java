package dev.computedesk.ui.common;

import dev.computedesk.domain.ssh.SshKeys;
import dev.computedesk.files.AtomicWrite;

import java.io.IOException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;

/**
 * The one way the app makes a new SSH key pair, shared by the create forms' SSH section and the SSH helper: an RSA
 * 4096 pair, the private key written to the file the user chose, readable by the user only, and the public key as
 * the OpenSSH line Azure takes. Runs in a background task (key generation takes a second or more).
 */
public final class NewSshKeyPair {
    private NewSshKeyPair() {
    }

    /**
     * Generates the pair, saves the private key to {@code privateKeyFile} (replaced atomically, owner-only) and
     * returns the public key's OpenSSH line with {@code comment}.
     */
    public static String generateAndSave(Path privateKeyFile, String comment, CancellationToken token)
            throws IOException {
        KeyPair pair = SshKeys.generateRsa();
        token.throwIfCancelled();
        AtomicWrite.replace(privateKeyFile, SshKeys.privateKeyFile((RSAPrivateCrtKey) pair.getPrivate()),
                AtomicWrite.Protection.secret());
        return SshKeys.openSshPublicKey((RSAPublicKey) pair.getPublic(), comment);
    }
}
