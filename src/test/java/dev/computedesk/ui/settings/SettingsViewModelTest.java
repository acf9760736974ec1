package dev.computedesk.ui.settings;

import dev.computedesk.settings.Preferences;
import dev.computedesk.settings.ProxyMode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsViewModelTest {
    private final List<String> previewed = new ArrayList<>();
    private final List<Preferences> saved = new ArrayList<>();
    private final List<String> passwords = new ArrayList<>();
    private final SettingsViewModel viewModel = new SettingsViewModel(Preferences.defaults(),
            List.of("light", "dark", "high-contrast"), new SettingsViewModel.SettingsActions() {
                @Override
                public void previewTheme(String themeId) {
                    previewed.add(themeId);
                }

                @Override
                public void save(Preferences preferences) {
                    saved.add(preferences);
                }

                @Override
                public void saveProxyPassword(String password) {
                    passwords.add(password);
                }
            });

    @Test
    void aThemeShowsAtOnceAndCancelPutsTheOneInUseBackAndStoresNothing() {
        viewModel.themeProperty().set("dark");
        assertThat(previewed).containsExactly("dark");
        viewModel.cancel();
        assertThat(previewed).containsExactly("dark", "light");
        assertThat(saved).isEmpty();
    }

    @Test
    void saveStoresEveryChoice() {
        viewModel.languageProperty().set("ko");
        viewModel.themeProperty().set("high-contrast");
        viewModel.proxyModeProperty().set(ProxyMode.MANUAL);
        viewModel.proxyUrlProperty().set("http://proxy.corp:8080");
        viewModel.sshKeyFolderProperty().set(" /home/me/keys ");
        assertThat(viewModel.save()).isTrue();
        assertThat(saved).containsExactly(new Preferences("ko", "high-contrast", ProxyMode.MANUAL,
                "http://proxy.corp:8080", "/home/me/keys"));
    }

    @Test
    void aManualProxyNeedsAValidUrlAndSaysSoUnderTheField() {
        viewModel.proxyModeProperty().set(ProxyMode.MANUAL);
        assertThat(viewModel.canSaveProperty().get()).isFalse();
        assertThat(viewModel.proxyUrlErrorProperty().get()).isEmpty();
        viewModel.proxyUrlProperty().set("proxy.corp");
        assertThat(viewModel.proxyUrlErrorProperty().get()).startsWith("Start with http://");
        assertThat(viewModel.save()).isFalse();
        assertThat(saved).isEmpty();
        viewModel.proxyModeProperty().set(ProxyMode.NONE);
        assertThat(viewModel.canSaveProperty().get()).isTrue();
        assertThat(viewModel.proxyUrlErrorProperty().get()).isEmpty();
    }

    @Test
    void theProxyUserAndCaFileAreSavedButThePasswordGoesOnlyToItsOwnAction() {
        viewModel.proxyModeProperty().set(ProxyMode.MANUAL);
        viewModel.proxyUrlProperty().set("http://proxy.corp:8080");
        viewModel.proxyUserProperty().set(" alice ");
        viewModel.proxyPasswordProperty().set("s3cret");
        viewModel.caFileProperty().set("/etc/company-ca.pem");
        assertThat(viewModel.save()).isTrue();
        assertThat(saved).containsExactly(new Preferences(Preferences.defaults().language(), "light", ProxyMode.MANUAL,
                "http://proxy.corp:8080", null, "alice", "/etc/company-ca.pem"));
        assertThat(saved.get(0).toString()).doesNotContain("s3cret");
        assertThat(passwords).containsExactly("s3cret");
    }

    @Test
    void aPasswordNotTypedIsKeptAsItIs() {
        viewModel.proxyModeProperty().set(ProxyMode.MANUAL);
        viewModel.proxyUrlProperty().set("http://proxy.corp:8080");
        viewModel.proxyUserProperty().set("alice");
        assertThat(viewModel.save()).isTrue();
        assertThat(passwords).isEmpty();
    }

    @Test
    void namesInWords() {
        assertThat(SettingsViewModel.themeName("high-contrast")).isEqualTo("High contrast");
        assertThat(SettingsViewModel.languageName("ko")).isEqualTo("\ud55c\uad6d\uc5b4");
    }
}
