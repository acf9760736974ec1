package dev.computedesk.ui.compute.create;

import dev.computedesk.testing.EmulatorFixture;
import dev.computedesk.testing.Settled;
import dev.computedesk.testing.TestUi;
import dev.computedesk.ui.common.ComputeFormKind;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** An attach form whose picker lists nothing: the hint shows, and its link asks the host to open the portal. */
@ExtendWith(ApplicationExtension.class)
class AttachPickerHintFxTest {
    private EmulatorFixture fixture;
    private TestUi ui;
    private Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        fixture = EmulatorFixture.startWithState(EmulatorFixture.withoutResourcesOfType(
                "Microsoft.Databricks/workspaces"));
        ui = new TestUi(fixture, fixture.demoWorkspace(), () -> stage);
        stage.setScene(new Scene(new Label("Compute Desk"), 300, 200));
        stage.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != main).forEach(Window::hide));
        ui.close();
        fixture.close();
    }

    /** The node and every parent visible (the hint's line and link sit in a box that hides them both). */
    private static boolean shown(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(node -> {
            for (Node n = node; n != null; n = n.getParent()) {
                if (!n.isVisible()) {
                    return false;
                }
            }
            return true;
        }).orElse(false);
    }

    @Test
    void anEmptyDatabricksPickerPointsToThePortalAndTheLinkOpensIt(FxRobot robot) throws Exception {
        robot.interact(() -> ComputeFormWindows.open(ui.context, ComputeFormKind.DATABRICKS, null, null));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown(robot, "#emptyListLink"));

        assertThat(robot.lookup("#emptyListHint").queryAs(Label.class).getText())
                .startsWith("No Azure Databricks workspaces in this subscription.");
        Hyperlink link = robot.lookup("#emptyListLink").queryAs(Hyperlink.class);
        assertThat(link.getText()).isEqualTo("Create an Azure Databricks workspace in the Azure portal");
        assertThat(shown(robot, "#kindNote")).isFalse();

        Settled.clickOn(robot, link); // the hint's line may still take its wrapped height and move the link
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ui.links).containsExactly("https://portal.azure.com/#create/Microsoft.Databricks");
    }

    @Test
    void theDataLakeAnalyticsFormNotesTheDefaultDataStore(FxRobot robot) throws Exception {
        robot.interact(() -> ComputeFormWindows.open(ui.context, ComputeFormKind.DATA_LAKE_ANALYTICS, null, null));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown(robot, "#kindNote"));
        assertThat(robot.lookup("#kindNote").queryAs(Label.class).getText())
                .isEqualTo(AttachFormViewModel.dataLakeNote());
        assertThat(shown(robot, "#emptyListLink")).isFalse();
    }
}
