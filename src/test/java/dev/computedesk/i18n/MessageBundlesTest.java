package dev.computedesk.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ChoiceFormat;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two bundles agree: every key is in both, each value takes the same parameters in both, a value with
 * parameters is a valid {@link MessageFormat} pattern, and every {@code Messages.get("key")} in the code names a key
 * of the base bundle.
 */
class MessageBundlesTest {
    private static final Pattern GET = Pattern.compile("Messages\\.get\\(\\s*\"([^\"]+)\"");

    private final Map<String, String> english = Bundles.entries(Bundles.BASE);
    private final Map<String, String> korean = Bundles.entries(Bundles.KOREAN);

    @Test
    void everyKeyIsInBothBundles() {
        assertThat(english.keySet()).as("keys only in messages.properties (Korean missing)")
                .isSubsetOf(korean.keySet());
        assertThat(korean.keySet()).as("keys only in messages_ko.properties (English missing)")
                .isSubsetOf(english.keySet());
        assertThat(english).as("the bundles hold the texts").hasSizeGreaterThan(400);
    }

    @Test
    void noKeyIsWrittenTwice() {
        assertThat(Bundles.repeatedKeys(Bundles.BASE)).as("keys written twice in messages.properties").isEmpty();
        assertThat(Bundles.repeatedKeys(Bundles.KOREAN)).as("keys written twice in messages_ko.properties").isEmpty();
    }

    @Test
    void everyValueTakesTheSameParametersInBothLanguages() {
        List<String> problems = new ArrayList<>();
        english.forEach((key, value) -> {
            String other = korean.get(key);
            if (other == null) {
                return;
            }
            String mine = parameters(value, key, problems);
            String theirs = parameters(other, key + " (ko)", problems);
            if (!mine.equals(theirs)) {
                problems.add(key + ": English takes " + mine + ", Korean takes " + theirs);
            }
        });
        assertThat(problems).as("values whose parameters differ or do not parse").isEmpty();
    }

    @Test
    void everyKeyTheCodeAsksForIsInTheBaseBundle() throws IOException {
        Map<String, String> missing = new TreeMap<>();
        int calls = 0;
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = GET.matcher(read(file));
                while (matcher.find()) {
                    calls++;
                    if (!english.containsKey(matcher.group(1))) {
                        missing.put(matcher.group(1), file.getFileName().toString());
                    }
                }
            }
        }
        assertThat(calls).as("Messages.get calls found").isPositive();
        assertThat(missing).as("keys the code asks for that messages.properties lacks (key=file)").isEmpty();
    }

    /**
     * The parameters of a value as "{index:kind}": a date or time, or a value (number, text, choice). A plural
     * {@code choice} in English may be a plain {@code {0}} in Korean, which has no plural forms; a date may not
     * become a number. A value with parameters must write {@code ''} for an apostrophe.
     */
    private static String parameters(String value, String key, List<String> problems) {
        if (!value.contains("{")) {
            return "[]";
        }
        Format[] formats;
        try {
            formats = new MessageFormat(value).getFormatsByArgumentIndex();
        } catch (IllegalArgumentException e) {
            problems.add(key + ": not a MessageFormat pattern (" + e.getMessage() + "): " + value);
            return "?";
        }
        if (formats.length > 0 && value.replace("''", "").contains("'")) {
            problems.add(key + ": a pattern with parameters needs '' for an apostrophe: " + value);
        }
        List<String> kinds = new ArrayList<>();
        for (int index = 0; index < formats.length; index++) {
            Format format = formats[index];
            boolean used = format != null || value.matches("(?s).*\\{\\s*" + index + "\\s*[,}].*");
            if (used) {
                kinds.add("{" + index + ":" + (format instanceof DateFormat ? "date" : "value") + "}");
            }
            if (format instanceof ChoiceFormat choice) {
                for (Object branch : choice.getFormats()) {
                    if (String.valueOf(branch).contains("{")) {
                        parameters(String.valueOf(branch), key, problems);
                    }
                }
            }
        }
        return kinds.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
