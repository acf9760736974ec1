package dev.computedesk.ui.compute.create;

import dev.computedesk.ui.common.ComputeFormKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether closing a form would lose what the user typed (Esc asks only then). */
@Timeout(60)
class FormDirtyTest {
    private final FormTestSupport support = new FormTestSupport();

    @AfterEach
    void close() {
        support.close();
    }

    /** Opens a form the way its window does: built, marked as opened, then its loads answer. */
    private <F extends ComputeFormViewModel> F opened(Function<FormServices, F> make) {
        F form = make.apply(support.services());
        form.markPristine();
        support.executor.runAll();
        return form;
    }

    @Test
    void everyUntouchedFormStaysCleanAfterItsLoadsPreselectValues() {
        ComputeInstanceFormViewModel instance = opened(ComputeInstanceFormViewModel::new);
        assertThat(instance.vmSizeProperty().get()).as("a size was preselected by the load").isNotNull();
        assertThat(instance.isDirty()).isFalse();
        assertThat(opened(ComputeClusterFormViewModel::new).isDirty()).isFalse();
        assertThat(opened(AksFormViewModel::new).isDirty()).isFalse();
        assertThat(opened(s -> new AttachFormViewModel(s, ComputeFormKind.VIRTUAL_MACHINE)).isDirty()).isFalse();
    }

    @Test
    void aTypedNameMakesTheFormDirtyAndTypingItBackMakesItCleanAgain() {
        ComputeInstanceFormViewModel form = opened(ComputeInstanceFormViewModel::new);
        form.name().set("ci-typed");
        assertThat(form.isDirty()).isTrue();
        form.name().set("");
        assertThat(form.isDirty()).isFalse();
    }

    @Test
    void aTypedSecretOrAnotherSizeCountsToo() {
        AttachFormViewModel attach = opened(s -> new AttachFormViewModel(s, ComputeFormKind.VIRTUAL_MACHINE));
        attach.authProperty().set(AttachFormViewModel.Auth.PASSWORD);
        attach.password().set("s3cret!");
        assertThat(attach.isDirty()).as("a password is input to keep").isTrue();

        ComputeClusterFormViewModel cluster = opened(ComputeClusterFormViewModel::new);
        cluster.minNodes().set("abc");
        assertThat(cluster.isDirty()).as("text that is not a number yet").isTrue();

        ComputeInstanceFormViewModel instance = opened(ComputeInstanceFormViewModel::new);
        instance.vmSizeProperty().set(instance.sizes().stream()
                .filter(size -> !size.equals(instance.vmSizeProperty().get())).findFirst().orElseThrow());
        assertThat(instance.isDirty()).as("another size chosen").isTrue();
    }
}
