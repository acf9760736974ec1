package dev.computedesk.emulator;

import static dev.computedesk.emulator.DemoSeed.LOCATION;
import static dev.computedesk.emulator.DemoSeed.SUBSCRIPTION_ID;
import static dev.computedesk.emulator.DemoSeed.TENANT_ID;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.computedesk.emulator.Store.ComputeRecord;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the seeded state (DemoSeed names). Computes go through the same {@link ComputeEngine}
 * the HTTP API uses, back-dated on the clock so they have settled; the LARGE bulk is cloned from
 * templates so seeding stays fast.
 */
final class Seeder {
    private static final String ML = "Microsoft.MachineLearningServices";
    private static final String SUB = "/subscriptions/" + SUBSCRIPTION_ID;
    private static final String RG = DemoSeed.resourceGroupId();
    private static final String SYN_RG = SUB + "/resourceGroups/rg-synapse";

    private final Store store;
    private final ComputeEngine engine;

    private Seeder(Store store) {
        this.store = store;
        this.engine = new ComputeEngine(store, (op, v, location) -> "");
    }

    /** A fresh store with the given seed, settled as of {@code nowMs}. */
    static Store build(Seed seed, long nowMs) {
        Store store = new Store();
        store.seed = seed.name();
        Seeder s = new Seeder(store);
        s.catalogue(seed == Seed.LARGE);
        s.directory();
        s.pickerResources();
        s.synapse(nowMs);
        s.workspaces();
        s.demoComputes(nowMs);
        if (seed == Seed.LARGE) {
            s.large(nowMs);
        }
        store.ops.clear();
        return store;
    }

    /** Deterministic ids, so a seed reads the same on every machine. */
    private static String uuid(String seed) {
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }

    // ---------------------------------------------------------------- catalogue

    private void catalogue(boolean large) {
        size("Standard_DS1_v2", "standardDSv2Family", 1, 0, 3.5, 0.073);
        size("Standard_DS2_v2", "standardDSv2Family", 2, 0, 7, 0.146);
        size("Standard_DS3_v2", "standardDSv2Family", 4, 0, 14, 0.293);
        size("Standard_DS4_v2", "standardDSv2Family", 8, 0, 28, 0.585);
        size("Standard_DS11_v2", "standardDSv2Family", 2, 0, 14, 0.185);
        size("Standard_DS12_v2", "standardDSv2Family", 4, 0, 28, 0.371);
        size("Standard_D3_v2", "standardDv2Family", 4, 0, 14, 0.229);
        size("Standard_D4_v2", "standardDv2Family", 8, 0, 28, 0.458);
        size("Standard_F4s_v2", "standardFSv2Family", 4, 0, 8, 0.169);
        size("Standard_F8s_v2", "standardFSv2Family", 8, 0, 16, 0.338);
        size("Standard_E4ds_v4", "standardEDSv4Family", 4, 0, 32, 0.288);
        size("Standard_NC6", "standardNCFamily", 6, 1, 56, 0.90);
        size("Standard_NC6s_v3", "standardNCSv3Family", 6, 1, 112, 3.06);
        size("Standard_NC12s_v3", "standardNCSv3Family", 12, 2, 224, 6.12);
        size("Standard_NC24s_v3", "standardNCSv3Family", 24, 4, 448, 12.24);
        size("Standard_ND40rs_v2", "standardNDSv2Family", 40, 8, 672, 22.03);
        long scale = large ? 1000 : 1;
        store.familyLimits.put("standardDSv2Family", 48 * scale);
        store.familyLimits.put("standardDv2Family", 24 * scale);
        store.familyLimits.put("standardFSv2Family", 24 * scale);
        store.familyLimits.put("standardEDSv4Family", 16 * scale);
        store.familyLimits.put("standardNCFamily", 48 * scale);
        store.familyLimits.put(DemoSeed.TIGHT_FAMILY, 12L);
        store.familyLimits.put("standardNDSv2Family", 0L);
        store.regionalDedicatedLimit = 100 * scale;
        store.regionalLowPriorityLimit = 100 * scale;
    }

    private void size(String name, String family, int vcpus, int gpus, double memoryGb, double linuxPrice) {
        ObjectNode s = Json.obj();
        s.put("name", name);
        s.put("family", family);
        s.put("vCPUs", vcpus);
        s.put("gpus", gpus);
        s.put("osVhdSizeMB", 1047552);
        s.put("maxResourceVolumeMB", vcpus * 7168);
        s.put("memoryGB", memoryGb);
        s.put("lowPriorityCapable", true);
        s.put("premiumIO", name.contains("s_") || name.contains("DS"));
        ObjectNode prices = s.putObject("estimatedVMPrices");
        prices.put("billingCurrency", "USD");
        prices.put("unitOfMeasure", "OneHour");
        ArrayNode values = prices.putArray("values");
        price(values, linuxPrice, "Linux", "Standard");
        price(values, Math.round(linuxPrice * 20) / 100.0, "Linux", "LowPriority");
        price(values, Math.round(linuxPrice * 184) / 100.0, "Windows", "Standard");
        price(values, Math.round(linuxPrice * 40) / 100.0, "Windows", "LowPriority");
        ArrayNode types = s.putArray("supportedComputeTypes");
        types.add("AmlCompute");
        types.add("ComputeInstance");
        if (vcpus >= 4 && gpus == 0) {
            types.add("AKS");
        }
        store.vmSizes.add(s);
    }

