package dev.computedesk.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** The message bundles as files: their entries in order, read strictly as UTF-8. */
final class Bundles {
    static final String BASE = "/i18n/messages.properties";
    static final String KOREAN = "/i18n/messages_ko.properties";

    private Bundles() {
    }

    /** Every key and value of the bundle file. */
    static Map<String, String> entries(String resource) {
        Properties properties = new Properties();
        try {
            properties.load(new java.io.StringReader(text(resource)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> entries = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().sorted().forEach(key -> entries.put(key, properties.getProperty(key)));
        return entries;
    }

    /** The keys written more than once in the file (a later line silently wins over an earlier one). */
    static List<String> repeatedKeys(String resource) {
        List<String> seen = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        for (String line : text(resource).split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!") || line.startsWith(" ")) {
                continue;
            }
            String key = trimmed.split("[=:]", 2)[0].strip();
            if (seen.contains(key)) {
                repeated.add(key);
            }
            seen.add(key);
        }
        return repeated;
    }

    /** The file's text; fails when it is not valid UTF-8 (the JDK would then read it as ISO-8859-1). */
    static String text(String resource) {
        try (InputStream in = Bundles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the class path");
            }
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(in.readAllBytes())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(resource + " is not valid UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
