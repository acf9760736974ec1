package dev.computedesk.ui.common;

import dev.computedesk.testing.OnScreen;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Columns that do not fit give way from the right and come back with room; the user's choices stand. */
@ExtendWith(ApplicationExtension.class)
class ColumnFitTest {
    private static final String ROW = "a row";
    private TableView<String> table;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        table = new TableView<>();
        for (String header : List.of("Name of the compute", "Provisioning state", "Virtual machine size",
                "Allocation state")) {
            TableColumn<String, String> column = new TableColumn<>(header);
            column.setCellValueFactory(row -> new ReadOnlyStringWrapper(header + " of " + row.getValue()));
            table.getColumns().add(column);
        }
        table.getItems().add(ROW);
        ColumnFit.byCellData(table);
        stage.setScene(new Scene(new StackPane(table), 1300, 300));
        stage.show();
        OnScreen.fit(stage);
    }

    @Test
    void columnsGiveWayFromTheRightAndComeBackWithRoom(FxRobot robot) {
        assertThat(visible()).as("wide enough for all").containsExactly(true, true, true, true);
        assertThat(table.isTableMenuButtonVisible()).as("hidden columns stay one click away").isTrue();

        resize(robot, roomForTwoAndAHalf());
        assertThat(visible()).as("the rightmost give way first").containsExactly(true, true, false, false);
        assertThat(columnsWidth()).isLessThanOrEqualTo(table.getWidth());
        assertThat(ColumnFit.gaveWay(table.getColumns().get(3))).isTrue();

        resize(robot, 160);
        assertThat(visible().get(0)).as("the first column never gives way").isTrue();

        resize(robot, 1300);
        assertThat(visible()).containsExactly(true, true, true, true);
        assertThat(table.getColumns()).noneMatch(ColumnFit::gaveWay);
    }

    @Test
    void aColumnTheUserShowsOrHidesStaysSo(FxRobot robot) {
        TableColumn<String, ?> last = table.getColumns().get(3);
        TableColumn<String, ?> second = table.getColumns().get(1);
        robot.interact(() -> second.setVisible(false));
        resize(robot, roomForTwoAndAHalf());
        assertThat(last.isVisible()).isFalse();
        robot.interact(() -> last.setVisible(true));
        resize(robot, roomForTwoAndAHalf() - 20);
        assertThat(last.isVisible()).as("shown by the user").isTrue();
        assertThat(ColumnFit.gaveWay(last)).isFalse();

        resize(robot, 1300);
        assertThat(second.isVisible()).as("hidden by the user; %s %s", visible(), second.getProperties()).isFalse();
        assertThat(ColumnFit.gaveWay(second)).isFalse();
    }

    @Test
    void onlyTheFirstRowsWidenAColumn(FxRobot robot) {
        TableColumn<String, ?> name = table.getColumns().get(0);
        double fitted = name.getMinWidth();
        String longName = "a name far longer than any header of the table, as long as a sentence";
        robot.interact(() -> {
            for (int i = table.getItems().size(); i < ColumnFit.FIRST_PAGE; i++) {
                table.getItems().add(ROW);
            }
            table.getItems().add(longName);
        });
        assertThat(name.getMinWidth()).as("a row past the first page is not measured").isEqualTo(fitted);

        robot.interact(() -> table.getItems().add(0, longName));
        assertThat(name.getMinWidth()).as("a row among the first is").isGreaterThan(fitted);
    }

    private void resize(FxRobot robot, double width) {
        robot.interact(() -> stage.setWidth(width));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A window where the first two columns fit and half of the third. */
    private double roomForTwoAndAHalf() {
        List<TableColumn<String, ?>> columns = table.getColumns();
        return columns.get(0).getMinWidth() + columns.get(1).getMinWidth() + columns.get(2).getMinWidth() / 2 + 30;
    }

    private List<Boolean> visible() {
        return table.getColumns().stream().map(TableColumn::isVisible).toList();
    }

    private double columnsWidth() {
        return table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum();
    }
}
