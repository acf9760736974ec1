package dev.computedesk.ui;

import dev.computedesk.domain.text.Language;
import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The screen walk of {@link TruncationWalkTest} in the pseudo-locale ({@code qps}, every bundle text wrapped in
 * ⟦…⟧): fails on any visible text of the app's own making that did not come from a bundle.
 *
 * <p>Looked at: the text of every visible label, button, check box, radio button, hyperlink, tab and column header;
 * the prompt of an empty text field, combo box or picker; the tooltip of a visible control; every window's title.
 * Not looked at, being data rather than the app's words: anything inside a table or list cell (compute names, dates,
 * states in rows), what a text field holds, the values of the details grid ({@code .attribute-value}), the title
 * of the details pane (the compute's name), an instance's application buttons (JupyterLab, VS Code …), the
 * workspace's name ({@code #workspaceLabel}), ARM's provisioning errors as ARM sent them, and a text without a lowercase letter (numbers, symbols, acronyms
 * such as CPU or HTTP). A text passes when it holds ⟦ (a bundle text, possibly with data around it).
 *
 * <p>{@code src/test/resources/i18n/pseudo-walk-known-gaps.txt} lists texts known not to come from a bundle yet, one
 * per line (the first line of a text of several); they are printed, not failed. The list is meant to be empty.
 */
@ExtendWith(ApplicationExtension.class)
class PseudoLocaleWalkTest extends TruncationWalkTest {
    private static final String OPEN = "\u27e6";
    private static final String GAPS = "/i18n/pseudo-walk-known-gaps.txt";
    private static final Set<String> KNOWN_GAPS = knownGaps();
    private static final Set<String> GAPS_SEEN = new TreeSet<>();
    /** Nodes that show data: the details grid's values, the details pane's title, an instance's applications. */
    private static final Set<String> DATA_STYLES = Set.of("attribute-value", "details-title", "application-button");
    /** The workspace's name; ARM's own words about a failed provisioning; an attach target's and a pool's facts. */
    private static final Set<String> DATA_IDS = Set.of("workspaceLabel", "provisioningErrorsLabel", "factsLabel",
            "poolNodeSizeLabel", "poolStateLabel", "poolLocationLabel");

    @Override
    Language language() {
        return Language.PSEUDO;
    }

    @Override
    String findingsAre() {
        return "texts not from a bundle (add a key, or list the text in " + GAPS + " until it is converted)";
    }

    @Start
    @Override
    void start(Stage stage) {
        super.start(stage);
    }

    @AfterAll
    static void reportKnownGaps() {
        System.out.println("PSEUDO-WALK known gaps seen (" + GAPS_SEEN.size() + "): " + GAPS_SEEN);
        Set<String> unseen = new TreeSet<>(KNOWN_GAPS);
        unseen.removeAll(GAPS_SEEN);
        System.out.println("PSEUDO-WALK known gaps no longer seen, to remove from the list: " + unseen);
    }

    @Override
    void inspectWindow(String screen, Stage stage) {
        verify(screen, "window title", stage.getTitle());
    }

    @Override
    void inspect(String screen, Node node) {
        if (!onScreen(node) || isData(node)) {
            return;
        }
        if (node instanceof Labeled labeled) {
            verify(screen, describe(labeled), labeled.getText());
        }
        if (node instanceof TextInputControl field && field.getText() != null && field.getText().isEmpty()) {
            verify(screen, where(node) + " prompt", field.getPromptText());
        }
        if (node instanceof ComboBoxBase<?> combo && combo.getValue() == null) {
            verify(screen, where(node) + " prompt", combo.getPromptText());
        }
        if (node instanceof Control control && control.getTooltip() != null) {
            verify(screen, where(node) + " tooltip", control.getTooltip().getText());
        }
    }

    private void verify(String screen, String what, String text) {
        if (text == null || !text.codePoints().anyMatch(Character::isLowerCase) || text.contains(OPEN)) {
            return;
        }
        String firstLine = text.strip().lines().findFirst().orElse("").strip();
        if (KNOWN_GAPS.contains(firstLine)) {
            GAPS_SEEN.add(firstLine);
            return;
        }
        System.out.println("PSEUDO-WALK " + screen + ": " + what + " '" + text + "'");
        findings.add(screen + ": " + what + " shows '" + text + "'");
    }

    /** Whether the node shows data (or sits inside something that does) rather than the app's words. */
    private static boolean isData(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at instanceof IndexedCell<?> || at.getId() != null && DATA_IDS.contains(at.getId())
                    || at.getStyleClass().stream().anyMatch(DATA_STYLES::contains)) {
                return true;
            }
        }
        return false;
    }

    private static String where(Node node) {
        String id = node.getId() != null ? "#" + node.getId() : String.join(".", node.getStyleClass());
        return node.getClass().getSimpleName() + " " + id;
    }

    private static Set<String> knownGaps() {
        try (InputStream in = PseudoLocaleWalkTest.class.getResourceAsStream(GAPS)) {
            if (in == null) {
                return Set.of();
            }
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R"))
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
