package dev.computedesk.ui.common;

/** Puts text on the system clipboard; behind an interface so view-models stay testable without a stage. */
@FunctionalInterface
public interface ClipboardService {
    void putText(String text);
}