    private static void price(ArrayNode values, double price, String os, String tier) {
        ObjectNode v = values.addObject();
        v.put("retailPrice", price);
        v.put("osType", os);
        v.put("vmTier", tier);
    }

    // ---------------------------------------------------------------- directory

    private void directory() {
        store.tenantId = TENANT_ID;
        ObjectNode tenant = Json.obj();
        tenant.put("id", "/tenants/" + TENANT_ID);
        tenant.put("tenantId", TENANT_ID);
        tenant.put("tenantCategory", "Home");
        tenant.put("countryCode", "US");
        tenant.put("displayName", DemoSeed.TENANT_NAME);
        tenant.putArray("domains").add(DemoSeed.TENANT_DOMAIN);
        tenant.put("defaultDomain", DemoSeed.TENANT_DOMAIN);
        tenant.put("tenantType", "AAD");
        store.tenants.add(tenant);

        ObjectNode sub = Json.obj();
        sub.put("id", SUB);
        sub.put("authorizationSource", "RoleBased");
        sub.putArray("managedByTenants");
        sub.put("subscriptionId", SUBSCRIPTION_ID);
        sub.put("tenantId", TENANT_ID);
        sub.put("displayName", DemoSeed.SUBSCRIPTION_NAME);
        sub.put("state", "Enabled");
        ObjectNode policies = sub.putObject("subscriptionPolicies");
        policies.put("locationPlacementId", "Public_2014-09-01");
        policies.put("quotaId", "PayAsYouGo_2014-09-01");
        policies.put("spendingLimit", "Off");
        store.subscriptions.add(sub);

        resourceGroup(DemoSeed.RESOURCE_GROUP);
        resourceGroup("rg-synapse");
        resourceGroup("rg-network");

        // The demo user is Contributor on the subscription and Owner of one Synapse workspace only.
        roleAssignment(SUB, DemoSeed.CONTRIBUTOR_ROLE_ID, DemoSeed.USER_OID);
        roleAssignment(SYN_RG + "/providers/Microsoft.Synapse/workspaces/" + DemoSeed.SYNAPSE_WORKSPACE_OWNER,
                DemoSeed.OWNER_ROLE_ID, DemoSeed.USER_OID);
        roleAssignment(SUB, DemoSeed.OWNER_ROLE_ID, DemoSeed.OTHER_USER_OID);
    }

    private void resourceGroup(String name) {
        ObjectNode rg = Json.obj();
        rg.put("id", SUB + "/resourceGroups/" + name);
        rg.put("name", name);
        rg.put("type", "Microsoft.Resources/resourceGroups");
        rg.put("location", LOCATION);
        rg.putObject("properties").put("provisioningState", "Succeeded");
        store.put(rg);
    }

    private void roleAssignment(String scope, String roleId, String principal) {
        String name = uuid(scope + roleId + principal);
        ObjectNode a = Json.obj();
        a.put("id", scope + "/providers/Microsoft.Authorization/roleAssignments/" + name);
        a.put("name", name);
        a.put("type", "Microsoft.Authorization/roleAssignments");
        ObjectNode p = a.putObject("properties");
        p.put("roleDefinitionId", SUB + "/providers/Microsoft.Authorization/roleDefinitions/" + roleId);
        p.put("principalId", principal);
        p.put("principalType", "User");
        p.put("scope", scope);
        p.put("createdOn", "2026-01-15T09:30:00.0000000Z");
        p.put("updatedOn", "2026-01-15T09:30:00.0000000Z");
        p.put("createdBy", DemoSeed.OTHER_USER_OID);
        p.put("updatedBy", DemoSeed.OTHER_USER_OID);
        store.put(a);
    }

    /** The built-in role definitions the permission pre-flight compares with (docs/decisions.md "Who is me"). */
    static ObjectNode roleDefinition(String scope, String id) {
        Map<String, String[]> builtIn = new LinkedHashMap<>();
        builtIn.put(DemoSeed.OWNER_ROLE_ID, new String[]{"Owner", "Grants full access to manage all resources, "
                + "including the ability to assign roles in Azure RBAC.", "*", ""});
        builtIn.put(DemoSeed.CONTRIBUTOR_ROLE_ID, new String[]{"Contributor", "Grants full access to manage all "
                + "resources, but does not allow you to assign roles in Azure RBAC.", "*",
                "Microsoft.Authorization/*/Write"});
        builtIn.put("acdd72a7-3385-48ef-bd42-f606fba81ae7", new String[]{"Reader", "View all resources, but does not "
                + "allow you to make any changes.", "*/read", ""});
        String[] d = builtIn.get(id.toLowerCase(java.util.Locale.ROOT));
        if (d == null) {
            return null;
        }
        ObjectNode def = Json.obj();
        def.put("id", scope + "/providers/Microsoft.Authorization/roleDefinitions/" + id);
        def.put("name", id);
        def.put("type", "Microsoft.Authorization/roleDefinitions");
        ObjectNode p = def.putObject("properties");
        p.put("roleName", d[0]);
        p.put("type", "BuiltInRole");
        p.put("description", d[1]);
        ObjectNode perm = p.putArray("permissions").addObject();
        perm.putArray("actions").add(d[2]);
        ArrayNode notActions = perm.putArray("notActions");
        if (!d[3].isEmpty()) {
            notActions.add(d[3]);
        }
        perm.putArray("dataActions");
        perm.putArray("notDataActions");
        p.putArray("assignableScopes").add("/");
        return def;
    }

