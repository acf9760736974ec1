package dev.computedesk.app;

import com.azure.core.credential.TokenCredential;
import com.azure.identity.AuthenticationRecord;
import dev.computedesk.azure.AuthenticationRequiredException;
import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.connect.ConnectionFactory;
import dev.computedesk.azure.connection.AzureCloud;
import dev.computedesk.azure.connection.ConnectionKind;
import dev.computedesk.azure.connection.ConnectionSettings;
import dev.computedesk.azure.connection.CredentialFactory;
import dev.computedesk.azure.connection.DeviceCodeInfo;
import dev.computedesk.azure.connection.ProxyPasswords;
import dev.computedesk.azure.connection.SettingsStore;
import dev.computedesk.azure.connection.TokenCacheSupport;
import dev.computedesk.azure.network.NetworkSettings;
import dev.computedesk.emulator.ClockMode;
import dev.computedesk.emulator.Emulator;
import dev.computedesk.emulator.EmulatorConfig;
import dev.computedesk.emulator.Seed;
import dev.computedesk.files.FileProblem;
import dev.computedesk.ui.shell.SignInService;
import dev.computedesk.domain.text.Messages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Makes and remembers connections: the embedded emulator (started on first need, stopped with the app), an
 * emulator started elsewhere, or an Azure account. Every method may touch disk or network: call it off the
 * FX thread. The settings file holds the connection kind, cloud, tenant and last workspace, never a secret.
 */
final class Connections implements SignInService, AutoCloseable {
    /** The embedded emulator's state file in the user's data folder, unless {@code --emulator-state} says otherwise. */
    static final String EMULATOR_STATE_FILE = "emulator-state.json";

    private final LaunchOptions options;
    private final AppDirectories directories;
    private final SettingsStore settings;
    private final ConnectionFactory factory;
    private final Consumer<FileProblem> fileProblems;
    private TokenCacheSupport tokenCache;
    private CredentialFactory credentials;
    private ProxyPasswords proxyPasswords;
    private Emulator embedded;
    private ConnectionSettings current;

    Connections(LaunchOptions options, AppDirectories directories, SettingsStore settings, ConnectionFactory factory) {
        this(options, directories, settings, factory,
                problem -> org.slf4j.LoggerFactory.getLogger(Connections.class).warn(problem.message()));
    }

    /** @param fileProblems told about problems with the embedded emulator's state file (as the settings store is) */
    Connections(LaunchOptions options, AppDirectories directories, SettingsStore settings, ConnectionFactory factory,
                Consumer<FileProblem> fileProblems) {
        this.options = options;
        this.directories = directories;
        this.settings = settings;
        this.factory = factory;
        this.fileProblems = fileProblems;
    }

    /** Probed on first need: finding out whether a keychain is usable may take a moment. */
    private TokenCacheSupport tokenCache() {
        if (tokenCache == null) {
            tokenCache = TokenCacheSupport.detect();
        }
        return tokenCache;
    }

    private CredentialFactory credentials() {
        if (credentials == null) {
            credentials = new CredentialFactory(tokenCache(), factory.network());
        }
        return credentials;
    }

    /** Where the manual proxy's password is kept: the keychain the token cache uses, else the session. */
    synchronized ProxyPasswords proxyPasswords() {
        if (proxyPasswords == null) {
            proxyPasswords = ProxyPasswords.forPlatform(tokenCache(), directories.dataDir());
        }
        return proxyPasswords;
    }

    /** Gives the network the kept password of the manual proxy's user (none: the proxy is asked without one). */
    synchronized void loadProxyPassword() {
        NetworkSettings now = factory.network().settings();
        if (now.manualProxyWithUser()) {
            factory.network().setProxyPassword(proxyPasswords().load(now.proxy(), now.proxyUser()).orElse(null));
        }
    }

    /** Keeps {@code password} for the manual proxy's user (empty forgets it) and uses it from now on. */
    synchronized void saveProxyPassword(String password) {
        NetworkSettings now = factory.network().settings();
        if (now.manualProxyWithUser()) {
            proxyPasswords().save(now.proxy(), now.proxyUser(), password);
            factory.network().setProxyPassword(password);
        }
    }

    /** What the first connection of a run was, and the workspace to select. */
    record Started(AzureConnection connection, String lastWorkspaceId) {
    }

