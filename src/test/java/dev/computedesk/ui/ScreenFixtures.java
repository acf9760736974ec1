package dev.computedesk.ui;

import dev.computedesk.domain.text.Messages;
import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.connection.AzureCloud;
import dev.computedesk.azure.connection.ConnectionKind;
import dev.computedesk.azure.connection.DeviceCodeInfo;
import dev.computedesk.settings.Preferences;
import dev.computedesk.testing.EmulatorFixture;
import dev.computedesk.ui.common.Theme;
import dev.computedesk.ui.shell.SignInService;
import dev.computedesk.ui.settings.SettingsViewModel;

import java.util.Arrays;
import java.util.function.Consumer;

/** What the screen walks (truncation, contrast) need to open the sign-in dialog and the settings window. */
public final class ScreenFixtures {
    private ScreenFixtures() {
    }

    /** The sign-in dialog's service: the walks only look at the dialog. */
    static SignInService signInService(EmulatorFixture fx) {
        return new SignInService() {
            @Override
            public AzureConnection connectEmulator() {
                return fx.connection();
            }

            @Override
            public AzureConnection connectAzure(ConnectionKind kind, AzureCloud cloud, String tenantId,
                                                Consumer<DeviceCodeInfo> deviceCode) {
                throw new UnsupportedOperationException("the walks do not sign in");
            }

            @Override
            public String tokenCacheMessage() {
                return Messages.get("net.tokens.memoryOnly", Messages.get("net.tokens.why.noKeyring"));
            }
        };
    }

    /**
     * The settings window's model on the defaults, showing English as the language in use (as the app shows the
     * language in use); it previews and saves nothing.
     */
    public static SettingsViewModel settings() {
        return new SettingsViewModel(Preferences.defaults().withLanguage("en"),
                Arrays.stream(Theme.values()).map(Theme::id).toList(),
                new SettingsViewModel.SettingsActions() {
                    @Override
                    public void previewTheme(String themeId) {
                    }

                    @Override
                    public void save(Preferences preferences) {
                    }

                    @Override
                    public void saveProxyPassword(String password) {
                    }
                });
    }
}
