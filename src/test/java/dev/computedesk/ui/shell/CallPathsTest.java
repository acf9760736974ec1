package dev.computedesk.ui.shell;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CallPathsTest {
    private static final String WS = "/subscriptions/6f1b/resourceGroups/rg-demo/providers/"
            + "Microsoft.MachineLearningServices/workspaces/ws-demo";

    @Test
    void aWorkspaceCallShowsWhatComesAfterTheWorkspace() {
        assertThat(CallPaths.meaningfulEnd(WS + "/computes/ci-dana/start?api-version=2025-06-01"))
                .isEqualTo("\u2026/computes/ci-dana/start");
    }

    @Test
    void theWorkspaceItselfAndOtherProvidersShowTheirResourceType() {
        assertThat(CallPaths.meaningfulEnd(WS + "?api-version=2025-06-01")).isEqualTo("\u2026/workspaces/ws-demo");
        assertThat(CallPaths.meaningfulEnd("/subscriptions/6f1b/providers/Microsoft.Compute/locations/eastus/usages"))
                .isEqualTo("\u2026/locations/eastus/usages");
    }

    @Test
    void aShortPathIsShownWhole() {
        assertThat(CallPaths.meaningfulEnd("/subscriptions?api-version=2022-12-01")).isEqualTo("/subscriptions");
    }
}