    /**
     * The connection the command line and the saved settings ask for: {@code --emulator-url}, else
     * {@code --emulator} or a first run or a saved emulator connection (the embedded emulator), else the saved
     * Azure sign-in.
     */
    synchronized Started connectAtStartup(Consumer<DeviceCodeInfo> deviceCode) {
        loadProxyPassword();
        ConnectionSettings saved = settings.load();
        if (options.emulatorUrl() != null) {
            current = saved;
            return new Started(factory.externalEmulator(options.emulatorUrl(), options.emulatorToken()), saved.lastWorkspaceId());
        }
        if (options.forceEmulator() || saved.kind() == ConnectionKind.EMULATOR) {
            return new Started(embeddedEmulator(saved), saved.lastWorkspaceId());
        }
        // A remembered browser or device-code account signs in silently while the keychain holds its token.
        AzureConnection connection = factory.azure(saved, credentials(), deviceCode, settings.loadAccount().orElse(null));
        current = saved;
        return new Started(connection, saved.lastWorkspaceId());
    }

    /** Switches to the embedded emulator (the sign-in dialog's "Local emulator"). */
    @Override
    public synchronized AzureConnection connectEmulator() {
        ConnectionSettings saved = settings.load();
        return embeddedEmulator(current != null && current.kind() == ConnectionKind.EMULATOR ? current : saved);
    }

    /** Signs in to Azure with {@code kind} and remembers it for the next run. */
    @Override
    public synchronized AzureConnection connectAzure(ConnectionKind kind, AzureCloud cloud, String tenantId,
                                              Consumer<DeviceCodeInfo> deviceCode) {
        return azure(kind, cloud, tenantId, deviceCode, null);
    }

    /** Remembers the workspace the user selected. */
    synchronized void rememberWorkspace(String workspaceId) {
        if (current != null && options.emulatorUrl() == null) {
            current = current.withLastWorkspaceId(workspaceId);
            settings.save(current);
        }
    }

    private AzureConnection embeddedEmulator(ConnectionSettings saved) {
        if (embedded == null) {
            Path state = options.emulatorState() != null ? options.emulatorState()
                    : directories.dataDir().resolve(EMULATOR_STATE_FILE);
            EmulatorConfig config = EmulatorConfig.defaults()
                    .withStateFile(state)
                    .withSeed("large".equals(options.emulatorSeed()) ? Seed.LARGE : Seed.DEMO)
                    .withClockMode("manual".equals(options.emulatorClock()) ? ClockMode.MANUAL : ClockMode.REAL);
            try {
                embedded = Emulator.start(config, fileProblems);
            } catch (IOException e) {
                throw new UncheckedIOException(Messages.get("app.emulatorCouldNotStart", e.getMessage()), e);
            }
        }
        boolean sameKind = saved.kind() == ConnectionKind.EMULATOR;
        current = new ConnectionSettings(ConnectionKind.EMULATOR, null, null, sameKind ? saved.lastWorkspaceId() : null);
        settings.save(current);
        return factory.emulator(embedded.baseUrl(), embedded.token());
    }

    private AzureConnection azure(ConnectionKind kind, AzureCloud cloud, String tenantId,
                                  Consumer<DeviceCodeInfo> deviceCode, String lastWorkspaceId) {
        AzureCloud chosenCloud = cloud == null ? AzureCloud.AZURE : cloud;
        TokenCredential credential = credentials().forKind(kind, chosenCloud, tenantId, deviceCode, null);
        // Browser and device-code sign-ins name an account that the next run reuses silently; no secret is in it.
        AuthenticationRecord account;
        try {
            account = CredentialFactory.signIn(credential, chosenCloud, tenantId);
        } catch (RuntimeException e) {
            // A connection failure (proxy, certificate, DNS) is named; any other keeps identity's own words.
            AuthenticationRequiredException named = factory.signInFailed(e, chosenCloud.environment());
            throw "AuthenticationFailed".equals(named.code()) ? e : named;
        }
        AzureConnection connection = factory.azure(kind, credential, chosenCloud, tenantId);
        if (account != null) {
            settings.saveAccount(account);
        } else {
            settings.forgetAccount();
        }
        current = new ConnectionSettings(kind, chosenCloud, tenantId, lastWorkspaceId);
        settings.save(current);
        return connection;
    }

    /** What the sign-in dialog says about where tokens are kept. */
    @Override
    public synchronized String tokenCacheMessage() {
        return credentials().tokenCacheStatus().message();
    }

    @Override
    public synchronized void close() {
        if (embedded != null) {
            embedded.close();
            embedded = null;
        }
    }
}
