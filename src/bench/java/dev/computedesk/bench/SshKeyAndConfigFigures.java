package dev.computedesk.bench;

import dev.computedesk.domain.ssh.SshConfigEntry;
import dev.computedesk.domain.ssh.SshKeys;
import dev.computedesk.domain.ssh.SshTarget;
import dev.computedesk.files.AtomicWrite;
import dev.computedesk.ui.ssh.SshConfigFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateCrtKey;
import java.time.Clock;
import java.util.Arrays;

/**
 * Figures behind the SSH helper's background work: RSA 4096 generation plus owner-only save ("Generate new key
 * pair"), and writing one host into a {@code ~/.ssh/config} that already holds 500 managed hosts. Run:
 * {@code ./mvnw -B -q -Pbench test-compile exec:java -Dexec.mainClass=dev.computedesk.bench.SshKeyAndConfigFigures}.
 */
public final class SshKeyAndConfigFigures {

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("ssh-figures");
        long[] generate = new long[7];
        for (int i = 0; i < generate.length; i++) {
            long start = System.nanoTime();
            KeyPair pair = SshKeys.generateRsa();
            AtomicWrite.replace(dir.resolve("k" + i + ".pem"), SshKeys.privateKeyFile((RSAPrivateCrtKey) pair.getPrivate()),
                    AtomicWrite.Protection.secret());
            generate[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(generate);
        System.out.println("RSA 4096 generate+save ms: min " + generate[0] + ", median " + generate[generate.length / 2]
                + ", max " + generate[generate.length - 1]);

        SshConfigFile config = new SshConfigFile(dir, Clock.systemDefaultZone());
        for (int i = 0; i < 500; i++) {
            config.write(SshConfigEntry.of("ws-host-" + i, SshTarget.of("azureuser", "20.0.0." + (i % 250), 50000 + i),
                    null));
        }
        long[] write = new long[21];
        for (int i = 0; i < write.length; i++) {
            long start = System.nanoTime();
            config.write(SshConfigEntry.of("ws-host-250", SshTarget.of("azureuser", "20.9.9." + (i % 250), 50250),
                    null));
            write[i] = (System.nanoTime() - start) / 1_000;
        }
        Arrays.sort(write);
        System.out.println("write 1 host into a 500-host block (backup + atomic move) us: median "
                + write[write.length / 2] + ", max " + write[write.length - 1] + "; file "
                + Files.size(config.configFile()) + " bytes");
    }
}
