package dev.computedesk.ui.linkedservices;

import dev.computedesk.azure.model.BigDataPool;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.domain.compute.ComputeNameRule;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.domain.validation.ValidationResult;
import dev.computedesk.ui.common.form.SparkPools;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pools a step offers and the rules over the chosen ones: each chosen pool's compute name follows the
 * compute-name form rule, is not used by a compute of the workspace, and is not given to two chosen pools.
 * A pool already attached under another name is flagged (a warning: attaching it again is allowed).
 */
public final class PoolChoices {
    private final ObservableList<PoolChoice> rows = FXCollections.observableArrayList(
            row -> new Observable[] {row.selectedProperty(), row.computeNameProperty()});
    private final List<ComputeResource> computes = new ArrayList<>();
    /** Why the workspace's computes are not known (no name counts as free then), or "" once they were read. */
    private String computesUnknown = "";
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private final ReadOnlyIntegerWrapper selectedCount = new ReadOnlyIntegerWrapper(this, "selectedCount");

    public PoolChoices() {
        rows.addListener((javafx.collections.ListChangeListener<PoolChoice>) change -> revalidate());
    }

    /** Offers {@code pools}, none chosen, checked against the workspace's {@code existing} computes. */
    public void setAll(List<BigDataPool> pools, List<ComputeResource> existing) {
        computes.clear();
        computes.addAll(existing);
        rows.setAll(pools.stream().map(PoolChoice::new).toList());
    }

    /** Checks the offered pools against a newer list of the workspace's computes (it may arrive after the pools). */
    public void updateComputes(List<ComputeResource> existing) {
        computesUnknown = "";
        computes.clear();
        computes.addAll(existing);
        revalidate();
    }

    /** The workspace's computes could not be read ({@code reason} says why): no chosen name is free until they are. */
    public void computesUnknown(String reason) {
        computesUnknown = reason == null || reason.isEmpty() ? Messages.get("linked.code.nameUnknown") : reason;
        revalidate();
    }

    /** Offers nothing. */
    public void clear() {
        computes.clear();
        rows.clear();
    }

    public ObservableList<PoolChoice> rows() {
        return rows;
    }

    /** The chosen pools, in list order. */
    public List<PoolChoice> selected() {
        return rows.stream().filter(PoolChoice::isSelected).toList();
    }

    /** True when a pool is chosen or a compute name was changed from its pool's: closing would lose that. */
    public boolean touched() {
        return rows.stream().anyMatch(row -> row.isSelected() || !row.poolName().equals(row.computeName()));
    }

    /** True when every chosen pool's name is acceptable (also when none is chosen). */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty selectedCountProperty() {
        return selectedCount.getReadOnlyProperty();
    }

    private void revalidate() {
        List<String> existing = computes.stream().map(ComputeResource::name).toList();
        Map<String, Integer> uses = new HashMap<>();
        for (PoolChoice row : rows) {
            if (row.isSelected() && row.computeName() != null) {
                uses.merge(row.computeName().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        boolean allValid = true;
        int count = 0;
        for (PoolChoice row : rows) {
            row.setWarning(SparkPools.attachedAs(computes, row.pool().id())
                    .map(name -> Messages.get("linked.code.alreadyAttachedAs", name)).orElse(""));
            if (!row.isSelected()) {
                row.setMessage("");
                continue;
            }
            count++;
            String name = row.computeName();
            ValidationResult result = ValidationResult.firstError(ComputeNameRule.COMPUTE.validate(name),
                    computesUnknown.isEmpty() ? ValidationResult.ok() : ValidationResult.error(computesUnknown),
                    ComputeNameRule.notInUse(name, existing),
                    name != null && uses.getOrDefault(name.toLowerCase(Locale.ROOT), 0) > 1
                            ? ValidationResult.error(Messages.get("linked.code.nameTwice")) : ValidationResult.ok());
            row.setMessage(result.message());
            allValid &= result.isValid();
        }
        valid.set(allValid);
        selectedCount.set(count);
    }
}