    // ---------------------------------------------------------------- pickers' resources (docs/arm.md)

    private ObjectNode tracked(String rgId, String type, String name) {
        ObjectNode r = Json.obj();
        r.put("id", rgId + "/providers/" + type + "/" + name);
        r.put("name", name);
        r.put("type", type);
        r.put("location", LOCATION);
        r.putObject("tags");
        store.put(r);
        return r;
    }

    private void pickerResources() {
        String net = SUB + "/resourceGroups/rg-network";
        ObjectNode vnet = tracked(net, "Microsoft.Network/virtualNetworks", DemoSeed.VNET);
        vnet.put("etag", "W/\"" + uuid("vnet-etag") + "\"");
        ObjectNode vp = vnet.putObject("properties");
        vp.put("provisioningState", "Succeeded");
        vp.put("resourceGuid", uuid("vnet"));
        vp.putObject("addressSpace").putArray("addressPrefixes").add("10.10.0.0/16");
        ArrayNode subnets = vp.putArray("subnets");
        for (String[] s : new String[][]{{DemoSeed.SUBNET, "10.10.0.0/24"}, {"training", "10.10.1.0/24"},
                {"aks", "10.10.2.0/23"}}) {
            ObjectNode subnet = subnets.addObject();
            subnet.put("id", vnet.get("id").asText() + "/subnets/" + s[0]);
            subnet.put("name", s[0]);
            subnet.put("etag", vnet.get("etag").asText());
            subnet.put("type", "Microsoft.Network/virtualNetworks/subnets");
            ObjectNode sp = subnet.putObject("properties");
            sp.put("provisioningState", "Succeeded");
            sp.put("addressPrefix", s[1]);
            sp.put("privateEndpointNetworkPolicies", "Disabled");
            sp.put("privateLinkServiceNetworkPolicies", "Enabled");
            store.put(subnet.deepCopy());
        }
        vp.put("enableDdosProtection", false);

        String vmId = RG + "/providers/Microsoft.Compute/virtualMachines/" + DemoSeed.VM;
        String nicId = RG + "/providers/Microsoft.Network/networkInterfaces/" + DemoSeed.VM + "-nic";
        String pipId = RG + "/providers/Microsoft.Network/publicIPAddresses/" + DemoSeed.VM + "-ip";
        ObjectNode pip = tracked(RG, "Microsoft.Network/publicIPAddresses", DemoSeed.VM + "-ip");
        ObjectNode pipSku = pip.putObject("sku");
        pipSku.put("name", "Standard");
        pipSku.put("tier", "Regional");
        ObjectNode pp = pip.putObject("properties");
        pp.put("provisioningState", "Succeeded");
        pp.put("resourceGuid", uuid("pip"));
        pp.put("ipAddress", "20.121.34.56");
        pp.put("publicIPAddressVersion", "IPv4");
        pp.put("publicIPAllocationMethod", "Static");
        pp.put("idleTimeoutInMinutes", 4);
        pp.putObject("ipConfiguration").put("id", nicId + "/ipConfigurations/ipconfig1");

        ObjectNode nic = tracked(RG, "Microsoft.Network/networkInterfaces", DemoSeed.VM + "-nic");
        ObjectNode np = nic.putObject("properties");
        np.put("provisioningState", "Succeeded");
        np.put("resourceGuid", uuid("nic"));
        ObjectNode ipc = np.putArray("ipConfigurations").addObject();
        ipc.put("id", nicId + "/ipConfigurations/ipconfig1");
        ipc.put("name", "ipconfig1");
        ipc.put("type", "Microsoft.Network/networkInterfaces/ipConfigurations");
        ObjectNode ipp = ipc.putObject("properties");
        ipp.put("provisioningState", "Succeeded");
        ipp.put("privateIPAddress", "10.10.0.4");
        ipp.put("privateIPAllocationMethod", "Dynamic");
        ipp.put("privateIPAddressVersion", "IPv4");
        ipp.putObject("subnet").put("id", net + "/providers/Microsoft.Network/virtualNetworks/" + DemoSeed.VNET
                + "/subnets/" + DemoSeed.SUBNET);
        ipp.put("primary", true);
        ipp.putObject("publicIPAddress").put("id", pipId);
        np.putObject("virtualMachine").put("id", vmId);
        np.put("primary", true);
        np.put("enableAcceleratedNetworking", false);
        np.put("enableIPForwarding", false);
        np.put("macAddress", "00-0D-3A-1B-2C-3D");

        ObjectNode vm = tracked(RG, "Microsoft.Compute/virtualMachines", DemoSeed.VM);
        ObjectNode vmp = vm.putObject("properties");
        vmp.put("vmId", uuid("vm"));
        vmp.putObject("hardwareProfile").put("vmSize", "Standard_DS3_v2");
        ObjectNode storage = vmp.putObject("storageProfile");
        ObjectNode image = storage.putObject("imageReference");
        image.put("publisher", "microsoft-dsvm");
        image.put("offer", "ubuntu-2004");
        image.put("sku", "2004-gen2");
        image.put("version", "latest");
        image.put("exactVersion", "24.06.10");
        ObjectNode osDisk = storage.putObject("osDisk");
        osDisk.put("osType", "Linux");
        osDisk.put("name", DemoSeed.VM + "_OsDisk_1");
        osDisk.put("createOption", "FromImage");
        osDisk.put("caching", "ReadWrite");
        osDisk.put("diskSizeGB", 128);
        ObjectNode md = osDisk.putObject("managedDisk");
        md.put("storageAccountType", "Premium_LRS");
        md.put("id", RG + "/providers/Microsoft.Compute/disks/" + DemoSeed.VM + "_OsDisk_1");
        storage.putArray("dataDisks");
        ObjectNode os = vmp.putObject("osProfile");
        os.put("computerName", DemoSeed.VM);
        os.put("adminUsername", "azureuser");
        ObjectNode linux = os.putObject("linuxConfiguration");
        linux.put("disablePasswordAuthentication", false);
        linux.put("provisionVMAgent", true);
        os.putArray("secrets");
        os.put("allowExtensionOperations", true);
        ObjectNode nicRef = vmp.putObject("networkProfile").putArray("networkInterfaces").addObject();
        nicRef.put("id", nicId);
        nicRef.putObject("properties").put("primary", true);
        vmp.put("provisioningState", "Succeeded");

        ObjectNode aks = tracked(RG, "Microsoft.ContainerService/managedClusters", DemoSeed.AKS_RESOURCE);
        ObjectNode aksSku = aks.putObject("sku");
        aksSku.put("name", "Base");
        aksSku.put("tier", "Free");
        ObjectNode aksId = aks.putObject("identity");
        aksId.put("type", "SystemAssigned");
        aksId.put("principalId", uuid("aks-principal"));
        aksId.put("tenantId", TENANT_ID);
        ObjectNode ap = aks.putObject("properties");
        ap.put("provisioningState", "Succeeded");
        ap.putObject("powerState").put("code", "Running");
        ap.put("kubernetesVersion", "1.30.5");
        ap.put("currentKubernetesVersion", "1.30.5");
        ap.put("dnsPrefix", DemoSeed.AKS_RESOURCE + "-dns");
        ap.put("fqdn", DemoSeed.AKS_RESOURCE + "-dns-4f2a9c1e.hcp.eastus.azmk8s.io");
        ObjectNode pool = ap.putArray("agentPoolProfiles").addObject();
        pool.put("name", "nodepool1");
        pool.put("count", 3);
        pool.put("vmSize", "Standard_D3_v2");
        pool.put("osDiskSizeGB", 128);
        pool.put("maxPods", 110);
        pool.put("type", "VirtualMachineScaleSets");
        pool.put("mode", "System");
        pool.put("orchestratorVersion", "1.30.5");
        pool.put("osType", "Linux");
        pool.put("provisioningState", "Succeeded");
        pool.putObject("powerState").put("code", "Running");
        ap.put("nodeResourceGroup", "MC_" + DemoSeed.RESOURCE_GROUP + "_" + DemoSeed.AKS_RESOURCE + "_" + LOCATION);
        ap.put("enableRBAC", true);
        ObjectNode netp = ap.putObject("networkProfile");
        netp.put("networkPlugin", "kubenet");
        netp.put("loadBalancerSku", "standard");
        netp.put("podCidr", "10.244.0.0/16");
        netp.put("serviceCidr", "10.0.0.0/16");
        netp.put("dnsServiceIP", "10.0.0.10");

        ObjectNode arc = tracked(RG, "Microsoft.Kubernetes/connectedClusters", DemoSeed.ARC_CLUSTER);
        ObjectNode arcId = arc.putObject("identity");
        arcId.put("type", "SystemAssigned");
        arcId.put("principalId", uuid("arc-principal"));
        arcId.put("tenantId", TENANT_ID);
        ObjectNode arp = arc.putObject("properties");
        arp.put("agentPublicKeyCertificate", "");
        arp.put("kubernetesVersion", "1.29.4");
        arp.put("totalNodeCount", 3);
        arp.put("totalCoreCount", 24);
        arp.put("agentVersion", "1.21.10");
        arp.put("provisioningState", "Succeeded");
        arp.put("distribution", "k3s");
        arp.put("infrastructure", "generic");
        arp.put("connectivityStatus", "Connected");

        ObjectNode hdi = tracked(RG, "Microsoft.HDInsight/clusters", DemoSeed.HDINSIGHT_CLUSTER);
        ObjectNode hp = hdi.putObject("properties");
        hp.put("clusterVersion", "5.1.3000.0");
        hp.put("osType", "Linux");
        hp.put("tier", "Standard");
        hp.putObject("clusterDefinition").put("kind", "SPARK");
        hp.put("clusterState", "Running");
        hp.put("provisioningState", "Succeeded");
        ObjectNode ssh = hp.putArray("connectivityEndpoints").addObject();
        ssh.put("name", "SSH");
        ssh.put("protocol", "TCP");
        ssh.put("location", DemoSeed.HDINSIGHT_CLUSTER + "-ssh.azurehdinsight.net");
        ssh.put("port", 22);

        ObjectNode dbx = tracked(RG, "Microsoft.Databricks/workspaces", DemoSeed.DATABRICKS_WORKSPACE);
        dbx.putObject("sku").put("name", "premium");
        ObjectNode dp = dbx.putObject("properties");
        dp.put("managedResourceGroupId", SUB + "/resourceGroups/databricks-rg-" + DemoSeed.DATABRICKS_WORKSPACE);
        dp.put("workspaceId", "4402715620319837");
        dp.put("workspaceUrl", "adb-4402715620319837.17.azuredatabricks.net");
        dp.put("provisioningState", "Succeeded");

        ObjectNode adla = tracked(RG, "Microsoft.DataLakeAnalytics/accounts", DemoSeed.DATA_LAKE_ANALYTICS_ACCOUNT);
        ObjectNode lp = adla.putObject("properties");
        lp.put("defaultDataLakeStoreAccount", "adlsdemostore");
        lp.put("provisioningState", "Succeeded");
        lp.put("state", "Active");
        lp.put("endpoint", DemoSeed.DATA_LAKE_ANALYTICS_ACCOUNT + ".azuredatalakeanalytics.net");

        for (String name : new String[]{DemoSeed.IDENTITY_COMPUTE, DemoSeed.IDENTITY_SYNAPSE}) {
            ObjectNode id = tracked(RG, "Microsoft.ManagedIdentity/userAssignedIdentities", name);
            ObjectNode ip = id.putObject("properties");
            ip.put("tenantId", TENANT_ID);
            ip.put("principalId", uuid(name + "-principal"));
            ip.put("clientId", uuid(name + "-client"));
        }
        sshPublicKeys(net);
    }

