package dev.computedesk.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** "Look by tokens": colour literals live only in the theme files. */
class ThemeTokensTest {
    private static final Pattern COLOUR_LITERAL = Pattern.compile(
            "#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?\\b|\\brgba?\\(|Color\\.(rgb|web|color)\\(|Color\\.[A-Z]{3,}");

    @Test
    void noColourLiteralsOutsideTheThemeFiles() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/main/resources"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String name = file.getFileName().toString();
                    boolean checked = name.endsWith(".java") || name.endsWith(".fxml") || name.endsWith(".css");
                    if (!checked || name.startsWith("theme-")) {
                        continue;
                    }
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        if (COLOUR_LITERAL.matcher(lines.get(i)).find()) {
                            offenders.add(file + ":" + (i + 1) + ": " + lines.get(i).trim());
                        }
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }
}
