package dev.computedesk.ui.compute.create;

import dev.computedesk.ui.common.ErrorBanner;
import dev.computedesk.ui.common.form.FormBinder;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;

/**
 * What every create and attach form's view shares: the title and step breadcrumb, the review panes, the error
 * banner and notice, the Back / Next / Create buttons and their one-line handlers. Each form's view binds its own
 * fields and calls {@link #bindCommon()} from its {@code initialize}.
 */
abstract class ComputeFormView {
    private final ComputeFormViewModel form;

    @FXML private Label titleLabel;
    @FXML private HBox breadcrumb;
    @FXML private TextArea reviewYamlArea;
    @FXML private TextArea reviewJsonArea;
    @FXML private ErrorBanner errorBanner;
    @FXML private Label noticeLabel;
    @FXML private Button backButton;
    @FXML private Button nextButton;
    @FXML private Button createButton;
    @FXML private Button checkNameAgainButton;
    @FXML private TextArea descriptionField;

    ComputeFormView(ComputeFormViewModel form) {
        this.form = form;
    }

    /** Binds the shared parts; the form's steps are bound by the subclass. */
    final void bindCommon() {
        titleLabel.setText(form.title());
        FormBinder.breadcrumb(breadcrumb, form.stepTitles(), form.stepProperty(), form::goBackTo);
        reviewYamlArea.textProperty().bind(form.reviewYamlProperty());
        reviewJsonArea.textProperty().bind(form.reviewJsonProperty());
        errorBanner.errorProperty().bindBidirectional(form.errorProperty());
        errorBanner.setOnRetry(form::submit);
        FormBinder.message(noticeLabel, form.noticeProperty());
        backButton.disableProperty().bind(form.canBackProperty().not());
        nextButton.disableProperty().bind(form.canNextProperty().not());
        nextButton.visibleProperty().bind(form.onReviewProperty().not());
        nextButton.managedProperty().bind(nextButton.visibleProperty());
        createButton.disableProperty().bind(form.canCreateProperty().not());
        createButton.setDefaultButton(true);
        FormBinder.shownWhen(checkNameAgainButton, form.canCheckNameAgainProperty());
        FormBinder.field(descriptionField, null, form.descriptionProperty());
    }

    @FXML
    private void checkNameAgain() {
        form.checkNameAgain();
    }

    @FXML
    private void next() {
        form.next();
    }

    @FXML
    private void back() {
        form.back();
    }

    @FXML
    private void create() {
        form.submit();
    }

    @FXML
    private void cancel() {
        form.cancel();
    }

    @FXML
    private void openYaml() {
        form.openYaml();
    }

    @FXML
    private void copyYaml() {
        form.copyYaml();
    }

    @FXML
    private void copyJson() {
        form.copyJson();
    }
}