    /**
     * {@code Microsoft.Compute/sshPublicKeys} the subscription holds, for the instance form's "Use existing key
     * stored in Azure": two keys in two resource groups. Public keys only: the resource has no private key.
     */
    private void sshPublicKeys(String otherGroup) {
        String[][] keys = {
                {RG, DemoSeed.SSH_KEY_UPLOADED, "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQDw9mAr3Jv5I6X1Jho9+qITWBD8xdZXDXukzCWfubqjFuDCNcFpmO4v0KkCLCjJ5naxov8tA34F7Wz/EgUEOZILVvBPQq7xFwDT9u4idN8p7kKEaYK6Kl58hi2fe8+AM8yL/t3xiAYwSWBWefqt5Ar7AQczuVUmFR9r4rOPYB7sPXTXlXboQacMjxHwBSvoBqMaGTZqJjKuJ/jVPbUsn9OAxAZd4+1IpbM2r2xfMLpn/BEBy+tS7ck7GTrDVtmWiDbZYHL1YrsB0iwkM6rLCEzDraJ6OSOc7lwiFvoTY5FPNWXIjsVyNu9s9Bn4f+akkU9Wpi6qYYbWnd9mN/PC8KfJ dana@workstation"},
                {otherGroup, DemoSeed.SSH_KEY_GENERATED, "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC+35Vp+hqlQRoryfMaEDb0XIweNLE8Rf98P6WxEP52PPxH1AdyQEqelgSuFbDlwv7j7c8X70erpc8/qjUdGvUAl1QCOLlI/M/VgH/blFTKDzFqVpalumQDAOpIjEXY/xj+g4TA7emiIi/vO2D9zLyQyKuYr2axAkeXTHFhMTtzLJYWyimYoQLaDpOv1tVbvt0U5VjhwOB+lHhPIYf7ac61YXffo2uaqMEGnQDfk1DCR/yc4eNCid++eWCNSZkJNEdzCFkONZrIdfJd2wG9KOdn8p/4K6jSC+F3/FuKM6st2nPm3UkWjEEFeanYw98Aw40c79+OlH/VidJNWYkqwztn generated-by-azure"}};
        for (String[] k : keys) {
            ObjectNode key = tracked(k[0], "Microsoft.Compute/sshPublicKeys", k[1]);
            key.putObject("properties").put("publicKey", k[2]);
        }
    }

