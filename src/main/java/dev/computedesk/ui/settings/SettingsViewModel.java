package dev.computedesk.ui.settings;

import dev.computedesk.domain.text.Messages;
import dev.computedesk.domain.validation.ProxyUrlRule;
import dev.computedesk.domain.validation.ValidationResult;
import dev.computedesk.settings.Preferences;
import dev.computedesk.settings.ProxyMode;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The settings window's state: the choices as the user edits them, the proxy URL's message, and Save / Cancel. The
 * theme is shown at once while choosing (Cancel puts the one in use back); everything is stored by Save only. The
 * proxy password goes to {@link SettingsActions#saveProxyPassword}, never into the preferences.
 */
public final class SettingsViewModel {
    /** The languages offered: {@code en}, {@code ko}. */
    public static final List<String> LANGUAGES = List.of("en", "ko");

    private final Preferences original;
    private final List<String> themes;
    private final SettingsActions actions;

    private final StringProperty language = new SimpleStringProperty();
    private final StringProperty theme = new SimpleStringProperty();
    private final ObjectProperty<ProxyMode> proxyMode = new SimpleObjectProperty<>();
    private final StringProperty proxyUrl = new SimpleStringProperty("");
    private final StringProperty sshKeyFolder = new SimpleStringProperty("");
    private final StringProperty proxyUser = new SimpleStringProperty("");
    private final StringProperty proxyPassword = new SimpleStringProperty("");
    private final BooleanProperty proxyPasswordEdited = new SimpleBooleanProperty(false);
    private final StringProperty proxyPasswordNote = new SimpleStringProperty("");
    private final StringProperty caFile = new SimpleStringProperty("");
    private final BooleanProperty proxyUrlTouched = new SimpleBooleanProperty(false);
    private final BooleanBinding manualProxy;
    private final StringBinding proxyUrlError;
    private final BooleanBinding canSave;

    /** What the window does beyond its own state: preview a theme, store the choices. */
    public interface SettingsActions {
        /** Shows {@code themeId} on every window now. */
        void previewTheme(String themeId);

        /** Stores the preferences (off the FX thread) and applies what applies at once. */
        void save(Preferences preferences);

        /**
         * Keeps the manual proxy's password (typed in this window; empty forgets it) for the proxy and user just
         * saved: in the OS keychain where there is one, else for the session. Called after {@link #save}.
         */
        void saveProxyPassword(String password);
    }

    /**
     * @param current the preferences in use
     * @param themes  the theme ids offered, in order
     */
    public SettingsViewModel(Preferences current, List<String> themes, SettingsActions actions) {
        this.original = Objects.requireNonNull(current, "current");
        this.themes = List.copyOf(themes);
        this.actions = Objects.requireNonNull(actions, "actions");
        language.set(current.language());
        theme.set(current.theme());
        proxyMode.set(current.proxyMode());
        proxyUrl.set(current.proxyUrl() == null ? "" : current.proxyUrl());
        sshKeyFolder.set(current.sshKeyFolder() == null ? "" : current.sshKeyFolder());
        proxyUser.set(current.proxyUser() == null ? "" : current.proxyUser());
        caFile.set(current.caFile() == null ? "" : current.caFile());
        proxyPassword.addListener((obs, old, text) -> proxyPasswordEdited.set(true));
        manualProxy = Bindings.createBooleanBinding(() -> proxyMode.get() == ProxyMode.MANUAL, proxyMode);
        ProxyUrlRule rule = new ProxyUrlRule();
        StringBinding problem = Bindings.createStringBinding(() -> manualProxy.get()
                ? rule.validate(proxyUrl.get()).error().orElse("") : "", manualProxy, proxyUrl);
        proxyUrlError = Bindings.createStringBinding(() -> proxyUrlTouched.get() ? problem.get() : "",
                proxyUrlTouched, problem);
        canSave = Bindings.createBooleanBinding(() -> problem.get().isEmpty(), problem);
        proxyUrl.addListener((obs, old, text) -> proxyUrlTouched.set(true));
        theme.addListener((obs, old, id) -> {
            if (id != null) {
                actions.previewTheme(id);
            }
        });
    }

    public List<String> themes() {
        return themes;
    }

    /** A theme id in words: {@code high-contrast} → "High contrast"; an id this version does not know, as written. */
    public static String themeName(String id) {
        String key = "settings.window.theme." + id;
        if (Messages.has(key)) {
            return Messages.get(key);
        }
        String words = id.replace('-', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A language code in its own words. */
    public static String languageName(String code) {
        return "ko".equals(code) ? "\ud55c\uad6d\uc5b4" : "English";
    }

    public StringProperty languageProperty() {
        return language;
    }

    public StringProperty themeProperty() {
        return theme;
    }

    public ObjectProperty<ProxyMode> proxyModeProperty() {
        return proxyMode;
    }

    public StringProperty proxyUrlProperty() {
        return proxyUrl;
    }

    /** The proxy URL's problem, once the user typed or left the field; "" when none. */
    public StringBinding proxyUrlErrorProperty() {
        return proxyUrlError;
    }

    /** The URL is asked for only with a manual proxy. */
    public BooleanBinding manualProxyProperty() {
        return manualProxy;
    }

    public StringProperty sshKeyFolderProperty() {
        return sshKeyFolder;
    }

    /** The manual proxy's user ("" for none). */
    public StringProperty proxyUserProperty() {
        return proxyUser;
    }

    /**
     * The manual proxy's password as typed here. Starts empty: a kept password is never shown, and is kept as it is
     * unless something is typed (an edit that leaves the field empty forgets it).
     */
    public StringProperty proxyPasswordProperty() {
        return proxyPassword;
    }

    /** Where the proxy password is kept (keychain or this session only); "" until known. */
    public StringProperty proxyPasswordNoteProperty() {
        return proxyPasswordNote;
    }

    /** The company CA file (a PEM file of certificates to trust besides the system's), "" for none. */
    public StringProperty caFileProperty() {
        return caFile;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    /** The user left the proxy field: its message shows from now on. */
    public void proxyUrlLeft() {
        proxyUrlTouched.set(true);
    }

    /** Stores the choices; false (nothing stored) while the proxy URL is invalid. */
    public boolean save() {
        proxyUrlLeft();
        if (!canSave.get()) {
            return false;
        }
        String url = proxyUrl.get().strip();
        actions.save(new Preferences(language.get(), theme.get(), proxyMode.get(),
                proxyMode.get() == ProxyMode.MANUAL ? url : (url.isEmpty() ? null : url),
                blankToNull(sshKeyFolder.get()), blankToNull(proxyUser.get()), blankToNull(caFile.get())));
        if (proxyPasswordEdited.get()) {
            actions.saveProxyPassword(proxyPassword.get());
        }
        return true;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Changes nothing: the theme in use is shown again. */
    public void cancel() {
        if (!Objects.equals(theme.get(), original.theme())) {
            actions.previewTheme(original.theme());
        }
    }
}
