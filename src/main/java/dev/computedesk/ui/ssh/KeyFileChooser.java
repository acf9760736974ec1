package dev.computedesk.ui.ssh;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the user for key files; behind an interface so view-models test without a stage. */
public interface KeyFileChooser {

    /** Lets the user pick an existing private key file, starting in {@code initialDirectory} when it exists. */
    Optional<Path> choosePrivateKey(Path initialDirectory);

    /** Lets the user choose where a new private key is saved, proposing {@code suggestedFileName}. */
    Optional<Path> chooseNewKeyLocation(Path initialDirectory, String suggestedFileName);
}
