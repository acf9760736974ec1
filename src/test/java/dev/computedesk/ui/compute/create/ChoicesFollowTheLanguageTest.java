package dev.computedesk.ui.compute.create;

import dev.computedesk.azure.model.AksProperties;
import dev.computedesk.azure.model.AksSettings;
import dev.computedesk.azure.model.AmlComputeProperties;
import dev.computedesk.azure.model.AmlComputeSettings;
import dev.computedesk.azure.model.VirtualMachineProperties;
import dev.computedesk.azure.model.VirtualMachineSshCredentials;
import dev.computedesk.domain.compute.ClusterPurpose;
import dev.computedesk.domain.quota.VmPriority;
import dev.computedesk.domain.text.Language;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.ui.common.ComputeFormKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forms' choices are values, not texts (issue 17): a form built while Korean is in use shows English once
 * English is, and sends ARM the same request in either language. Before, the choices were strings read from the
 * bundle when their class loaded, so a Korean test that loaded a form first left every later English test
 * comparing against Korean texts.
 */
@Timeout(60)
class ChoicesFollowTheLanguageTest {
    /** A {@code static final} field of any type whose initializer reads the bundle: read once, in one language. */
    private static final Pattern BUNDLE_CONSTANT =
            Pattern.compile("static\\s+final\\s+[\\w<>,.?\\s]+?\\s+(\\w+)\\s*=[^;]*?Messages\\.get\\(");

    private final FormTestSupport support = new FormTestSupport();

    @AfterEach
    void english() {
        Messages.use(Language.ENGLISH);
        support.close();
    }

    @Test
    void aClusterFormBuiltInKoreanShowsEnglishChoicesAfterTheSwitchAndSendsTheSameRequest() {
        Messages.use(Language.KOREAN);
        ComputeClusterFormViewModel korean = new ComputeClusterFormViewModel(support.services());
        support.executor.runAll();
        assertThat(korean.tiers()).extracting(ComputeClusterFormViewModel::tierLabel)
                .containsExactly("전용", "낮은 우선 순위");
        assertThat(korean.ssh().keySources()).extracting(SshSection.KeySource::label)
                .containsExactly("기존 공개 키 사용", "새 키 쌍 생성", "암호");
        lowPriorityWithAPassword(korean);
        String sentInKorean = Documents.json(korean.buildRequest(SecretMode.SEND));

        Messages.use(Language.ENGLISH);
        assertThat(korean.tiers()).extracting(ComputeClusterFormViewModel::tierLabel)
                .containsExactly("Dedicated", "Low priority");
        assertThat(korean.ssh().keySources()).extracting(SshSection.KeySource::label)
                .containsExactly("Use existing public key", "Generate new key pair", "Password");
        assertThat(korean.tierProperty().get()).isEqualTo(VmPriority.LOW_PRIORITY);
        assertThat(korean.ssh().keySourceProperty().get()).isEqualTo(SshSection.KeySource.PASSWORD);

        ComputeClusterFormViewModel english = new ComputeClusterFormViewModel(support.services());
        support.executor.runAll();
        lowPriorityWithAPassword(english);
        assertThat(english.canCreateProperty().get()).isTrue();
        AmlComputeSettings sent = ((AmlComputeProperties) english.buildRequest(SecretMode.SEND).properties())
                .properties();
        assertThat(sent.vmPriority()).isEqualTo("LowPriority");
        assertThat(sent.userAccountCredentials().adminUserPassword()).isEqualTo("S3cret-Passw0rd");
        assertThat(sent.userAccountCredentials().adminUserSshPublicKey()).isNull();
        assertThat(Documents.json(english.buildRequest(SecretMode.SEND))).isEqualTo(sentInKorean);
    }

    private void lowPriorityWithAPassword(ComputeClusterFormViewModel form) {
        form.tierProperty().set(VmPriority.LOW_PRIORITY);
        form.name().set("cluster-lang");
        support.run();
        form.ssh().enabledProperty().set(true);
        form.ssh().keySourceProperty().set(SshSection.KeySource.PASSWORD);
        form.ssh().password().set("S3cret-Passw0rd");
    }

