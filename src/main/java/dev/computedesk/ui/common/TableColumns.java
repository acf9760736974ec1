package dev.computedesk.ui.common;

import dev.computedesk.domain.text.Messages;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

import java.text.Collator;
import java.util.Comparator;
import java.util.function.Function;

/** Small helpers for binding table columns in views. */
public final class TableColumns {
    private TableColumns() {
    }

    /** Shows {@code value} of each row as the column's text, sorted in {@link #displayOrder()} by its header. */
    public static <S> void text(TableColumn<S, String> column, Function<S, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setComparator(displayOrder());
    }

    /**
     * Texts in the order a reader of the chosen language expects: a {@link Collator} of {@link Messages#locale()}
     * ("alpha" before "Beta", where code-point order puts every capital first); null first.
     */
    public static Comparator<String> displayOrder() {
        Collator collator = Collator.getInstance(Messages.locale());
        return Comparator.nullsFirst(collator::compare);
    }
}
