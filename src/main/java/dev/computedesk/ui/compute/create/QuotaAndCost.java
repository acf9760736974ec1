package dev.computedesk.ui.compute.create;

import dev.computedesk.azure.ArmException;
import dev.computedesk.domain.quota.CostEstimate;
import dev.computedesk.domain.quota.QuotaBar;
import dev.computedesk.domain.quota.QuotaResult;
import dev.computedesk.domain.text.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Optional;

/**
 * The quota pre-flight and cost estimate a create form shows under its size picker: the text of
 * {@code #quotaLabel} and {@code #costLabel}, the bars, and whether the allocation blocks submit.
 */
public final class QuotaAndCost {
    private final StringProperty quotaText = new SimpleStringProperty(this, "quotaText", "");
    private final StringProperty quotaSeverity = new SimpleStringProperty(this, "quotaSeverity", "ok");
    private final BooleanProperty blocks = new SimpleBooleanProperty(this, "blocks", false);
    private final StringProperty costText = new SimpleStringProperty(this, "costText", "");
    private final StringProperty serviceError = new SimpleStringProperty(this, "serviceError", "");
    private final ObservableList<QuotaBar> bars = FXCollections.observableArrayList();
    private final String wording;

    /** For a create form: "this create allocates …". */
    public QuotaAndCost() {
        this("create");
    }

    private QuotaAndCost(String wording) {
        this.wording = wording;
    }

    /** For a change of a cluster's scale: "the new minimum allocates …", checked "when the change is sent". */
    public static QuotaAndCost forChange() {
        return new QuotaAndCost("change");
    }

    /** "ok", "warn" or "error": which style the quota label takes. */
    public StringProperty quotaSeverityProperty() {
        return quotaSeverity;
    }

    public StringProperty quotaTextProperty() {
        return quotaText;
    }

    /** True when the create's allocation does not fit the quota left: submit is blocked. */
    public BooleanProperty blocksProperty() {
        return blocks;
    }

    public StringProperty costTextProperty() {
        return costText;
    }

    /** ARM's {@code QuotaExceeded} answer to a submit, shown with the quota until the form changes. */
    public StringProperty serviceErrorProperty() {
        return serviceError;
    }

    /** Shows ARM's {@code QuotaExceeded} refusal of a submit with the quota; false for any other failure. */
    boolean showRefusal(ArmException failure) {
        if (!"QuotaExceeded".equals(failure.code())) {
            return false;
        }
        serviceError.set(failure.getMessage());
        return true;
    }

    public ObservableList<QuotaBar> bars() {
        return bars;
    }

    /** Shows {@code why} instead of a quota (nothing to check yet). */
    public void clear(String why) {
        quotaText.set(why);
        quotaSeverity.set("ok");
        blocks.set(false);
        costText.set("");
        bars.clear();
    }

    /** Shows a quota pre-flight and the cost estimate. */
    public void show(QuotaResult quota, Optional<CostEstimate> cost) {
        serviceError.set("");
        bars.setAll(quota.bars());
        blocks.set(!quota.allocationFits());
        if (quota.quotaUnknown()) {
            String key = "compute.code.quota.unknown." + wording;
            quotaText.set(Messages.get(key));
            quotaSeverity.set("ok");
        } else if (quota.blockingMessage().isPresent()) {
            quotaText.set(quota.blockingMessage().get());
            quotaSeverity.set("error");
        } else if (quota.warning().isPresent()) {
            quotaText.set(quota.warning().get());
            quotaSeverity.set("warn");
        } else {
            quotaText.set(summary(quota.bars()));
            quotaSeverity.set("ok");
        }
        costText.set(cost.map(estimate -> Messages.get("compute.code.quota.costNote", estimate.format()))
                .orElse(CostEstimate.noEstimate()));
    }

    private String summary(List<QuotaBar> bars) {
        QuotaBar tightest = bars.stream().min(java.util.Comparator.comparingLong(QuotaBar::left)).orElseThrow();
        boolean grows = tightest.requestedAtMaximum() != tightest.requestedAtCreate();
        String key = "compute.code.quota." + (grows ? "fitsUpTo." : "fits.") + wording;
        return Messages.get(key, tightest.requestedAtCreate(), tightest.left(), tightest.limit(), tightest.label(),
                tightest.requestedAtMaximum());
    }
}
