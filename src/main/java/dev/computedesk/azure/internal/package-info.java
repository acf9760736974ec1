/**
 * Implementations behind the {@code dev.computedesk.azure} interfaces: the pipeline and its policies, the small
 * ARM HTTP helper, the long-running-operation poller and the typed clients. Not for use outside {@code azure}.
 */
package dev.computedesk.azure.internal;
