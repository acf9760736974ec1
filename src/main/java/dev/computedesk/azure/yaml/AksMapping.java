package dev.computedesk.azure.yaml;

import dev.computedesk.azure.model.AksNetworkingConfiguration;
import dev.computedesk.azure.model.AksProperties;
import dev.computedesk.azure.model.AksSettings;
import dev.computedesk.azure.model.ComputeProperties;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.SslConfiguration;
import dev.computedesk.azure.model.WorkspaceRef;

import java.util.List;

/**
 * Inference cluster (AKS). The CLI v2 has no AKS compute type (its v1 did), so these keys are the app's own, in
 * the CLI's style: {@code agent_vm_size}, {@code agent_count}, {@code cluster_purpose}, {@code network}, {@code ssl}.
 */
final class AksMapping implements KindMapping {
    @Override
    public String yamlType() {
        return "aks";
    }

    @Override
    public String computeType() {
        return AksProperties.COMPUTE_TYPE;
    }

    @Override
    public String schema() {
        return null;
    }

    @Override
    public void write(ComputeResource compute, YamlOut out, List<String> notes) {
        AksSettings aks = compute.properties() instanceof AksProperties p ? p.properties() : null;
        if (aks == null) {
            return;
        }
        out.text("agent_vm_size", aks.agentVmSize()).number("agent_count", aks.agentCount());
        AksNetworkingConfiguration network = aks.aksNetworkingConfiguration();
        if (network != null) {
            out.object("network", new YamlOut().text("subnet_id", network.subnetId())
                    .text("service_cidr", network.serviceCidr()).text("dns_service_ip", network.dnsServiceIP())
                    .text("docker_bridge_cidr", network.dockerBridgeCidr()));
        }
        out.text("cluster_purpose", aks.clusterPurpose());
        SslConfiguration ssl = aks.sslConfiguration();
        if (ssl != null && !"Disabled".equalsIgnoreCase(ssl.status())) {
            out.object("ssl", new YamlOut().text("leaf_domain_label", ssl.leafDomainLabel())
                    .bool("overwrite_existing_domain", ssl.overwriteExistingDomain())
                    .text("cert", ssl.cert()).text("key", ssl.key()).text("cname", ssl.cname()));
        }
    }

    @Override
    public ComputeProperties read(YamlFields in, WorkspaceRef workspace, String description, String resourceId) {
        String size = in.text("agent_vm_size");
        Integer count = in.integer("agent_count");
        YamlFields net = in.object("network");
        AksNetworkingConfiguration network = null;
        if (net != null) {
            network = new AksNetworkingConfiguration(net.text("subnet_id"), net.text("service_cidr"),
                    net.text("dns_service_ip"), net.text("docker_bridge_cidr"));
        }
        String purpose = in.text("cluster_purpose");
        YamlFields sslIn = in.object("ssl");
        SslConfiguration ssl = null;
        if (sslIn != null) {
            String leaf = sslIn.text("leaf_domain_label");
            Boolean overwrite = sslIn.bool("overwrite_existing_domain");
            String cert = sslIn.secret("cert");
            String key = sslIn.secret("key");
            String cname = sslIn.text("cname");
            if (leaf != null) {
                ssl = new SslConfiguration("Auto", null, null, null, leaf, overwrite);
            } else if (cert != null || key != null || cname != null) {
                ssl = new SslConfiguration("Enabled", cert, key, cname, null, null);
            }
        }
        in.setByAzure("cluster_fqdn", "system_services");
        return AksProperties.forRequest(description, resourceId,
                new AksSettings(null, null, count, size, purpose, ssl, network, null, null));
    }
}
