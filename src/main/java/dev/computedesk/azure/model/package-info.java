/**
 * Immutable records for the ARM shapes the app shows and sends: computes (one record per compute kind),
 * nodes, secrets, VM sizes, usages, quotas, workspaces, linked services, Synapse workspaces and pools,
 * subscriptions, tenants, resource groups and the resources the attach forms pick from.
 *
 * <p>Every record ignores unknown JSON fields and omits null fields when written, so a body built from
 * these records has exactly the field names and nesting of Microsoft's examples. Records that carry a
 * secret (password, private key, token, connection string, kube config) mask it in {@code toString()}.
 */
package dev.computedesk.azure.model;
