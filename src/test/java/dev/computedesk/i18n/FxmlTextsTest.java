package dev.computedesk.i18n;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text an FXML file shows comes from the bundle: a {@code text}, {@code promptText}, {@code title} or
 * accessibility attribute is a {@code %key} of messages.properties. Only values without a letter (a symbol, a
 * number) may stay as they are.
 */
class FxmlTextsTest {
    private static final Set<String> SHOWN = Set.of("text", "promptText", "title", "accessibleText",
            "accessibleHelp", "accessibleRoleDescription", "headerText", "contentText");

    @Test
    void everyShownTextIsABundleKey() throws Exception {
        Map<String, String> english = Bundles.entries(Bundles.BASE);
        List<String> literals = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        int keys = 0;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("src", "main", "resources", "fxml"))) {
            files = walk.filter(path -> path.toString().endsWith(".fxml")).sorted().toList();
        }
        for (Path file : files) {
            NodeList elements = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile())
                    .getElementsByTagName("*");
            for (int i = 0; i < elements.getLength(); i++) {
                Element element = (Element) elements.item(i);
                NamedNodeMap attributes = element.getAttributes();
                for (int a = 0; a < attributes.getLength(); a++) {
                    Node attribute = attributes.item(a);
                    String value = attribute.getNodeValue();
                    if (!SHOWN.contains(attribute.getNodeName()) || !value.matches("(?s).*\\p{L}.*")) {
                        continue;
                    }
                    String where = file.getFileName() + " <" + element.getTagName() + " "
                            + attribute.getNodeName() + "=\"" + value + "\">";
                    if (!value.startsWith("%")) {
                        literals.add(where);
                    } else if (!english.containsKey(value.substring(1))) {
                        unknown.add(where);
                    } else {
                        keys++;
                    }
                }
            }
        }
        assertThat(files).as("FXML files scanned").hasSizeGreaterThan(20);
        assertThat(literals).as("shown texts written in FXML instead of a %key").isEmpty();
        assertThat(unknown).as("%keys that messages.properties lacks").isEmpty();
        assertThat(keys).as("%keys found").isGreaterThan(400);
    }
}
