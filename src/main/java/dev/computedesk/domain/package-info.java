/**
 * Pure rules of the product: compute names, node counts, AKS capacity, quota and cost math, the compute
 * state → action table, SSH command building and key formats. No JavaFX, no Azure SDK types.
 */
package dev.computedesk.domain;
