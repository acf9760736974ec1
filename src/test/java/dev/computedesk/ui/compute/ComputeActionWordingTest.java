package dev.computedesk.ui.compute;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.computedesk.azure.internal.ArmJson;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.domain.compute.ComputeAction;
import dev.computedesk.ui.common.Confirmation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Confirmations speak in the number of their targets and promise only actions that exist. */
class ComputeActionWordingTest {
    private static final ObjectMapper M = ArmJson.mapper();

    private static ComputeRow instance(String name, String state) throws Exception {
        return new ComputeRow(M.readValue("{\"name\":\"" + name + "\",\"properties\":{\"computeType\":"
                + "\"ComputeInstance\",\"provisioningState\":\"Succeeded\",\"properties\":{\"state\":\"" + state
                + "\"}}}", ComputeResource.class));
    }

    private static ComputeRow attached(String name, String type, boolean isAttached) throws Exception {
        return new ComputeRow(M.readValue("{\"name\":\"" + name + "\",\"properties\":{\"computeType\":\"" + type
                + "\",\"provisioningState\":\"Succeeded\",\"isAttachedCompute\":" + isAttached + "}}",
                ComputeResource.class));
    }

    @Test
    void oneInstanceIsNamedAndSpokenOfInTheSingular() throws Exception {
        Confirmation stop = ComputeActionWording.confirmation(ComputeAction.STOP, List.of(instance("ci-x", "Running")));
        assertThat(stop.header()).isEqualTo("Stop compute instance ci-x?");
        assertThat(stop.title()).isEqualTo("Stop compute instance");
        assertThat(stop.consequence()).isEqualTo("Stopping ends the jobs, notebooks and terminals running on it and "
                + "stops billing for its virtual machine. Its disk and your files are kept; you can start it again "
                + "later.");
    }

    @Test
    void severalInstancesAreCountedAndSpokenOfInThePlural() throws Exception {
        Confirmation stop = ComputeActionWording.confirmation(ComputeAction.STOP,
                List.of(instance("ci-a", "Running"), instance("ci-b", "Running")));
        assertThat(stop.header()).isEqualTo("Stop 2 compute instances?");
        assertThat(stop.title()).isEqualTo("Stop compute instances");
        assertThat(stop.targets()).containsExactly("ci-a", "ci-b");
        assertThat(stop.consequence()).isEqualTo("Stopping ends the jobs, notebooks and terminals running on them "
                + "and stops billing for their virtual machines. Their disks and your files are kept; you can start "
                + "them again later.");

        Confirmation restart = ComputeActionWording.confirmation(ComputeAction.RESTART,
                List.of(instance("ci-a", "Running"), instance("ci-b", "Running"), instance("ci-c", "Running")));
        assertThat(restart.header()).isEqualTo("Restart 3 compute instances?");
        assertThat(restart.consequence()).contains("running on them; they are unavailable", "Their disks")
                .doesNotContain(" it ", "Its ");

        Confirmation delete = ComputeActionWording.confirmation(ComputeAction.DELETE,
                List.of(instance("ci-a", "Stopped"), instance("ci-b", "Stopped")));
        assertThat(delete.consequence()).startsWith("Delete removes the 2 compute instances and their local disks;");
    }

    @Test
    void instancesRunningJobsAreNamedFirst() throws Exception {
        Confirmation one = ComputeActionWording.confirmation(ComputeAction.STOP,
                List.of(instance("ci-busy", "JobRunning")));
        assertThat(one.consequence()).startsWith("ci-busy has jobs running on it now. Stopping ends");

        Confirmation several = ComputeActionWording.confirmation(ComputeAction.STOP, List.of(
                instance("ci-a", "JobRunning"), instance("ci-b", "Running"), instance("ci-c", "JobRunning")));
        assertThat(several.consequence()).startsWith("ci-a and ci-c have jobs running on them now. Stopping ends");

        Confirmation idle = ComputeActionWording.confirmation(ComputeAction.STOP, List.of(instance("ci-a", "Running")));
        assertThat(idle.consequence()).doesNotContain("now.");
    }

    @Test
    void detachingWhatCannotBeDeletedDoesNotMentionDelete() throws Exception {
        Confirmation kubernetes = ComputeActionWording.confirmation(ComputeAction.DETACH,
                List.of(attached("k8s", "Kubernetes", true)));
        assertThat(kubernetes.consequence()).isEqualTo("Detach removes it from this workspace and keeps the "
                + "Kubernetes cluster in Azure. Jobs and deployments that use it stop working.");

        Confirmation vms = ComputeActionWording.confirmation(ComputeAction.DETACH,
                List.of(attached("vm-a", "VirtualMachine", true), attached("vm-b", "VirtualMachine", true)));
        assertThat(vms.header()).isEqualTo("Detach 2 attached computes?");
        assertThat(vms.consequence()).isEqualTo("Detach removes them from this workspace and keeps the virtual "
                + "machines in Azure. Jobs and deployments that use them stop working.");

        Confirmation attachedAks = ComputeActionWording.confirmation(ComputeAction.DETACH,
                List.of(attached("aks-att", "AKS", true)));
        assertThat(attachedAks.consequence()).doesNotContain("Delete");

        Confirmation createdAks = ComputeActionWording.confirmation(ComputeAction.DETACH,
                List.of(attached("aks-own", "AKS", false)));
        assertThat(createdAks.consequence()).contains("keeps the AKS cluster in Azure; Delete would remove it.");
    }

    @Test
    void stoppingMyInstancesSpeaksInTheirNumber() throws Exception {
        Confirmation one = ComputeActionWording.stopMineConfirmation(List.of(instance("ci-x", "JobRunning")));
        assertThat(one.header()).isEqualTo("Stop your running compute instance ci-x?");
        assertThat(one.confirmLabel()).isEqualTo("Stop");
        assertThat(one.consequence()).startsWith("ci-x has jobs running on it now. This is the instance you can use")
                .contains("running on it and stops billing for its virtual machine; its disk");

        Confirmation two = ComputeActionWording.stopMineConfirmation(
                List.of(instance("ci-a", "Running"), instance("ci-b", "Running")));
        assertThat(two.header()).isEqualTo("Stop your 2 running compute instances?");
        assertThat(two.confirmLabel()).isEqualTo("Stop 2");
        assertThat(two.consequence()).startsWith("These are the instances you can use");
    }
}
