/**
 * The files the app owns (connection settings, the emulator's state, later the activity log), read
 * defensively and written atomically: {@link dev.computedesk.files.OwnedFile} moves an unreadable file aside
 * under a name that never overwrites an earlier copy and reports a {@link dev.computedesk.files.FileProblem};
 * a location that cannot be written is reported once. {@link dev.computedesk.files.AtomicWrite} is the one atomic
 * replacement of a file, used by {@code OwnedFile} and by the writers of the user's files (the SSH config, private
 * keys). See {@code docs/files.md}.
 *
 * <p>A leaf: it depends on nothing else of the app, so both the Azure layer and the emulator (which plays the
 * service alone and imports nothing from the app's layers) may use it without coupling the two.
 */
package dev.computedesk.files;