    // ---------------------------------------------------------------- Synapse

    private void synapse(long nowMs) {
        synapseWorkspace(DemoSeed.SYNAPSE_WORKSPACE_OWNER, new String[][]{
                {DemoSeed.SPARK_POOL_SMALL, "Small", "3", "10"}, {DemoSeed.SPARK_POOL_LARGE, "Large", "3", "50"}});
        synapseWorkspace(DemoSeed.SYNAPSE_WORKSPACE_CONTRIBUTOR, new String[][]{
                {DemoSeed.SPARK_POOL_TEAM, "Medium", "3", "20"}});
    }

    private void synapseWorkspace(String name, String[][] pools) {
        ObjectNode ws = Json.obj();
        ws.put("id", SYN_RG + "/providers/Microsoft.Synapse/workspaces/" + name);
        ws.put("name", name);
        ws.put("type", "Microsoft.Synapse/workspaces");
        ws.put("location", LOCATION);
        ObjectNode p = ws.putObject("properties");
        ObjectNode lake = p.putObject("defaultDataLakeStorage");
        lake.put("accountUrl", "https://" + name.replace("-", "") + "lake.dfs.core.windows.net");
        lake.put("filesystem", "default");
        ObjectNode ends = p.putObject("connectivityEndpoints");
        ends.put("dev", name + ".dev.azuresynapse.net");
        ends.put("sql", name + ".sql.azuresynapse.net");
        p.put("sqlAdministratorLogin", "sqladminuser");
        p.put("managedResourceGroupName", "synapseworkspace-managedrg-" + uuid(name).substring(0, 8));
        p.put("provisioningState", "Succeeded");
        p.put("workspaceUID", uuid(name + "-uid"));
        ws.putObject("tags").put("team", "analytics");
        store.put(ws);
        for (String[] pool : pools) {
            ObjectNode bp = Json.obj();
            bp.put("id", ws.get("id").asText() + "/bigDataPools/" + pool[0]);
            bp.put("type", "Microsoft.Synapse/workspaces/bigDataPools");
            bp.put("location", LOCATION);
            bp.put("name", pool[0]);
            bp.putObject("tags");
            ObjectNode pp = bp.putObject("properties");
            pp.put("provisioningState", "Succeeded");
            pp.put("sparkVersion", "3.4");
            pp.put("nodeCount", Integer.parseInt(pool[2]));
            pp.put("nodeSize", pool[1]);
            pp.put("nodeSizeFamily", "MemoryOptimized");
            ObjectNode auto = pp.putObject("autoScale");
            auto.put("enabled", true);
            auto.put("minNodeCount", Integer.parseInt(pool[2]));
            auto.put("maxNodeCount", Integer.parseInt(pool[3]));
            ObjectNode pause = pp.putObject("autoPause");
            pause.put("enabled", true);
            pause.put("delayInMinutes", 15);
            pp.put("creationDate", "2026-02-03T10:00:00Z");
            pp.put("sparkEventsFolder", "/events");
            ObjectNode lib = pp.putObject("libraryRequirements");
            lib.put("time", "2026-02-03T10:00:00Z");
            lib.put("content", "");
            lib.put("filename", "requirements.txt");
            pp.put("defaultSparkLogFolder", "/logs");
            pp.put("isAutotuneEnabled", false);
            store.put(bp);
        }
    }

