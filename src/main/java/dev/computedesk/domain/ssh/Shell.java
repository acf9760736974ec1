package dev.computedesk.domain.ssh;

import java.util.Locale;

/**
 * The shell a copied command is meant for; it decides how values are quoted. A value made only of
 * {@code [A-Za-z0-9_./:@=+-]} is left as is; any other value is single-quoted.
 */
public enum Shell {
    /** sh, bash, zsh (Linux, macOS, WSL, Git Bash): an embedded {@code '} becomes {@code '\''}. */
    POSIX,
    /** Windows PowerShell and PowerShell 7: an embedded {@code '} is doubled. */
    POWERSHELL;

    /** The default for an operating system name as in {@code System.getProperty("os.name")}. */
    public static Shell defaultForOs(String osName) {
        return osName != null && osName.toLowerCase(Locale.ROOT).startsWith("windows") ? POWERSHELL : POSIX;
    }

    /** The default for the operating system this runs on. */
    public static Shell current() {
        return defaultForOs(System.getProperty("os.name"));
    }

    /** True when {@code value} is non-empty and made only of characters no shell treats specially. */
    public static boolean isSafe(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean safe = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || "_./:@=+-".indexOf(c) >= 0;
            if (!safe) {
                return false;
            }
        }
        return true;
    }

    /** {@code value} as one word of this shell, quoted only when needed ({@code ''} for the empty string). */
    public String quote(String value) {
        if (isSafe(value)) {
            return value;
        }
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (this == POSIX && c == '\'') {
                quoted.append("'\\''");
            } else if (this == POWERSHELL && isPowerShellSingleQuote(c)) {
                // PowerShell also ends a single-quoted string at the typographic quotes ‘ ’ ‚ ‛.
                quoted.append(c).append(c);
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('\'').toString();
    }

    private static boolean isPowerShellSingleQuote(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u201B';
    }
}
