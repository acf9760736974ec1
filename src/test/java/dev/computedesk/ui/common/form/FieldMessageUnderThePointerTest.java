package dev.computedesk.ui.common.form;

import dev.computedesk.domain.validation.ValidationResult;
import dev.computedesk.testing.Settled;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A click on a control below a field is not lost when the field's message comes or goes during the click: pressing
 * moves focus out of the field (its message appears), or an answer arrives while the button is held (a message goes).
 * The line the message adds or removes would slide the control out from under the pointer before the release.
 */
@ExtendWith(ApplicationExtension.class)
class FieldMessageUnderThePointerTest {
    private final BooleanProperty checking = new SimpleBooleanProperty(false);
    private final AtomicInteger clicks = new AtomicInteger();
    private FormField field;
    private TextField input;
    private Label message;
    private Button below;

    @Start
    void start(Stage stage) {
        field = new FormField(text -> text.isBlank() ? ValidationResult.error("Enter a compute name")
                : checking.get() ? ValidationResult.error("Checking whether the name is free…")
                : ValidationResult.ok(), checking);
        input = new TextField();
        message = new Label();
        below = new Button("Next");
        below.setOnAction(event -> clicks.incrementAndGet());
        FormBinder.field(input, message, field);
        stage.setScene(new Scene(new VBox(4, input, message, below), 320, 200));
        stage.show();
        input.requestFocus();
    }

    /** Presses on the button, lets several pulses pass while it is held (the layout has every chance to move), releases. */
    private void slowClick(FxRobot robot, Runnable whileHeld) {
        Settled.await(below);
        robot.moveTo(below).press(MouseButton.PRIMARY);
        robot.interact(whileHeld);
        Settled.await(below);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void pressingAButtonBelowAnEmptyFieldClicksItAndTheMessageAppearsAfter(FxRobot robot) {
        double before = below.localToScene(0, 0).getY();

        slowClick(robot, () -> assertThat(input.isFocused()).as("the press took the focus").isFalse());

        assertThat(clicks).hasValue(1);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo("Enter a compute name");
        Settled.await(below);
        assertThat(below.localToScene(0, 0).getY()).as("the form moved once the click was done").isGreaterThan(before);
    }

    @Test
    void anAnswerArrivingDuringTheClickDoesNotPullTheButtonAway(FxRobot robot) {
        robot.interact(() -> {
            checking.set(true);
            field.set("gpu-1");
        });
        Settled.await(below);
        assertThat(message.getText()).isEqualTo("Checking whether the name is free…");

        slowClick(robot, () -> checking.set(false));

        assertThat(clicks).hasValue(1);
        assertThat(message.isVisible()).isFalse();
        assertThat(message.getText()).isEmpty();
    }

    @Test
    void withNoButtonHeldTheMessageFollowsAtOnce(FxRobot robot) {
        robot.interact(() -> field.set("gpu-1"));
        assertThat(message.isVisible()).isFalse();
        robot.interact(() -> field.set(""));
        assertThat(message.getText()).isEqualTo("Enter a compute name");
        assertThat(message.isVisible()).isTrue();
    }
}
