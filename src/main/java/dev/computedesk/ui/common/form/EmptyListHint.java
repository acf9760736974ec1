package dev.computedesk.ui.common.form;

import dev.computedesk.domain.text.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;

import java.util.Objects;

/**
 * What a picker says when its list came back empty: that there is nothing of that kind where it looked, that a list
 * shows only what the user may read, and a link to the place where one is created (Azure portal's create page,
 * Synapse Studio). Every attach picker and Spark pool list uses it (shown by {@code EmptyListHintBox}), so the
 * wording is one. Places and addresses: docs/attach.md "Empty lists".
 *
 * <p>Nothing shows while the list loads: the picker calls {@link #loaded()} when its answer arrives and
 * {@link #loading()} when it asks again.
 */
public final class EmptyListHint {

    /**
     * Where a missing resource is created.
     *
     * @param none     that the list is empty, and where it looked ("No virtual machines in this subscription.")
     * @param rights   why the list may be empty although such resources exist
     * @param linkText the link's text
     * @param url      the address the link opens
     */
    public record Place(String none, String rights, String linkText, String url) {
        public Place {
            Objects.requireNonNull(none);
            Objects.requireNonNull(rights);
            Objects.requireNonNull(linkText);
            Objects.requireNonNull(url);
        }

        /** "No virtual machines in this subscription." and the rights sentence. */
        public String line() {
            return none + " " + rights;
        }
    }

    private static final String PORTAL_CREATE = "https://portal.azure.com/#create/";

    private final ObservableList<?> items;
    private final BooleanProperty loaded = new SimpleBooleanProperty(this, "loaded", false);
    private final ObjectProperty<Place> place = new SimpleObjectProperty<>(this, "place");
    private final BooleanBinding shown;
    private final StringBinding text;
    private final StringBinding url;
    private final StringBinding linkText;

    /** A hint over {@code items} that points to {@code place} (null: set later with {@link #placeProperty()}). */
    public EmptyListHint(ObservableList<?> items, Place place) {
        this.items = Objects.requireNonNull(items);
        this.place.set(place);
        shown = Bindings.createBooleanBinding(() -> loaded.get() && items.isEmpty() && this.place.get() != null,
                loaded, items, this.place);
        text = Bindings.createStringBinding(() -> shown.get() ? this.place.get().line() : "", shown, this.place);
        url = Bindings.createStringBinding(() -> shown.get() ? this.place.get().url() : "", shown, this.place);
        linkText = Bindings.createStringBinding(() -> shown.get() ? this.place.get().linkText() : "", shown,
                this.place);
    }

    /** The list's answer arrived (empty or not). */
    public void loaded() {
        loaded.set(true);
    }

    /** The list is being asked again: say nothing until it answers. */
    public void loading() {
        loaded.set(false);
    }

    /** The list this hint watches. */
    public ObservableList<?> items() {
        return items;
    }

    /** Where to create one; changes with the picked Synapse workspace for Spark pools. */
    public ObjectProperty<Place> placeProperty() {
        return place;
    }

    /** True when the list answered and is empty. */
    public BooleanBinding shownProperty() {
        return shown;
    }

    /** "No virtual machines in this subscription. The list shows only …", or empty. */
    public StringBinding textProperty() {
        return text;
    }

    /** The address the link opens, or empty. */
    public StringBinding urlProperty() {
        return url;
    }

    /** The link's text, or empty. */
    public StringBinding linkTextProperty() {
        return linkText;
    }

    // ---------------------------------------------------------------- places

    /** Virtual machines: the portal's Create a virtual machine page. */
    public static Place virtualMachines() {
        return inSubscription("virtualMachines", PORTAL_CREATE + "Microsoft.VirtualMachine");
    }

    /** HDInsight clusters: the portal's Create HDInsight cluster page. */
    public static Place hdInsightClusters() {
        return inSubscription("hdInsight", PORTAL_CREATE + "Microsoft.HDInsightCluster");
    }

    /** Azure Databricks workspaces: the portal's Create an Azure Databricks workspace page. */
    public static Place databricksWorkspaces() {
        return inSubscription("databricks", PORTAL_CREATE + "Microsoft.Databricks");
    }

    /**
     * Data Lake Analytics accounts: none can be created any more (retired 29 February 2024), so the link is
     * Microsoft's migration guide.
     */
    public static Place dataLakeAnalyticsAccounts() {
        return inSubscription("dataLakeAnalytics",
                "https://learn.microsoft.com/azure/data-lake-analytics/migrate-azure-data-lake-analytics-to-synapse");
    }

    /** AKS and Azure Arc-enabled Kubernetes clusters (the Kubernetes attach): the portal's Create AKS cluster page. */
    public static Place kubernetesClusters() {
        return inSubscription("kubernetes", PORTAL_CREATE + "microsoft.aks");
    }

    /** AKS clusters (the inference cluster's "Use existing"): the portal's Create AKS cluster page. */
    public static Place aksClusters() {
        return inSubscription("aks", PORTAL_CREATE + "microsoft.aks");
    }

    /** Synapse workspaces: the portal's Create Synapse workspace page. */
    public static Place synapseWorkspaces() {
        return inSubscription("synapse", PORTAL_CREATE + "Microsoft.Synapse");
    }

    /** Spark pools of one Synapse workspace: its Synapse Studio (Manage → Apache Spark pools → New). */
    public static Place sparkPools(String synapseWorkspaceId, String synapseWorkspaceName) {
        return new Place(Messages.get("common.code.emptyList.sparkPools.none", synapseWorkspaceName),
                Messages.get("common.code.emptyList.sparkPools.rights", synapseWorkspaceName),
                Messages.get("common.code.emptyList.sparkPools.link", synapseWorkspaceName),
                SparkPools.synapseStudioUrl(synapseWorkspaceId));
    }

    /** A place looked for in the subscription, its texts under {@code common.code.emptyList.<name>.*}. */
    private static Place inSubscription(String name, String url) {
        String prefix = "common.code.emptyList." + name;
        return new Place(Messages.get(prefix + ".none"), Messages.get(prefix + ".rights"),
                Messages.get(prefix + ".link"), url);
    }
}