    // ---------------------------------------------------------------- workspaces

    private void workspaces() {
        workspace(DemoSeed.WORKSPACE, "Demo workspace", "Every compute type in varied states.");
        workspace(DemoSeed.WORKSPACE_2, "Research workspace", "A second workspace in the same region.");
        ObjectNode link = Json.obj();
        String wsId = DemoSeed.workspaceId(DemoSeed.WORKSPACE);
        link.put("id", wsId + "/linkedServices/" + DemoSeed.LINKED_SERVICE);
        link.put("name", DemoSeed.LINKED_SERVICE);
        link.put("location", LOCATION);
        link.put("type", ML + "/workspaces/linkedServices");
        ObjectNode identity = link.putObject("identity");
        identity.put("type", "SystemAssigned");
        identity.put("principalId", uuid("link-principal"));
        identity.put("tenantId", TENANT_ID);
        ObjectNode p = link.putObject("properties");
        p.put("createdTime", "2026-03-01T12:00:00.0000000+00:00");
        p.put("modifiedTime", "2026-03-01T12:00:00.0000000+00:00");
        p.put("linkedServiceResourceId", SYN_RG + "/providers/Microsoft.Synapse/workspaces/"
                + DemoSeed.SYNAPSE_WORKSPACE_OWNER);
        p.put("linkType", "Synapse");
        store.put(link);
    }

    private ObjectNode workspace(String name, String friendly, String description) {
        ObjectNode ws = Json.obj();
        ws.put("id", DemoSeed.workspaceId(name));
        ws.put("name", name);
        ws.put("type", ML + "/workspaces");
        ws.put("location", LOCATION);
        ObjectNode identity = ws.putObject("identity");
        identity.put("type", "SystemAssigned");
        identity.put("principalId", uuid(name + "-principal"));
        identity.put("tenantId", TENANT_ID);
        ObjectNode p = ws.putObject("properties");
        p.put("friendlyName", friendly);
        p.put("description", description);
        String stem = name.replace("-", "");
        p.put("storageAccount", RG + "/providers/Microsoft.Storage/storageAccounts/" + stem + "storage");
        p.put("keyVault", RG + "/providers/Microsoft.KeyVault/vaults/" + stem + "-kv");
        p.put("applicationInsights", RG + "/providers/microsoft.insights/components/" + stem + "-insights");
        p.put("containerRegistry", RG + "/providers/Microsoft.ContainerRegistry/registries/" + stem + "acr");
        p.put("discoveryUrl", "https://" + LOCATION + ".api.azureml.ms/discovery");
        p.put("hbiWorkspace", false);
        p.put("allowPublicAccessWhenBehindVnet", false);
        p.put("publicNetworkAccess", "Enabled");
        p.putArray("privateEndpointConnections");
        p.put("privateLinkCount", 0);
        p.put("serviceProvisionedResourceGroup", name + "_" + uuid(name).replace("-", "").substring(0, 16));
        p.putArray("sharedPrivateLinkResources");
        store.put(ws);
        return ws;
    }

    // ---------------------------------------------------------------- computes

    private ObjectNode body(String type) {
        ObjectNode b = Json.obj();
        b.put("location", LOCATION);
        ObjectNode p = b.putObject("properties");
        p.put("computeType", type);
        p.putObject("properties");
        return b;
    }

    private static ObjectNode inner(ObjectNode body) {
        return (ObjectNode) body.get("properties").get("properties");
    }

    private ComputeRecord create(String workspace, String name, ObjectNode body, long atMs, boolean fail) {
        ObjectNode ws = store.get(DemoSeed.workspaceId(workspace));
        engine.put(ws, name, body, () -> fail, "2026-07-01", atMs);
        ComputeRecord r = store.computesOf(ws.get("id").asText()).get(Store.key(name));
        engine.settle(atMs + 60_000);
        return r;
    }

    private ObjectNode instance(String vmSize) {
        ObjectNode b = body("ComputeInstance");
        inner(b).put("vmSize", vmSize);
        return b;
    }

    private static void createdBy(ComputeRecord r, String oid, String name) {
        ObjectNode by = Json.path(r.inner(), "createdBy");
        by.put("userId", oid);
        by.put("userName", name);
    }