    @Test
    void anAksFormBuiltInKoreanSendsTheArmValuesOfItsChoices() {
        Messages.use(Language.KOREAN);
        AksFormViewModel form = new AksFormViewModel(support.services());
        support.executor.runAll();
        assertThat(form.purposes()).extracting(AksFormViewModel::purposeLabel).containsExactly("프로덕션", "개발-테스트");
        assertThat(form.sslModes()).extracting(AksFormViewModel.Ssl::label)
                .containsExactly("사용 안 함", "Microsoft 인증서", "사용자 지정 인증서");
        form.purposeProperty().set(ClusterPurpose.DEV_TEST);
        form.sslProperty().set(AksFormViewModel.Ssl.MICROSOFT);
        form.leafDomainLabel().set("scoring");

        Messages.use(Language.ENGLISH);
        assertThat(form.modes()).extracting(AksFormViewModel.Mode::label).containsExactly("Create new", "Use existing");
        assertThat(form.networks()).extracting(AksFormViewModel.Network::label).containsExactly("Basic", "Advanced");
        assertThat(form.purposes()).extracting(AksFormViewModel::purposeLabel).containsExactly("Production", "Dev-test");
        assertThat(form.sslModes()).extracting(AksFormViewModel.Ssl::label)
                .containsExactly("Disabled", "Microsoft certificate", "Custom certificate");
        AksSettings sent = ((AksProperties) form.buildRequest(SecretMode.SEND).properties()).properties();
        assertThat(sent.clusterPurpose()).isEqualTo("DevTest");
        assertThat(sent.sslConfiguration().status()).isEqualTo("Auto");
        assertThat(sent.sslConfiguration().leafDomainLabel()).isEqualTo("scoring");
    }

    @Test
    void anAttachFormBuiltInKoreanSendsThePasswordChosen() {
        Messages.use(Language.KOREAN);
        AttachFormViewModel form = new AttachFormViewModel(support.services(), ComputeFormKind.VIRTUAL_MACHINE);
        support.executor.runAll();
        assertThat(form.authModes()).extracting(AttachFormViewModel.Auth::label).containsExactly("암호", "SSH 개인 키");
        form.authProperty().set(AttachFormViewModel.Auth.PASSWORD);
        form.password().set("Vm-Passw0rd!");

        Messages.use(Language.ENGLISH);
        assertThat(form.authModes()).extracting(AttachFormViewModel.Auth::label)
                .containsExactly("Password", "SSH private key");
        VirtualMachineSshCredentials sent = ((VirtualMachineProperties) form.buildRequest(SecretMode.SEND)
                .properties()).properties().administratorAccount();
        assertThat(sent.password()).isEqualTo("Vm-Passw0rd!");
        assertThat(sent.privateKeyData()).isNull();
    }

    @Test
    void theCustomApplicationPresetsAndTheInstanceKeySourcesAreNamedWhenShown() {
        Messages.use(Language.KOREAN);
        assertThat(CustomApplicationEditor.Preset.RSTUDIO.label()).isEqualTo("RStudio(오픈 소스)");
        assertThat(SshSection.KeySource.LATER.label()).isEqualTo("나중에 SSH 키 설정");
        Messages.use(Language.ENGLISH);
        assertThat(CustomApplicationEditor.Preset.RSTUDIO.label()).isEqualTo("RStudio (open source)");
        assertThat(SshSection.KeySource.LATER.label()).isEqualTo("Set up an SSH key later");
    }

    @Test
    void everyChoiceIsNamedFromTheBundleInThePseudoLocale() {
        Messages.use(Language.PSEUDO);
        List<String> labels = new ArrayList<>();
        Stream.of(SshSection.KeySource.values()).map(SshSection.KeySource::label).forEach(labels::add);
        Stream.of(AksFormViewModel.Mode.values()).map(AksFormViewModel.Mode::label).forEach(labels::add);
        Stream.of(AksFormViewModel.Network.values()).map(AksFormViewModel.Network::label).forEach(labels::add);
        Stream.of(AksFormViewModel.Ssl.values()).map(AksFormViewModel.Ssl::label).forEach(labels::add);
        Stream.of(AttachFormViewModel.Auth.values()).map(AttachFormViewModel.Auth::label).forEach(labels::add);
        Stream.of(CustomApplicationEditor.Preset.values()).map(CustomApplicationEditor.Preset::label)
                .forEach(labels::add);
        Stream.of(VmPriority.values()).map(ComputeClusterFormViewModel::tierLabel).forEach(labels::add);
        Stream.of(ClusterPurpose.FAST_PROD, ClusterPurpose.DEV_TEST).map(AksFormViewModel::purposeLabel)
                .forEach(labels::add);
        assertThat(labels).hasSize(20).allMatch(label -> label.startsWith("\u27e6") && label.endsWith("\u27e7"))
                .contains("\u27e6Low priority\u27e7", "\u27e6Set up an SSH key later\u27e7");
    }

    @Test
    void noConstantOfTheCodeIsReadFromTheBundle() throws IOException {
        List<String> constants = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = BUNDLE_CONSTANT.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!matcher.group().contains("->")) {
                        constants.add(file.getFileName() + " " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(constants).as("static final fields read from the bundle once, in the language of the first "
                + "class to load them (read the text when it is shown instead)").isEmpty();
    }
}
