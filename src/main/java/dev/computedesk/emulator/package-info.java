/**
 * The local ARM emulator: an HTTP server on 127.0.0.1 that plays Azure Resource Manager for the subset
 * the app uses. It imports nothing from the app's other layers: it is reached only over HTTP.
 */
package dev.computedesk.emulator;
