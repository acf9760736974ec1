package dev.computedesk.ui.compute;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.computedesk.azure.internal.ArmJson;
import dev.computedesk.azure.model.ComputeResource;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The application buttons of a compute instance: Studio's labels and order, ARM's endpoints, VS Code (Desktop) as the
 * SSH helper's Remote-SSH link, and every one disabled with its reason when it cannot be opened.
 */
class InstanceApplicationsTest {
    private static final ObjectMapper M = ArmJson.mapper();
    private static final String HOST = "https://ci-a.westus2.instances.azureml.ms/";

    /** An instance as ARM reads it: Jupyter and "Jupyter Lab" as recorded, SSH on a public IP. */
    private static ObjectNode instance(String state) throws Exception {
        return (ObjectNode) M.readTree("""
                {"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws/computes/ci-a",
                 "name": "ci-a", "location": "westus2",
                 "properties": {"computeType": "ComputeInstance", "provisioningState": "Succeeded",
                   "properties": {"vmSize": "STANDARD_DS3_V2", "state": "%s",
                     "connectivityEndpoints": {"publicIpAddress": "20.1.2.3", "privateIpAddress": "10.0.0.4"},
                     "sshSettings": {"sshPublicAccess": "Enabled", "adminUserName": "azureuser", "sshPort": 50000},
                     "applications": [
                       {"displayName": "Jupyter", "endpointUri": "%stree/"},
                       {"displayName": "Jupyter Lab", "endpointUri": "%slab"}]}}}
                """.formatted(state, HOST, HOST));
    }

    private static ArrayNode apps(ObjectNode instance) {
        return (ArrayNode) instance.path("properties").path("properties").path("applications");
    }

    private static ObjectNode settings(ObjectNode instance) {
        return (ObjectNode) instance.path("properties").path("properties");
    }

    private static void add(ObjectNode instance, String name, String uri) {
        apps(instance).addObject().put("displayName", name).put("endpointUri", uri);
    }

    private static List<ApplicationLink> links(ObjectNode instance) {
        return InstanceApplications.of(M.convertValue(instance, ComputeResource.class), "ML-Team_ws");
    }

