/**
 * Where connections are built: {@link dev.computedesk.azure.connect.ConnectionFactory} wires the pipeline and the
 * typed clients of {@code azure.internal} behind the interfaces of {@code azure}. It lives apart from both so that
 * {@code azure} (the contracts) and {@code azure.internal} (their implementations) form no package circle
 * (docs/architecture.md "Layer rules").
 */
package dev.computedesk.azure.connect;
