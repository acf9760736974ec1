package dev.computedesk.ui.common;

/** Questions and notices that need the user's answer; behind an interface so view-models test without a stage. */
public interface DialogService {

    /** Asks and waits for the answer; true only when the user chose the confirming button. Cancel is the default. */
    boolean confirm(Confirmation confirmation);

    /** Shows a notice the user acknowledges. */
    void inform(String title, String message);
}