    private void demoComputes(long nowMs) {
        long past = nowMs - 86_400_000L;
        String ws = DemoSeed.WORKSPACE;

        ObjectNode ssh = instance("Standard_DS3_v2");
        ObjectNode sshSettings = inner(ssh).putObject("sshSettings");
        sshSettings.put("sshPublicAccess", "Enabled");
        sshSettings.put("adminPublicKey", "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQDdemo dana@laptop");
        inner(ssh).put("idleTimeBeforeShutdown", "PT60M");
        create(ws, DemoSeed.CI_RUNNING_SSH, ssh, past, false);

        // Stopped with SSH enabled, so the SSH helper has an instance to offer "Start it first" on.
        ObjectNode stopped = instance("Standard_DS11_v2");
        ObjectNode stoppedSsh = inner(stopped).putObject("sshSettings");
        stoppedSsh.put("sshPublicAccess", "Enabled");
        stoppedSsh.put("adminPublicKey", "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQDdemo dana@laptop");
        create(ws, DemoSeed.CI_STOPPED, stopped, past, false);
        engine.action(store.computesOf(DemoSeed.workspaceId(ws)).get(DemoSeed.CI_STOPPED), "stop", "2026-07-01",
                past + 120_000);
        engine.settle(past + 300_000);

        ObjectNode priv = instance("Standard_DS2_v2");
        inner(priv).putObject("subnet").put("id", SUB + "/resourceGroups/rg-network/providers/Microsoft.Network/"
                + "virtualNetworks/" + DemoSeed.VNET + "/subnets/" + DemoSeed.SUBNET);
        inner(priv).put("enableNodePublicIp", false);
        create(ws, DemoSeed.CI_NO_PUBLIC_IP, priv, past, false);

        create(ws, DemoSeed.CI_FAILED, instance("Standard_DS3_v2"), past, true);

        ComputeRecord sam = create(ws, DemoSeed.CI_OTHER_USER, instance("Standard_DS2_v2"), past, false);
        createdBy(sam, DemoSeed.OTHER_USER_OID, DemoSeed.OTHER_USER_NAME);

        ObjectNode assigned = instance("Standard_DS2_v2");
        inner(assigned).put("applicationSharingPolicy", "Personal");
        ObjectNode user = inner(assigned).putObject("personalComputeInstanceSettings").putObject("assignedUser");
        user.put("objectId", DemoSeed.USER_OID);
        user.put("tenantId", TENANT_ID);
        ComputeRecord forDana = create(ws, DemoSeed.CI_ASSIGNED_TO_ME, assigned, past, false);
        createdBy(forDana, DemoSeed.OTHER_USER_OID, DemoSeed.OTHER_USER_NAME);

        ComputeRecord gpu = create(ws, DemoSeed.CI_GPU, instance("Standard_NC6s_v3"), past, false);
        createdBy(gpu, DemoSeed.OTHER_USER_OID, DemoSeed.OTHER_USER_NAME);

        ObjectNode cpu = body("AmlCompute");
        inner(cpu).put("vmSize", "Standard_DS3_v2");
        inner(cpu).put("vmPriority", "Dedicated");
        ObjectNode scale = inner(cpu).putObject("scaleSettings");
        scale.put("minNodeCount", 2);
        scale.put("maxNodeCount", 4);
        scale.put("nodeIdleTimeBeforeScaleDown", "PT120S");
        ObjectNode account = inner(cpu).putObject("userAccountCredentials");
        account.put("adminUserName", "azureuser");
        account.put("adminUserPassword", "Demo-Passw0rd!");
        ComputeRecord cluster = create(ws, DemoSeed.CLUSTER_WITH_NODES, cpu, past, false);
        cluster.busyNodes = 1;
        ComputeEngine.nodeStateCounts(cluster);

        ObjectNode gpuCluster = body("AmlCompute");
        inner(gpuCluster).put("vmSize", "Standard_NC6");
        inner(gpuCluster).put("vmPriority", "LowPriority");
        ObjectNode gscale = inner(gpuCluster).putObject("scaleSettings");
        gscale.put("minNodeCount", 0);
        gscale.put("maxNodeCount", 2);
        create(ws, DemoSeed.CLUSTER_IDLE, gpuCluster, past, false);

        ObjectNode aks = body("AKS");
        inner(aks).put("agentCount", 3);
        inner(aks).put("agentVmSize", "Standard_D3_v2");
        inner(aks).put("clusterPurpose", "FastProd");
        create(ws, DemoSeed.AKS_CLUSTER, aks, past, false);

        ObjectNode vm = body("VirtualMachine");
        ((ObjectNode) vm.get("properties")).put("resourceId", RG + "/providers/Microsoft.Compute/virtualMachines/"
                + DemoSeed.VM);
        ObjectNode vmAccount = inner(vm).putObject("administratorAccount");
        vmAccount.put("username", "azureuser");
        vmAccount.put("password", "Vm-Passw0rd!");
        inner(vm).put("sshPort", 22);
        create(ws, DemoSeed.ATTACHED_VM, vm, past, false);

        ObjectNode hdi = body("HDInsight");
        ((ObjectNode) hdi.get("properties")).put("resourceId", RG + "/providers/Microsoft.HDInsight/clusters/"
                + DemoSeed.HDINSIGHT_CLUSTER);
        ObjectNode hdiAccount = inner(hdi).putObject("administratorAccount");
        hdiAccount.put("username", "sshuser");
        hdiAccount.put("password", "Hdi-Passw0rd!");
        create(ws, DemoSeed.ATTACHED_HDINSIGHT, hdi, past, false);

        ObjectNode dbx = body("Databricks");
        ((ObjectNode) dbx.get("properties")).put("resourceId", RG + "/providers/Microsoft.Databricks/workspaces/"
                + DemoSeed.DATABRICKS_WORKSPACE);
        inner(dbx).put("databricksAccessToken", "dapi0123456789abcdef0123456789abcdef");
        create(ws, DemoSeed.ATTACHED_DATABRICKS, dbx, past, false);

        ObjectNode adla = body("DataLakeAnalytics");
        ((ObjectNode) adla.get("properties")).put("resourceId", RG + "/providers/Microsoft.DataLakeAnalytics/accounts/"
                + DemoSeed.DATA_LAKE_ANALYTICS_ACCOUNT);
        create(ws, DemoSeed.ATTACHED_DATA_LAKE_ANALYTICS, adla, past, false);

        ObjectNode spark = body("SynapseSpark");
        ((ObjectNode) spark.get("properties")).put("resourceId", SYN_RG + "/providers/Microsoft.Synapse/workspaces/"
                + DemoSeed.SYNAPSE_WORKSPACE_OWNER + "/bigDataPools/" + DemoSeed.SPARK_POOL_SMALL);
        spark.putObject("identity").put("type", "SystemAssigned");
        create(ws, DemoSeed.ATTACHED_SYNAPSE_SPARK, spark, past, false);

        ObjectNode k8s = body("Kubernetes");
        ((ObjectNode) k8s.get("properties")).put("resourceId", RG + "/providers/Microsoft.Kubernetes/connectedClusters/"
                + DemoSeed.ARC_CLUSTER);
        inner(k8s).put("namespace", "azureml");
        inner(k8s).put("defaultInstanceType", "defaultinstancetype");
        inner(k8s).put("relayConnectionString", "Endpoint=sb://arc-relay.servicebus.windows.net/;SharedAccessKey=demo");
        create(ws, DemoSeed.ATTACHED_KUBERNETES, k8s, past, false);

        ObjectNode adf = body("DataFactory");
        ((ObjectNode) adf.get("properties")).put("resourceId", RG + "/providers/Microsoft.DataFactory/factories/adf-demo");
        create(ws, DemoSeed.ATTACHED_DATA_FACTORY, adf, past, false);

        ObjectNode small = body("AmlCompute");
        inner(small).put("vmSize", "Standard_DS2_v2");
        inner(small).putObject("scaleSettings").put("maxNodeCount", 2);
        create(DemoSeed.WORKSPACE_2, "cpu-small", small, past, false);

        // Last, and at "now": still Creating when the emulator starts; completes a few seconds later.
        ObjectNode ws1 = store.get(DemoSeed.workspaceId(ws));
        engine.put(ws1, DemoSeed.CI_CREATING, instance("Standard_DS2_v2"), () -> false, "2026-07-01", nowMs);
    }

