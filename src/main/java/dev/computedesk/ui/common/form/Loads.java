package dev.computedesk.ui.common.form;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** Counts a form's background loads (lists, checks) so one spinner and one "wait" condition cover them all. */
public final class Loads {
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private int pending;

    /** A load was submitted. */
    public void started() {
        pending++;
        loading.set(true);
    }

    /** A load ended (either way). */
    public void finished() {
        pending = Math.max(0, pending - 1);
        loading.set(pending > 0);
    }

    /** True while any load is out. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
