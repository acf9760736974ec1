package dev.computedesk.ui.common.form;

import java.nio.file.Path;
import java.util.Optional;

/** The file dialogs a form needs, behind an interface so view-models test without a stage. */
public interface FileChoices {

    /** Asks where to save a generated private key; empty when the user cancels. */
    Optional<Path> choosePrivateKeyFile(String suggestedName);

    /** Asks for a CLI v2 compute YAML file to prefill the form from; empty when the user cancels. */
    Optional<Path> chooseYamlFile();
}
