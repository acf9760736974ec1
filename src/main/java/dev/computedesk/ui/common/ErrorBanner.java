package dev.computedesk.ui.common;

import dev.computedesk.domain.text.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The banner that shows a failed list or action where it happened ({@code #errorBanner}), with Retry
 * ({@code #retryButton}) and Dismiss. Hidden while {@link #errorProperty()} is null. Usable from FXML.
 */
public final class ErrorBanner extends HBox {
    private final ObjectProperty<ErrorInfo> error = new SimpleObjectProperty<>(this, "error");
    /** Dismiss hides the banner without touching {@link #error}, which is usually bound to a view-model. */
    private final BooleanProperty dismissed = new SimpleBooleanProperty(this, "dismissed");
    private final Label text = new Label();
    private final Button retry = new Button(Messages.get("common.code.retry"));
    private final Button dismiss = new Button(Messages.get("common.code.dismiss"));
    private Runnable onRetry = () -> { };

    public ErrorBanner() {
        setId("errorBanner");
        getStyleClass().add("error-banner");
        setAlignment(Pos.CENTER_LEFT);
        text.setId("errorBannerText");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        retry.setId("retryButton");
        retry.setOnAction(event -> onRetry.run());
        dismiss.getStyleClass().add("link-button");
        // A long message wraps; the buttons keep their whole words instead of shrinking to "…".
        retry.setMinWidth(Region.USE_PREF_SIZE);
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        dismiss.setOnAction(event -> dismissed.set(true));
        getChildren().addAll(text, retry, dismiss);
        visibleProperty().bind(error.isNotNull().and(dismissed.not()));
        managedProperty().bind(visibleProperty());
        error.addListener((obs, old, info) -> {
            dismissed.set(false);
            text.setText(info == null ? "" : info.summary());
            retry.setVisible(info != null && info.retryable());
            retry.setManaged(retry.isVisible());
        });
    }

    /** The failure shown; bind it to a view-model's error property. */
    public ObjectProperty<ErrorInfo> errorProperty() {
        return error;
    }

    /** The action button's text ("Retry" unless the way on is something else, such as "Sign in again"). */
    public javafx.beans.property.StringProperty retryTextProperty() {
        return retry.textProperty();
    }

    /**
     * Renames the banner and its button, for a banner that must not answer a page's {@code #errorBanner} lookup
     * (the shell's connection banner).
     */
    public void setIds(String bannerId, String retryButtonId) {
        setId(bannerId);
        text.setId(bannerId + "Text");
        retry.setId(retryButtonId);
    }

    public void setOnRetry(Runnable action) {
        this.onRetry = action == null ? () -> { } : action;
    }
}
