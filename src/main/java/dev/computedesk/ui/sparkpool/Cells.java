package dev.computedesk.ui.sparkpool;

import javafx.util.StringConverter;

import java.util.function.Function;

/** How the Spark pool screens show model records in combo boxes: a one-way converter from a label function. */
public final class Cells {
    private Cells() {
    }

    /** A converter that shows {@code label.apply(item)} and never parses (the combos are not editable). */
    public static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : label.apply(item);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