    // ---------------------------------------------------------------- LARGE

    private void large(long nowMs) {
        long past = nowMs - 86_400_000L;
        ObjectNode ws = workspace(DemoSeed.LARGE_WORKSPACE, "Scale workspace", "10,000 computes for performance work.");
        String wsId = ws.get("id").asText();

        ObjectNode big = body("AmlCompute");
        inner(big).put("vmSize", "Standard_DS1_v2");
        ObjectNode scale = inner(big).putObject("scaleSettings");
        scale.put("minNodeCount", DemoSeed.LARGE_NODE_COUNT);
        scale.put("maxNodeCount", DemoSeed.LARGE_NODE_COUNT);
        ComputeRecord bigCluster = create(DemoSeed.LARGE_WORKSPACE, DemoSeed.LARGE_CLUSTER, big, past, false);
        bigCluster.busyNodes = 400;
        ComputeEngine.nodeStateCounts(bigCluster);

        ObjectNode cluster = body("AmlCompute");
        inner(cluster).put("vmSize", "Standard_DS2_v2");
        inner(cluster).putObject("scaleSettings").put("maxNodeCount", 4);
        ComputeRecord clusterTemplate = create(DemoSeed.LARGE_WORKSPACE, "perftemplatecluster", cluster, past, false);
        ComputeRecord instanceTemplate = create(DemoSeed.LARGE_WORKSPACE, "perftemplateinstance",
                instance("Standard_DS1_v2"), past, false);
        Map<String, ComputeRecord> computes = store.computesOf(wsId);
        computes.remove("perftemplatecluster");
        computes.remove("perftemplateinstance");
        for (int i = 1; computes.size() < DemoSeed.LARGE_COMPUTE_COUNT; i++) {
            String name = String.format("perf%05d%s", i, i % 3 == 0 ? "ci" : "cl");
            ComputeRecord t = i % 3 == 0 ? instanceTemplate : clusterTemplate;
            ComputeRecord r = new ComputeRecord();
            r.workspaceId = t.workspaceId;
            r.subscriptionId = t.subscriptionId;
            r.location = t.location;
            r.family = t.family;
            r.tier = t.tier;
            r.cores = t.cores;
            r.secrets = t.secrets == null ? null : t.secrets.deepCopy();
            r.resource = t.resource.deepCopy();
            r.resource.put("id", wsId + "/computes/" + name);
            r.resource.put("name", name);
            computes.put(Store.key(name), r);
        }
    }
}
