/**
 * The app's one settings file, {@code settings.json} in the settings folder: the connection, the remembered
 * account and SSH key paths, the user's preferences and the remembered layout, each a section of one document.
 * {@link dev.computedesk.settings.SettingsFile} reads it defensively and writes it atomically through
 * {@code files.OwnedFile}, and migrates the older separate files once. See {@code docs/files.md}.
 *
 * <p>Depends only on {@code files} and Jackson: the Azure layer, the UI features and the composition root each
 * keep their own section through it, so it must know none of them.
 */
package dev.computedesk.settings;
