package dev.computedesk.ui.compute.create;

import com.fasterxml.jackson.databind.JsonNode;
import dev.computedesk.azure.model.ComputeInstanceProperties;
import dev.computedesk.azure.model.ComputeInstanceSettings;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.CustomService;
import dev.computedesk.azure.model.SshPublicKey;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.emulator.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The instance form's create options: custom applications, SSO, root access and the SSH key sources. */
@org.junit.jupiter.api.Timeout(60)
class ComputeInstanceOptionsTest {
    private final FormTestSupport support = new FormTestSupport();
    private final ComputeInstanceFormViewModel form = new ComputeInstanceFormViewModel(support.services());
    private final CustomApplicationsSection apps = form.customApplications();
    private final CustomApplicationEditor editor = apps.editor();

    @BeforeEach
    void load() {
        support.executor.runAll();
        form.name().set("ci-options");
        support.run();
    }

    @AfterEach
    void close() {
        support.close();
    }

    private static ComputeInstanceSettings settings(ComputeResource request) {
        return ((ComputeInstanceProperties) request.properties()).properties();
    }

    private ComputeResource created() {
        form.submit();
        support.run();
        support.finishOperations();
        assertThat(form.errorProperty().get()).isNull();
        return support.emulator.connection().computes().get(support.emulator.demoWorkspace(), "ci-options");
    }

    private void addApplication(String name, String image, String target, String published) {
        apps.add();
        editor.name().set(name);
        editor.image().set(image);
        editor.targetPort().set(target);
        editor.publishedPort().set(published);
        editor.addEndpoint();
        apps.save();
    }

    @Test
    void anApplicationNeedsANameAnImageAndAnEndpointAndSaysSoUnderEachField() {
        apps.add();
        assertThat(form.canCreateProperty().get()).as("an open editor holds the step").isFalse();
        assertThat(apps.messageProperty().get()).isEqualTo("Save or cancel the application you are editing");
        apps.save();
        assertThat(apps.editingProperty().get()).isTrue();
        assertThat(editor.name().shownMessageProperty().get()).isEqualTo("Enter the application's name");
        assertThat(editor.image().shownMessageProperty().get()).startsWith("Enter the Docker image");
        assertThat(editor.endpointsCheck().shownMessageProperty().get()).startsWith("Add at least one endpoint");

        editor.targetPort().set("80");
        editor.publishedPort().set("65535");
        editor.addEndpoint();
        assertThat(editor.endpoints()).isEmpty();
        assertThat(editor.targetPort().shownMessageProperty().get())
                .isEqualTo("Use a port from 1026 to 65534 (Azure ML's CLI and SDK refuse others)");
        assertThat(editor.publishedPort().shownMessageProperty().get()).startsWith("Use a port from 1026");
        editor.targetPort().set("eighty");
        assertThat(editor.targetPort().shownMessageProperty().get()).isEqualTo("Enter a whole number");

        editor.name().set("tensorboard");
        editor.image().set("tensorflow/tensorflow:latest");
        editor.targetPort().set("6006");
        editor.publishedPort().set("6006");
        apps.save();
        assertThat(apps.editingProperty().get()).as("the endpoint typed but not added is added, not lost").isFalse();
        assertThat(apps.applications()).singleElement().satisfies(app -> {
            assertThat(app.endpoints()).containsExactly(CustomService.Endpoint.http("connect", 6006, 6006));
            assertThat(app.docker().privileged()).isTrue();
        });
        assertThat(form.canCreateProperty().get()).isTrue();
    }

    @Test
    void namesAndPublishedPortsAreUniqueAcrossTheInstancesApplications() {
        addApplication("tensorboard", "tensorflow/tensorflow:latest", "6006", "6006");
        apps.add();
        editor.name().set("TensorBoard");
        assertThat(editor.name().shownMessageProperty().get())
                .isEqualTo("Another application of this instance is named 'TensorBoard'");
        editor.targetPort().set("7000");
        editor.publishedPort().set("6006");
        assertThat(editor.publishedPort().shownMessageProperty().get()).startsWith("Port 6006 is already published");
        apps.cancel();
        assertThat(apps.applications()).hasSize(1);

        // Editing an application does not clash with itself.
        apps.edit(apps.applications().get(0));
        assertThat(editor.name().validProperty().get()).isTrue();
        editor.image().set("tensorflow/tensorflow:2.16.1");
        apps.save();
        assertThat(apps.applications()).singleElement().extracting(app -> app.image().reference())
                .isEqualTo("tensorflow/tensorflow:2.16.1");
        apps.remove(apps.applications().get(0));
        assertThat(apps.applications()).isEmpty();
    }

