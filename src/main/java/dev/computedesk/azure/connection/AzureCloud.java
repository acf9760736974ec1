package dev.computedesk.azure.connection;

import com.azure.core.management.AzureEnvironment;
import com.azure.identity.AzureAuthorityHosts;

/** The Azure clouds the app can sign in to, with their endpoints. */
public enum AzureCloud {
    /** Azure public cloud ({@code management.azure.com}). */
    AZURE("Azure", AzureEnvironment.AZURE, AzureAuthorityHosts.AZURE_PUBLIC_CLOUD),
    /** Azure operated by 21Vianet ({@code management.chinacloudapi.cn}). */
    AZURE_CHINA("Azure China", AzureEnvironment.AZURE_CHINA, AzureAuthorityHosts.AZURE_CHINA),
    /** Azure US Government ({@code management.usgovcloudapi.net}). */
    AZURE_US_GOVERNMENT("Azure US Government", AzureEnvironment.AZURE_US_GOVERNMENT,
            AzureAuthorityHosts.AZURE_GOVERNMENT);

    private final String displayName;
    private final AzureEnvironment environment;
    private final String authorityHost;

    AzureCloud(String displayName, AzureEnvironment environment, String authorityHost) {
        this.displayName = displayName;
        this.environment = environment;
        this.authorityHost = authorityHost;
    }

    /** A label for the sign-in dialog. */
    public String displayName() {
        return displayName;
    }

    /** The azure-core environment (ARM endpoint, management endpoint ...). */
    public AzureEnvironment environment() {
        return environment;
    }

    /** The Microsoft Entra authority host for azure-identity. */
    public String authorityHost() {
        return authorityHost;
    }

    /** The ARM endpoint, e.g. {@code https://management.azure.com/}. */
    public String resourceManagerEndpoint() {
        return environment.getResourceManagerEndpoint();
    }

    /** The OAuth scope for ARM tokens, e.g. {@code https://management.core.windows.net//.default}. */
    public String armScope() {
        return armScope(environment);
    }

    /** The ARM token scope of any environment: its management endpoint + {@code /.default}. */
    public static String armScope(AzureEnvironment environment) {
        return environment.getManagementEndpoint() + "/.default";
    }
}
