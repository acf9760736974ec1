package dev.computedesk.ui.compute.edit;

/** Opens an edit dialog; the details pane calls it, the app gives it windows ({@link EditDialogs}). */
public interface ComputeEditor {

    /** Offers no dialog (a details pane without windows, as in view-model tests). */
    ComputeEditor NONE = (edit, target) -> { };

    /** Opens the dialog of {@code edit} for {@code target}. */
    void open(ComputeEdit edit, EditTarget target);
}