    @Test
    void theRStudioPresetIsMicrosoftsExample() {
        apps.add();
        editor.presetProperty().set(CustomApplicationEditor.Preset.RSTUDIO);
        editor.variableName().set("TZ");
        editor.variableValue().set("Europe/Berlin");
        apps.save();
        CustomService rstudio = apps.applications().get(0);
        assertThat(rstudio.toJson().toString()).isEqualTo("{\"name\":\"rstudio\",\"image\":{\"type\":\"docker\","
                + "\"reference\":\"ghcr.io/azure/rocker-rstudio-ml-verse:latest\"},\"environmentVariables\":{\"TZ\":"
                + "{\"type\":\"local\",\"value\":\"Europe/Berlin\"}},\"docker\":{\"privileged\":true},\"endpoints\":"
                + "[{\"protocol\":\"http\",\"name\":\"connect\",\"target\":8787,\"published\":8787}],\"volumes\":[{\"type\":"
                + "\"bind\",\"readOnly\":false,\"source\":\"/home/azureuser/cloudfiles\",\"target\":"
                + "\"/home/azureuser/cloudfiles\"}]}");
    }

    @Test
    void theBodySentCarriesCustomServicesAndSsoAndNeverRootAccess() {
        addApplication("tensorboard", "tensorflow/tensorflow:latest", "6006", "6006");
        apps.add();
        editor.presetProperty().set(CustomApplicationEditor.Preset.RSTUDIO);
        editor.hostPath().set("/mnt/data");
        editor.containerPath().set("/data");
        editor.readOnlyProperty().set(true);
        apps.save();
        form.stepProperty().set(form.stepTitles().size() - 1);
        assertThat(form.reviewJsonProperty().get()).contains("\"customServices\"", "\"enableSSO\" : true",
                "ghcr.io/azure/rocker-rstudio-ml-verse:latest").doesNotContain("enableRootAccess");
        assertThat(form.reviewYamlProperty().get()).contains("custom_applications:", "enable_sso: true",
                "bind_mounts:", "read_only: true");
        assertThat(form.reviewOptionsProperty().get()).contains("Custom applications: tensorboard"
                + " (tensorflow/tensorflow:latest, 6006\u21926006 http); rstudio", "Single sign-on: on", "Root access: on",
                "SSH: disabled");

        ComputeResource request = form.buildRequest(SecretMode.SEND);
        assertThat(Documents.json(request)).doesNotContain("RootAccess");
        List<JsonNode> sent = settings(request).customServices();
        ComputeInstanceSettings kept = settings(created());
        assertThat(kept.customServices()).as("the emulator keeps customServices as sent").isEqualTo(sent);
        assertThat(kept.customServiceList()).extracting(CustomService::name).containsExactly("tensorboard", "rstudio");
        assertThat(kept.enableSSO()).isTrue();
    }

    @Test
    void singleSignOnCanBeTurnedOffAndIsOffForAnotherUsersInstance() {
        form.ssoProperty().set(false);
        assertThat(settings(form.buildRequest(SecretMode.SEND)).enableSSO()).isFalse();
        form.ssoProperty().set(true);
        form.assignToOtherProperty().set(true);
        form.assigneeObjectId().set(DemoSeed.OTHER_USER_OID);
        assertThat(settings(form.buildRequest(SecretMode.SEND)).enableSSO()).isFalse();
        assertThat(form.ssoProperty().get()).as("the check shows what is sent").isFalse();
        form.assignToOtherProperty().set(false);
        assertThat(form.ssoProperty().get()).as("the user's choice comes back").isTrue();
        assertThat(settings(created()).enableSSO()).isTrue();
    }

    @Test
    void aKeyStoredInAzureIsListedOnlyWhenChosenAndItsPublicKeyIsSent() {
        form.ssh().enabledProperty().set(true);
        assertThat(form.ssh().keySources()).extracting(SshSection.KeySource::label).containsExactly(
                "Generate new key pair", "Use existing public key", "Use existing key stored in Azure",
                "Set up an SSH key later");
        assertThat(support.executor.titles()).doesNotContain("Listing SSH keys stored in Azure");
        form.ssh().keySourceProperty().set(SshSection.KeySource.AZURE_KEY);
        AzureSshKeyPicker azure = form.ssh().azureKeys();
        assertThat(azure.statusProperty().get()).isEqualTo("Loading the SSH keys stored in Azure\u2026");
        assertThat(form.canCreateProperty().get()).isFalse();
        support.run();
        assertThat(azure.keys()).extracting(AzureSshKeyPicker::describe).containsExactlyInAnyOrder(
                DemoSeed.SSH_KEY_UPLOADED + " (" + DemoSeed.RESOURCE_GROUP + ")",
                DemoSeed.SSH_KEY_GENERATED + " (" + azure.keys().stream()
                        .filter(k -> k.name().equals(DemoSeed.SSH_KEY_GENERATED)).findFirst().orElseThrow()
                        .resourceGroup() + ")");
        assertThat(azure.check().shownMessageProperty().get()).isEqualTo("Choose an SSH public key stored in Azure");
        assertThat(form.canCreateProperty().get()).isFalse();

        SshPublicKey chosen = azure.keys().stream().filter(k -> k.name().equals(DemoSeed.SSH_KEY_UPLOADED))
                .findFirst().orElseThrow();
        azure.selectedProperty().set(chosen);
        assertThat(form.canCreateProperty().get()).isTrue();
        assertThat(settings(form.buildRequest(SecretMode.SEND)).sshSettings().adminPublicKey())
                .isEqualTo(chosen.publicKey());
        assertThat(settings(created()).sshSettings().sshPublicAccess()).isEqualTo("Enabled");
    }

