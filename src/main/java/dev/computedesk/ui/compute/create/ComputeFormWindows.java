package dev.computedesk.ui.compute.create;

import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.ui.common.ComputeFormKind;
import dev.computedesk.ui.common.Fxml;
import dev.computedesk.ui.common.KeyBindings;
import dev.computedesk.ui.common.KeyFolder;
import dev.computedesk.ui.common.UiContext;
import dev.computedesk.ui.common.form.FileChoices;
import dev.computedesk.ui.common.form.FxDebouncer;
import dev.computedesk.domain.text.Messages;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Opens the create and attach forms (all but the Synapse Spark pool wizard), each in its own window. */
public final class ComputeFormWindows {

    private ComputeFormWindows() {
    }

    /**
     * Opens the form of {@code kind}; with {@code prefill} (a request sent before) for "Edit and retry".
     *
     * @param computeName the name to prefill, or null
     * @param prefill     the request to prefill from, or null for an empty form
     * @return the window, or null when no workspace is selected (the user is told)
     */
    public static Stage open(UiContext context, ComputeFormKind kind, String computeName, ComputeResource prefill) {
        AzureConnection connection = context.workspace().connection();
        WorkspaceRef workspace = context.workspace().workspace();
        if (connection == null || workspace == null) {
            context.dialogs().inform(kind.title(), Messages.get("compute.form.selectWorkspaceFirst"));
            return null;
        }
        if (kind == ComputeFormKind.SYNAPSE_SPARK) {
            throw new IllegalArgumentException("The Synapse Spark pool wizard is opened by its own feature");
        }
        Stage stage = new Stage();
        Window owner = context.owner() == null ? null : context.owner().get();
        if (owner != null) {
            stage.initOwner(owner);
        }
        FormServices services = new FormServices(context.executor(), connection, workspace, context.dialogs(),
                context.clipboard(), context.computeEvents(), context.navigator(),
                new FxDebouncer(FxDebouncer.NAME_CHECK_DELAY), new StageFileChoices(stage, context.keyFolder()), context.follower(),
                context.links());
        ComputeFormViewModel viewModel;
        Parent root;
        switch (kind) {
            case COMPUTE_INSTANCE -> {
                ComputeInstanceFormViewModel form = new ComputeInstanceFormViewModel(services);
                root = Fxml.load("compute/create/ComputeInstanceForm.fxml", new ComputeInstanceFormView(form));
                viewModel = form;
            }
            case COMPUTE_CLUSTER -> {
                ComputeClusterFormViewModel form = new ComputeClusterFormViewModel(services);
                root = Fxml.load("compute/create/ComputeClusterForm.fxml", new ComputeClusterFormView(form));
                viewModel = form;
            }
            case INFERENCE_CLUSTER -> {
                AksFormViewModel form = new AksFormViewModel(services);
                root = Fxml.load("compute/create/AksForm.fxml", new AksFormView(form, context.links()));
                viewModel = form;
            }
            default -> {
                AttachFormViewModel form = new AttachFormViewModel(services, kind);
                root = Fxml.load("compute/create/AttachForm.fxml", new AttachFormView(form, context.links()));
                viewModel = form;
            }
        }
        if (prefill != null) {
            viewModel.prefill(prefill);
            viewModel.noticeProperty().set(Messages.get("compute.form.prefillNotice"));
        }
        if (computeName != null) {
            viewModel.name().set(computeName);
        }
        Scene scene = new Scene(root);
        if (context.stylesheets() != null) {
            scene.getStylesheets().addAll(context.stylesheets());
        }
        stage.setScene(scene);
        stage.setTitle(Messages.get("compute.form.title", viewModel.title(), workspace.name()));
        viewModel.markPristine();
        KeyBindings.askBeforeClosing(stage, viewModel::isDirty, context.dialogs(), viewModel::cancel);
        viewModel.phaseProperty().addListener((obs, old, phase) -> {
            switch (phase) {
                case SUBMITTING -> stage.hide();
                case EDITING -> {
                    if (!stage.isShowing()) {
                        stage.show();
                    }
                    stage.toFront();
                }
                case CLOSED -> stage.close();
            }
        });
        stage.show();
        return stage;
    }

    /** File dialogs owned by the form's window. */
    private static final class StageFileChoices implements FileChoices {
        private final Stage stage;
        private final KeyFolder keyFolder;

        StageFileChoices(Stage stage, KeyFolder keyFolder) {
            this.stage = stage;
            this.keyFolder = keyFolder;
        }

        @Override
        public Optional<Path> choosePrivateKeyFile(String suggestedName) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get("compute.form.savePrivateKey"));
            chooser.setInitialFileName(suggestedName);
            // A cheap metadata check of one folder the user is about to browse anyway.
            File start = keyFolder.start().toFile();
            if (start.isDirectory()) {
                chooser.setInitialDirectory(start);
            }
            Optional<Path> chosen = Optional.ofNullable(chooser.showSaveDialog(stage)).map(File::toPath);
            chosen.ifPresent(keyFolder::used);
            return chosen;
        }

        @Override
        public Optional<Path> chooseYamlFile() {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get("compute.form.openYaml"));
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("YAML", "*.yml", "*.yaml"),
                    new FileChooser.ExtensionFilter(Messages.get("compute.form.allFiles"), "*.*"));
            return Optional.ofNullable(chooser.showOpenDialog(stage)).map(File::toPath);
        }
    }
}