    private static ApplicationLink named(List<ApplicationLink> links, String label) {
        return links.stream().filter(link -> link.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void aRunningInstanceOffersArmsApplicationsUnderStudiosLabelsAndVsCodeDesktop() throws Exception {
        List<ApplicationLink> links = links(instance("Running"));

        assertThat(links).extracting(ApplicationLink::label)
                .containsExactly("JupyterLab", "Jupyter", "VS Code (Desktop)");
        assertThat(links).allMatch(ApplicationLink::enabled);
        assertThat(named(links, "JupyterLab").url()).isEqualTo(HOST + "lab");
        assertThat(named(links, "Jupyter").url()).isEqualTo(HOST + "tree/");
        assertThat(InstanceApplications.note(links)).isEmpty();
    }

    @Test
    void vsCodeDesktopIsTheSshHelpersRemoteSshLinkOnTheConfigAlias() throws Exception {
        ApplicationLink desktop = named(links(instance("JobRunning")), "VS Code (Desktop)");

        assertThat(desktop.enabled()).isTrue();
        assertThat(desktop.url()).isEqualTo("vscode://vscode-remote/ssh-remote+ml-team-ws-ci-a/home/azureuser");
        assertThat(desktop.note()).contains("ml-team-ws-ci-a", "~/.ssh/config");
    }

    @Test
    void everyKnownApplicationInStudiosOrderAndCustomOnesAfterThemAsArmListsThem() throws Exception {
        ObjectNode ci = instance("Running");
        apps(ci).removeAll();
        add(ci, "my-streamlit", HOST + "streamlit");
        add(ci, "RStudio", HOST + "rstudio");
        add(ci, "Terminal", HOST + "terminal");
        add(ci, "Jupyter Lab", HOST + "lab");
        add(ci, "VS Code", HOST + "vscode");
        add(ci, "Jupyter", HOST + "tree/");
        add(ci, "Posit Workbench", HOST + "posit");

        List<ApplicationLink> links = links(ci);

        assertThat(links).extracting(ApplicationLink::label).containsExactly("JupyterLab", "Jupyter",
                "VS Code (Web)", "VS Code (Desktop)", "Terminal", "RStudio", "my-streamlit", "Posit Workbench");
        assertThat(named(links, "VS Code (Web)").url()).isEqualTo(HOST + "vscode");
        assertThat(named(links, "my-streamlit").url()).isEqualTo(HOST + "streamlit");
    }

    @Test
    void namesStudioDoesNotRelabelStayAsArmSendsThem() {
        assertThat(InstanceApplications.studioLabel("Jupyter Lab")).isEqualTo("JupyterLab");
        assertThat(InstanceApplications.studioLabel("jupyterlab")).isEqualTo("JupyterLab");
        assertThat(InstanceApplications.studioLabel(" RStudio ")).isEqualTo("RStudio");
        assertThat(InstanceApplications.studioLabel("VS Code (Web)")).isEqualTo("VS Code (Web)");
        assertThat(InstanceApplications.studioLabel("Jupyter Notebook 7")).isEqualTo("Jupyter Notebook 7");
    }

    @Test
    void aStoppedInstanceShowsThemAllDisabledWithTheReason() throws Exception {
        List<ApplicationLink> links = links(instance("Stopped"));

        assertThat(links).extracting(ApplicationLink::label)
                .containsExactly("JupyterLab", "Jupyter", "VS Code (Desktop)");
        assertThat(links).noneMatch(ApplicationLink::enabled)
                .allMatch(link -> link.note().equals(InstanceApplications.startFirst()));
        assertThat(InstanceApplications.note(links)).isEqualTo("Start the instance to open its applications");
    }

    @Test
    void startingAndStoppingInstancesCannotOpenThemEither() throws Exception {
        for (String state : List.of("Starting", "Stopping", "Creating", "Restarting")) {
            assertThat(links(instance(state))).as(state).noneMatch(ApplicationLink::enabled);
        }
    }

    @Test
    void withSshDisabledVsCodeDesktopIsDisabledWithTheSshReasonAndTheWebAppsStayOpen() throws Exception {
        ObjectNode ci = instance("Running");
        ((ObjectNode) settings(ci).path("sshSettings")).put("sshPublicAccess", "Disabled");

        List<ApplicationLink> links = links(ci);

        ApplicationLink desktop = named(links, "VS Code (Desktop)");
        assertThat(desktop.enabled()).isFalse();
        assertThat(desktop.url()).isNull();
        assertThat(desktop.note()).contains("SSH access was not enabled when this compute was created");
        assertThat(named(links, "JupyterLab").enabled()).isTrue();
        assertThat(InstanceApplications.note(links))
                .startsWith("VS Code (Desktop): ").contains("SSH access was not enabled");
    }

    @Test
    void withoutAPublicAddressVsCodeDesktopSaysItWorksOnlyFromInsideTheVirtualNetwork() throws Exception {
        ObjectNode ci = instance("Running");
        ((ObjectNode) settings(ci).path("connectivityEndpoints")).putNull("publicIpAddress");

        ApplicationLink desktop = named(links(ci), "VS Code (Desktop)");

        assertThat(desktop.enabled()).isTrue();
        assertThat(desktop.note()).contains("private IP 10.0.0.4", "only from inside the virtual network");
    }

    @Test
    void withoutAnyAddressYetVsCodeDesktopWaits() throws Exception {
        ObjectNode ci = instance("Running");
        settings(ci).remove("connectivityEndpoints");

        ApplicationLink desktop = named(links(ci), "VS Code (Desktop)");

        assertThat(desktop.enabled()).isFalse();
        assertThat(desktop.note()).contains("no IP address yet");
    }

    @Test
    void anApplicationArmListsWithoutAnAddressCannotBeOpened() throws Exception {
        ObjectNode ci = instance("Running");
        ((ObjectNode) apps(ci).get(0)).putNull("endpointUri");

        ApplicationLink jupyter = named(links(ci), "Jupyter");

        assertThat(jupyter.enabled()).isFalse();
        assertThat(jupyter.note()).isEqualTo("ARM lists no address for Jupyter");
    }

    @Test
    void aFailedInstanceAndOtherComputesHaveNone() throws Exception {
        ObjectNode failed = instance("CreateFailed");
        ((ObjectNode) failed.path("properties")).put("provisioningState", "Failed");
        assertThat(links(failed)).isEmpty();

        ObjectNode cluster = (ObjectNode) M.readTree("""
                {"name": "cpu", "properties": {"computeType": "AmlCompute", "provisioningState": "Succeeded",
                  "properties": {"vmSize": "Standard_DS3_v2"}}}""");
        assertThat(links(cluster)).isEmpty();
    }

    @Test
    void anInstanceWithoutApplicationsListedStillOffersVsCodeDesktop() throws Exception {
        ObjectNode ci = instance("Running");
        settings(ci).remove("applications");

        assertThat(links(ci)).extracting(ApplicationLink::label).containsExactly("VS Code (Desktop)");
    }
}
