package dev.computedesk.ui.compute.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.computedesk.azure.model.ManagedIdentity;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.ui.common.form.IdentitySection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

class IdentityViewModelTest {
    private final EditTestSupport support = new EditTestSupport();

    @AfterEach
    void close() {
        support.close();
    }

    private ManagedIdentity identityOf(String name) {
        return support.read(name).identity();
    }

    @Test
    void aSystemAssignedIdentityIsSentAloneAndThenNoneRemovesIt() {
        IdentityViewModel dialog = new IdentityViewModel(support.services(),
                support.target(DemoSeed.CLUSTER_WITH_NODES));
        assertThat(dialog.identity().typeProperty().get()).isEqualTo(IdentitySection.NONE);
        assertThat(dialog.canSaveProperty().get()).as("unchanged").isFalse();
        dialog.identity().typeProperty().set(IdentitySection.SYSTEM);
        dialog.save();

        assertThat(support.writes).containsExactly(new EditTestSupport.Call("updateIdentity",
                List.of(ManagedIdentity.systemAssigned())));
        assertThat(dialog.closedProperty().get()).isTrue();
        assertThat(identityOf(DemoSeed.CLUSTER_WITH_NODES).type()).isEqualTo("SystemAssigned");

        IdentityViewModel again = new IdentityViewModel(support.services(),
                support.target(DemoSeed.CLUSTER_WITH_NODES));
        assertThat(again.identity().typeProperty().get()).isEqualTo(IdentitySection.SYSTEM);
        again.identity().typeProperty().set(IdentitySection.NONE);
        again.save();
        assertThat(support.writes.get(1)).isEqualTo(new EditTestSupport.Call("updateIdentity",
                List.of(new ManagedIdentity("None", null, null, null))));
        assertThat(identityOf(DemoSeed.CLUSTER_WITH_NODES)).isNull();
    }

    @Test
    void userAssignedNeedsAnIdentityChosenFromTheSubscriptionsList() {
        IdentityViewModel dialog = new IdentityViewModel(support.services(), support.target(DemoSeed.CI_STOPPED));
        dialog.identity().typeProperty().set(IdentitySection.USER);
        assertThat(dialog.identity().messageProperty().get()).isEqualTo("Choose at least one user-assigned identity");
        assertThat(dialog.canSaveProperty().get()).isFalse();

        var uai = dialog.identity().available().stream()
                .filter(identity -> identity.name().equals(DemoSeed.IDENTITY_COMPUTE)).findFirst().orElseThrow();
        dialog.identity().selected().setAll(uai);
        assertThat(dialog.canSaveProperty().get()).isTrue();
        dialog.save();

        assertThat(support.writes).containsExactly(new EditTestSupport.Call("updateIdentity",
                List.of(ManagedIdentity.userAssigned(List.of(uai.id())))));
        assertThat(identityOf(DemoSeed.CI_STOPPED).userAssignedIdentities().keySet())
                .anySatisfy(id -> assertThat(id).endsWith("/" + DemoSeed.IDENTITY_COMPUTE));
    }

    @Test
    void aRefusalKeepsTheChoiceAndShowsArmsAnswer() {
        IdentityViewModel dialog = new IdentityViewModel(support.services(),
                support.target(DemoSeed.CLUSTER_WITH_NODES));
        dialog.identity().typeProperty().set(IdentitySection.SYSTEM);
        support.refuseNext = EditTestSupport.refusal(400, "BadRequest", "The identity is not allowed here.",
                "req-identity-7");
        dialog.save();

        assertThat(dialog.closedProperty().get()).isFalse();
        assertThat(dialog.identity().typeProperty().get()).isEqualTo(IdentitySection.SYSTEM);
        assertThat(dialog.errorProperty().get().code()).isEqualTo("BadRequest");
        assertThat(dialog.errorProperty().get().message()).isEqualTo("The identity is not allowed here.");
        assertThat(dialog.errorProperty().get().requestId()).isEqualTo("req-identity-7");
        assertThat(identityOf(DemoSeed.CLUSTER_WITH_NODES)).isNull();
    }

    @Test
    void theSameIdentitiesInAnotherOrderOrCaseAreNoChange() {
        String id = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/a";
        String other = id.replace("/a", "/b");
        assertThat(IdentityViewModel.describe(ManagedIdentity.userAssigned(List.of(id, other))))
                .isEqualTo(IdentityViewModel.describe(ManagedIdentity.userAssigned(List.of(other.toUpperCase(), id))));
        assertThat(IdentityViewModel.describe(null)).isEqualTo(IdentityViewModel.describe(
                new ManagedIdentity("None", null, null, null)));
    }
}
