/**
 * The Azure client layer every screen calls: the same code against {@code management.azure.com} and the embedded
 * ARM emulator; only the endpoint and the credential differ.
 *
 * <p>Start from {@link dev.computedesk.azure.connect.ConnectionFactory}: {@code emulator(baseUrl, token)} or
 * {@code azure(kind, credential, cloud, tenant)} (credentials from
 * {@link dev.computedesk.azure.connection.CredentialFactory}). The resulting
 * {@link dev.computedesk.azure.AzureConnection} hands out the typed clients ({@code computes()},
 * {@code workspaces()}, {@code subscriptions()}, {@code capacity()}, {@code linkedServices()}, {@code synapse()},
 * {@code pickers()}, {@code permissions()}), all blocking: call them from background tasks. Failures are
 * {@link dev.computedesk.azure.ArmException} (401: {@link dev.computedesk.azure.AuthenticationRequiredException});
 * long-running calls return an {@link dev.computedesk.azure.ArmOperation} to observe, wait for, or cancel.
 * Each HTTP call is reported to the {@link dev.computedesk.azure.http.CallScope} open on the calling thread.
 */
package dev.computedesk.azure;
