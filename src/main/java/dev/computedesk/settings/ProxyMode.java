package dev.computedesk.settings;

/** How the app's connections reach the network. */
public enum ProxyMode {
    /** The operating system's proxy settings. */
    SYSTEM,
    /** A direct connection. */
    NONE,
    /** The proxy URL the user typed. */
    MANUAL
}
