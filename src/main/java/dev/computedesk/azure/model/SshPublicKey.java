package dev.computedesk.azure.model;

/**
 * An SSH public key stored in Azure ({@code Microsoft.Compute/sshPublicKeys}), as the instance form's "Use existing
 * key stored in Azure" lists it. Azure keeps only the public half.
 *
 * @param id            ARM id
 * @param name          the key resource's name
 * @param resourceGroup its resource group (from the id)
 * @param location      region
 * @param publicKey     the OpenSSH public key ({@code ssh-rsa AAAA… [comment]}), or null when the resource has none yet
 */
public record SshPublicKey(String id, String name, String resourceGroup, String location, String publicKey) {
}
