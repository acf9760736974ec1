package dev.computedesk.ui.common;

/** Opens a URL in the system browser (JupyterLab, VS Code links, Synapse Studio). */
@FunctionalInterface
public interface LinkOpener {
    void open(String url);
}
