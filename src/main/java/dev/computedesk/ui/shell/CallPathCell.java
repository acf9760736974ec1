package dev.computedesk.ui.shell;

import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/**
 * An HTTP call's path in the activity log: ARM paths share a long start ({@code /subscriptions/…/workspaces/ws}),
 * so the cell shows their end ({@code …/computes/ci-dana/start}), which tells the calls apart, and the whole path
 * in its tooltip.
 */
final class CallPathCell extends TableCell<dev.computedesk.azure.http.CallRecord, String> {
    CallPathCell() {
        // Should the end still not fit, the cell cuts at its start, never at the end that names the call.
        setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
    }

    @Override
    protected void updateItem(String path, boolean empty) {
        super.updateItem(path, empty);
        if (empty || path == null) {
            setText(null);
            setTooltip(null);
        } else {
            setText(CallPaths.meaningfulEnd(path));
            setTooltip(new Tooltip(path));
        }
    }
}