    @Test
    void aStoredKeyListThatFailsSaysSoAndCanBeAskedAgain() {
        support.emulator.emulator().injectFault(Fault.status("GET", "sshPublicKeys", 1, 403, 0));
        form.ssh().enabledProperty().set(true);
        form.ssh().keySourceProperty().set(SshSection.KeySource.AZURE_KEY);
        support.run();
        AzureSshKeyPicker azure = form.ssh().azureKeys();
        assertThat(azure.failedProperty().get()).isTrue();
        assertThat(azure.statusProperty().get()).startsWith("Listing the SSH keys stored in Azure failed").contains("AuthorizationFailed");
        form.ssh().retryAzureKeys();
        support.run();
        assertThat(azure.failedProperty().get()).isFalse();
        assertThat(azure.keys()).hasSize(2);
    }

    @Test
    void anSshKeySetUpLaterCreatesTheInstanceWithSshEnabledAndNoKey() {
        form.ssh().enabledProperty().set(true);
        form.ssh().keySourceProperty().set(SshSection.KeySource.EXISTING_KEY);
        assertThat(form.canCreateProperty().get()).as("a public key source with no key").isFalse();
        form.ssh().keySourceProperty().set(SshSection.KeySource.LATER);
        assertThat(form.canCreateProperty().get()).isTrue();
        ComputeInstanceSettings sent = settings(form.buildRequest(SecretMode.SEND));
        assertThat(sent.sshSettings().sshPublicAccess()).isEqualTo("Enabled");
        assertThat(sent.sshSettings().adminPublicKey()).isNull();
        assertThat(settings(created()).sshSettings().sshPublicAccess()).isEqualTo("Enabled");

        ComputeInstanceFormViewModel again = new ComputeInstanceFormViewModel(support.services());
        again.prefill(ComputeFormViewModel.withName(form.buildRequest(SecretMode.OMIT), "ci-options"));
        assertThat(again.ssh().keySourceProperty().get()).isEqualTo(SshSection.KeySource.LATER);
    }

    @Test
    void aRefusedCreateKeepsTheApplicationsAndOptions() {
        support.emulator.emulator().injectFault(Fault.status("PUT", "/computes/ci-options$", 1, 400, 0));
        addApplication("tensorboard", "tensorflow/tensorflow:latest", "6006", "6006");
        form.ssoProperty().set(false);
        form.ssh().enabledProperty().set(true);
        form.ssh().keySourceProperty().set(SshSection.KeySource.LATER);
        form.submit();
        support.run();
        assertThat(form.phaseProperty().get()).isEqualTo(ComputeFormViewModel.Phase.EDITING);
        assertThat(form.errorProperty().get()).isNotNull();
        assertThat(apps.applications()).extracting(CustomService::name).containsExactly("tensorboard");
        assertThat(form.ssoProperty().get()).isFalse();
        assertThat(form.ssh().keySourceProperty().get()).isEqualTo(SshSection.KeySource.LATER);
    }

    @Test
    void applicationsReadFromAFileAreCheckedByTheSameRules() {
        form.loadYaml(String.join("\n", "name: ci-options", "type: computeinstance",
                "custom_applications:",
                "  - name: web", "    image:", "      reference: nginx:latest", "    endpoints:",
                "      - target: 8080", "        published: 80",
                ""), "apps.yml");
        assertThat(apps.applications()).hasSize(1);
        assertThat(apps.messageProperty().get())
                .isEqualTo("web: Use a port from 1026 to 65534 (Azure ML's CLI and SDK refuse others)");
        assertThat(form.canCreateProperty().get()).as("nothing invalid is sent").isFalse();
        apps.edit(apps.applications().get(0));
        editor.removeEndpoint(editor.endpoints().get(0));
        editor.targetPort().set("8080");
        editor.publishedPort().set("8080");
        apps.save();
        assertThat(apps.messageProperty().get()).isEmpty();
        assertThat(form.canCreateProperty().get()).isTrue();
    }

    @Test
    void editAndRetryRestoresEveryOption() {
        addApplication("tensorboard", "tensorflow/tensorflow:latest", "6006", "6006");
        form.ssoProperty().set(false);
        ComputeResource sent = ComputeFormViewModel.withName(form.buildRequest(SecretMode.OMIT), "ci-options");
        ComputeInstanceFormViewModel again = new ComputeInstanceFormViewModel(support.services());
        support.executor.runAll();
        again.prefill(sent);
        assertThat(again.customApplications().applications()).isEqualTo(apps.applications());
        assertThat(again.ssoProperty().get()).isFalse();
        assertThat(again.buildRequest(SecretMode.OMIT)).isEqualTo(form.buildRequest(SecretMode.OMIT));
    }
}
