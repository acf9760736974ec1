package dev.computedesk.ui.linkedservices;

import dev.computedesk.ui.common.ErrorBanner;
import dev.computedesk.ui.common.LinkOpener;
import dev.computedesk.ui.common.form.EmptyListHintBox;
import dev.computedesk.domain.text.Messages;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;

import java.util.Objects;

/** Controller of {@code linkedservices/AttachPools.fxml}: a linked service's Attach step. */
public final class AttachPoolsView {
    private final AttachPoolsViewModel viewModel;
    private final Runnable close;

    @FXML private Label titleLabel;
    @FXML private ErrorBanner errorBanner;
    @FXML private TableView<PoolChoice> sparkPoolList;
    @FXML private Label placeholder;
    @FXML private Label selectionLabel;
    @FXML private ListView<String> resultsList;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Button attachSelectedButton;

    @FXML private EmptyListHintBox sparkPoolsHint;
    private final LinkOpener links;

    /**
     * @param close closes the step's window (also once every chosen pool was attached)
     * @param links opens the "no Spark pools" hint's link in the system browser
     */
    public AttachPoolsView(AttachPoolsViewModel viewModel, Runnable close, LinkOpener links) {
        this.viewModel = Objects.requireNonNull(viewModel);
        this.close = Objects.requireNonNull(close);
        this.links = Objects.requireNonNull(links);
    }

    @FXML
    private void initialize() {
        titleLabel.setText(Messages.get("linkedservices.attachPools.title", viewModel.link().name(),
                viewModel.link().synapseWorkspace()));
        errorBanner.errorProperty().bind(viewModel.errorProperty());
        errorBanner.setOnRetry(viewModel::retry);
        PoolTable.install(sparkPoolList, viewModel.choices());
        placeholder.textProperty().bind(Bindings.when(viewModel.loadingProperty())
                .then(Messages.get("linkedservices.attachPools.loading"))
                .otherwise(Messages.get("linkedservices.attachPools.none")));
        sparkPoolsHint.bind(viewModel.poolsHint(), links);
        selectionLabel.textProperty().bind(viewModel.selectionMessageProperty());
        resultsList.setItems(viewModel.results());
        resultsList.visibleProperty().bind(Bindings.isNotEmpty(viewModel.results()));
        resultsList.managedProperty().bind(resultsList.visibleProperty());
        busyIndicator.visibleProperty().bind(viewModel.loadingProperty().or(viewModel.runningProperty()));
        attachSelectedButton.disableProperty().bind(viewModel.canAttachProperty().not());
        viewModel.completedProperty().addListener((obs, was, done) -> {
            if (done) {
                close.run();
            }
        });
    }

    @FXML
    private void attachSelected() {
        viewModel.attachSelected();
    }

    @FXML
    private void cancel() {
        close.run();
    }
}
