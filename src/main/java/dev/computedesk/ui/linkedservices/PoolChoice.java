package dev.computedesk.ui.linkedservices;

import dev.computedesk.azure.model.BigDataPool;
import dev.computedesk.ui.common.form.SparkPools;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One Spark pool of {@code #sparkPoolList}: whether it is chosen, the compute name it will get (the pool's name
 * to start with), the name's message, and a warning when the pool is already attached under another name.
 * {@link PoolChoices} sets the message and the warning.
 */
public final class PoolChoice {
    private final BigDataPool pool;
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected");
    private final StringProperty computeName = new SimpleStringProperty(this, "computeName");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper(this, "warning", "");

    public PoolChoice(BigDataPool pool) {
        this.pool = pool;
        computeName.set(pool.name());
    }

    public BigDataPool pool() {
        return pool;
    }

    public String poolName() {
        return pool.name();
    }

    public String nodeSize() {
        return SparkPools.nodeSize(pool);
    }

    public String nodes() {
        return SparkPools.nodes(pool);
    }

    public String sparkVersion() {
        return SparkPools.sparkVersion(pool);
    }

    public String autoPause() {
        return SparkPools.autoPause(pool);
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public boolean isSelected() {
        return selected.get();
    }

    public StringProperty computeNameProperty() {
        return computeName;
    }

    public String computeName() {
        return computeName.get();
    }

    /** The compute name's problem while the pool is chosen; empty when fine. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** "Already attached as …", or empty. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    void setMessage(String text) {
        message.set(text);
    }

    void setWarning(String text) {
        warning.set(text);
    }
}
