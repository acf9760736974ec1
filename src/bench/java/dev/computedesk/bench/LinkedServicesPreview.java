package dev.computedesk.bench;

import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.testing.EmulatorFixture;
import dev.computedesk.testing.TestUi;
import dev.computedesk.ui.linkedservices.LinkedServicesPage;
import dev.computedesk.ui.sparkpool.SparkPoolWizardWindow;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Shows the Linked services page (and, with the argument {@code wizard}, the Spark pool wizard) against a demo
 * emulator, to look at the screens. A plain main (not an {@code Application}), so it starts from the class path. Needs the test classes on the class path.
 */
public final class LinkedServicesPreview {
    private static String mode = "page";

    public static void main(String[] args) {
        mode = args.length > 0 ? args[0] : "page";
        Platform.startup(() -> new LinkedServicesPreview().start(new Stage()));
    }

    @SuppressWarnings("unchecked")
    private static void select(Parent root, String id, int index) {
        ((javafx.scene.control.ComboBox<Object>) root.lookup(id)).getSelectionModel().select(index);
    }

    private static void later(long millis, Runnable action) {
        Thread thread = new Thread(() -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                return;
            }
            Platform.runLater(action);
        });
        thread.setDaemon(true);
        thread.start();
    }

    private void start(Stage stage) {
        EmulatorFixture fixture = EmulatorFixture.start();
        WorkspaceRef workspace = new WorkspaceRef(DemoSeed.SUBSCRIPTION_ID, DemoSeed.RESOURCE_GROUP, DemoSeed.WORKSPACE,
                DemoSeed.LOCATION);
        TestUi ui = new TestUi(fixture, workspace, () -> stage);
        Parent page = (Parent) LinkedServicesPage.create(ui.context);
        StackPane root = new StackPane(page);
        root.getStyleClass().add("content-area");
        Scene scene = new Scene(root, 1100, 700);
        scene.getStylesheets().setAll(TestUi.stylesheets());
        stage.setScene(scene);
        stage.setTitle("Linked services preview");
        stage.show();
        if (mode.equals("wizard")) {
            SparkPoolWizardWindow.open(ui.context, "spark-analytics", null);
            later(3000, () -> {
                Stage wizard = (Stage) javafx.stage.Window.getWindows().stream().filter(w -> w != stage).findFirst()
                        .orElseThrow();
                Parent form = wizard.getScene().getRoot();
                select(form, "#synapseWorkspaceCombo", 0);
                later(1500, () -> {
                    select(form, "#sparkPoolCombo", 0);
                    ((javafx.scene.control.CheckBox) form.lookup("#identityToggle")).setSelected(true);
                    select(form, "#identityTypeCombo", Integer.getInteger("identity", 1));
                    if (System.getProperty("create") != null) {
                        later(1500, () -> ((javafx.scene.control.Button) form.lookup("#createButton")).fire());
                    }
                });
            });
        }
        if (mode.equals("add")) {
            later(2000, () -> {
                ((javafx.scene.control.Button) page.lookup("#addIntegrationButton")).fire();
                later(2500, () -> {
                    Stage wizard = (Stage) javafx.stage.Window.getWindows().stream().filter(w -> w != stage)
                            .findFirst().orElseThrow();
                    Parent form = wizard.getScene().getRoot();
                    ((javafx.scene.control.TextField) form.lookup("#linkNameField")).setText("team-link");
                    select(form, "#synapseWorkspaceCombo", Integer.getInteger("synapse", 1));
                    if (System.getProperty("pools") != null) {
                        later(1500, () -> {
                            ((javafx.scene.control.Button) form.lookup("#nextButton")).fire();
                            if (System.getProperty("create") != null) {
                                later(1000, () -> {
                                    ((javafx.scene.control.TableView<?>) form.lookup("#sparkPoolList")).getItems()
                                            .forEach(row -> ((dev.computedesk.ui.linkedservices.PoolChoice) row)
                                                    .selectedProperty().set(true));
                                    ((javafx.scene.control.Button) form.lookup("#nextButton")).fire();
                                    later(500, () -> ((javafx.scene.control.Button) form.lookup("#createButton")).fire());
                                });
                            }
                        });
                    }
                });
            });
        }
    }
}
