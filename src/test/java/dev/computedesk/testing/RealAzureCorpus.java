package dev.computedesk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.computedesk.azure.internal.ArmJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The responses recorded from real Azure under {@code src/test/resources/real-azure} (see its README): each
 * body a file, named {@code <source>/<name>.json}; {@code *.manifest.json} files describe a response's status and
 * headers instead of holding a body.
 */
public final class RealAzureCorpus {

    private RealAzureCorpus() {
    }

    /** The corpus folder on the test class path. */
    public static Path root() {
        URL url = RealAzureCorpus.class.getResource("/real-azure");
        if (url == null) {
            throw new IllegalStateException("The real-azure corpus is not on the test class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every file of the corpus ({@code source/name.json}), bodies and manifests, sorted. */
    public static List<String> files() {
        Path root = root();
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".json"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every response body of the corpus (manifests left out). */
    public static List<String> bodies() {
        return files().stream().filter(f -> !f.endsWith(".manifest.json")).collect(Collectors.toList());
    }

    /** The file's bytes as text. */
    public static String text(String file) {
        try {
            return Files.readString(root().resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file as a JSON tree. */
    public static JsonNode tree(String file) {
        try {
            return ArmJson.mapper().readTree(text(file));
        } catch (IOException e) {
            throw new UncheckedIOException(file, e);
        }
    }

    /** The file read as {@code type} through the client layer's mapper. */
    public static <T> T read(String file, Class<T> type) {
        try {
            return ArmJson.mapper().readValue(text(file), type);
        } catch (IOException e) {
            throw new UncheckedIOException(file, e);
        }
    }
}
