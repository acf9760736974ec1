package dev.computedesk.azure;

import dev.computedesk.azure.model.AksClusterSummary;
import dev.computedesk.azure.model.ArmResourceSummary;
import dev.computedesk.azure.model.UserAssignedIdentity;
import dev.computedesk.azure.model.VirtualMachineSummary;
import dev.computedesk.azure.model.VirtualNetwork;
import java.util.List;

/** What the create and attach forms list in a subscription. Blocking; all pages. */
public interface ResourcePickerClient {

    /** Virtual networks with their subnets. */
    List<VirtualNetwork> listVirtualNetworks(String subscriptionId);

    /** Virtual machines with image reference and public/private IP. */
    List<VirtualMachineSummary> listVirtualMachines(String subscriptionId);

    /** AKS clusters ({@code Microsoft.ContainerService/managedClusters}). */
    List<AksClusterSummary> listAksClusters(String subscriptionId);

    /** Arc-enabled Kubernetes clusters ({@code Microsoft.Kubernetes/connectedClusters}). */
    List<ArmResourceSummary> listArcClusters(String subscriptionId);

    /** HDInsight clusters. */
    List<ArmResourceSummary> listHdInsightClusters(String subscriptionId);

    /** Databricks workspaces. */
    List<ArmResourceSummary> listDatabricksWorkspaces(String subscriptionId);

    /** Data Lake Analytics accounts. */
    List<ArmResourceSummary> listDataLakeAnalyticsAccounts(String subscriptionId);

    /** User-assigned managed identities. */
    List<UserAssignedIdentity> listUserAssignedIdentities(String subscriptionId);
}
