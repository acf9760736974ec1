/**
 * Pure rules of Compute Desk: form validation, quota and cost math, the compute state to
 * allowed-actions table and the SSH helper's text and files.
 *
 * <p>This package and its sub-packages use the JDK only: no JavaFX, no Jackson, no
 * Azure SDK types, nothing from {@code app}, {@code azure}, {@code ui} or {@code emulator}, so
 * view-models, the ARM client layer and tests can all call them directly.
 */
package dev.computedesk.domain;
