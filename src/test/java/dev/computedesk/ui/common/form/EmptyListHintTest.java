package dev.computedesk.ui.common.form;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmptyListHintTest {
    private final ObservableList<String> items = FXCollections.observableArrayList();
    private final EmptyListHint hint = new EmptyListHint(items, EmptyListHint.virtualMachines());

    @Test
    void saysNothingUntilTheListAnswers() {
        assertThat(hint.shownProperty().get()).isFalse();
        assertThat(hint.textProperty().get()).isEmpty();
        assertThat(hint.urlProperty().get()).isEmpty();
        hint.loaded();
        assertThat(hint.shownProperty().get()).isTrue();
        assertThat(hint.textProperty().get()).startsWith("No virtual machines in this subscription.");
        hint.loading();
        assertThat(hint.shownProperty().get()).isFalse();
    }

    @Test
    void goesWhenTheListHasItems() {
        hint.loaded();
        items.add("vm-1");
        assertThat(hint.shownProperty().get()).isFalse();
        assertThat(hint.textProperty().get()).isEmpty();
        items.clear();
        assertThat(hint.shownProperty().get()).isTrue();
    }

    @Test
    void sparkPoolsPointToTheirSynapseWorkspaceInSynapseStudio() {
        EmptyListHint.Place pools = EmptyListHint.sparkPools(
                "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Synapse/workspaces/syn-a", "syn-a");
        assertThat(pools.line()).startsWith("No Apache Spark pools in syn-a. ")
                .contains("Manage \u2192 Apache Spark pools \u2192 New");
        assertThat(pools.url()).isEqualTo("https://web.azuresynapse.net/en/home?workspace=%2Fsubscriptions%2Fs"
                + "%2FresourceGroups%2Frg%2Fproviders%2FMicrosoft.Synapse%2Fworkspaces%2Fsyn-a");
        assertThat(pools.linkText()).isEqualTo("Open syn-a in Synapse Studio");
    }

    @Test
    void withoutAPlaceItShowsNothing() {
        EmptyListHint none = new EmptyListHint(items, null);
        none.loaded();
        assertThat(none.shownProperty().get()).isFalse();
    }
}
