package dev.computedesk.ui.ssh;

import dev.computedesk.domain.ssh.SshTarget;
import dev.computedesk.domain.text.Language;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.ui.ssh.ReachabilityProbe.Outcome;
import dev.computedesk.ui.ssh.ReachabilityProbe.Reachability;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The SSH helper explains in Korean; the commands and paths it names stay as typed. */
class SshTextsInKoreanTest {

    @AfterEach
    void backToEnglish() {
        Messages.use(Language.ENGLISH);
    }

    @Test
    void connectionTestOutcomesAreSaidInKoreanWithTheAddressUnchanged() {
        Messages.use(Language.KOREAN);
        SshTarget target = SshTarget.of("azureuser", "20.1.2.3", 50000);
        assertThat(SshConnectionTestSection.describe(new Reachability(Outcome.REACHABLE, Duration.ofMillis(42), ""),
                target, Duration.ofSeconds(5))).isEqualTo("연결 가능: 20.1.2.3:50000에서 연결을 수락했습니다(42ms).");
        assertThat(SshConnectionTestSection.describe(new Reachability(Outcome.TIMED_OUT, Duration.ofSeconds(5), ""),
                target, Duration.ofSeconds(5))).startsWith("시간 초과: 5초 안에 20.1.2.3:50000에서 응답이 없습니다.");
    }

    @Test
    void keyPathWarningsNameTheSshOptionsAsTheyAre() {
        Messages.use(Language.KOREAN);
        assertThat(SshKeySection.keyWarning("/home/u/.ssh/id_rsa.pub")).contains("ssh -i", ".pub", "프라이빗 키");
        assertThat(SshKeySection.leftOutWarning()).contains("~/.ssh/config", "IdentityFile");
    }
}
