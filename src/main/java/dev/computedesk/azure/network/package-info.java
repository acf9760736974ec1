/**
 * How the app's connections reach the network: the proxy chosen in the settings (the system's, none, or a manual one
 * with user and password), the TLS trust (the operating system's store, the JDK's and a company CA file), and what a
 * failed connection means in plain words. {@link dev.computedesk.azure.network.Network} is the one object the HTTP
 * clients of azure-core and azure-identity are configured from. See {@code docs/network.md}.
 */
package dev.computedesk.azure.network;
