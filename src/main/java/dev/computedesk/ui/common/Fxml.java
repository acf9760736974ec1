package dev.computedesk.ui.common;

import dev.computedesk.domain.text.Messages;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;

/**
 * Loads an FXML file from {@code /fxml/} with a controller that was built by constructor injection, and the texts of
 * the chosen language for its {@code %key} values.
 */
public final class Fxml {
    private Fxml() {
    }

    /**
     * Loads {@code /fxml/<path>} and gives it {@code controller}, which must be an instance of the file's
     * {@code fx:controller} class.
     */
    public static Parent load(String path, Object controller) {
        URL url = Fxml.class.getResource("/fxml/" + path);
        if (url == null) {
            throw new IllegalArgumentException("No FXML file /fxml/" + path);
        }
        FXMLLoader loader = new FXMLLoader(url, Messages.bundle());
        loader.setControllerFactory(type -> {
            if (!type.isInstance(controller)) {
                throw new IllegalStateException(path + " wants a " + type.getName() + ", given "
                        + controller.getClass().getName());
            }
            return controller;
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load /fxml/" + path, e);
        }
    }
}
