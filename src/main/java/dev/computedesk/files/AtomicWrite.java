package dev.computedesk.files;

import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The one way the app replaces a file, whoever owns it (its own settings through {@link OwnedFile}, the user's
 * {@code ~/.ssh/config}, a generated private key): the new content goes to a temporary file beside the target,
 * restricted to the owner from its creation (before any byte is written), is forced to disk, gets its final
 * protection, and is moved over the target atomically where the file system can. A failure at any step leaves the
 * target as it was and removes the temporary file; a crash leaves either the old file or the new one, never half of
 * one.
 *
 * <p>The folder must exist: creating it, and with what mode, is the caller's choice.
 */
public final class AtomicWrite {
    private static final Set<PosixFilePermission> OWNER_ONLY_MODE = PosixFilePermissions.fromString("rw-------");

    private AtomicWrite() {
    }

    /** Writes the new content to {@code out}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** How the new file is protected. */
    public static final class Protection {
        private final Set<PosixFilePermission> mode;
        private final Elsewhere elsewhere;

        /** Where the file system has no POSIX permissions. */
        private enum Elsewhere {
            /** The folder's default access, as for any new file there. */
            FOLDER_DEFAULT,
            /** java.io.File's owner-only flags, as far as the file system honours them. */
            FILE_FLAGS,
            /** An access list granting only the owner, where the file system has access lists (Windows). */
            OWNER_ONLY_ACL
        }

        private Protection(Set<PosixFilePermission> mode, Elsewhere elsewhere) {
            this.mode = Set.copyOf(mode);
            this.elsewhere = elsewhere;
        }

        /**
         * A file of the app: {@code rw-------} where the file system has POSIX permissions, elsewhere owner-only as
         * far as {@link java.io.File#setReadable(boolean, boolean)} can.
         */
        public static Protection ownerOnly() {
            return new Protection(OWNER_ONLY_MODE, Elsewhere.FILE_FLAGS);
        }

        /**
         * A secret (a private key): {@code rw-------}, or, where the file system has access lists instead (Windows),
         * a list that grants only the owner, as OpenSSH requires of a key file there.
         */
        public static Protection secret() {
            return new Protection(OWNER_ONLY_MODE, Elsewhere.OWNER_ONLY_ACL);
        }

        /**
         * A file whose mode the user chose (their {@code ~/.ssh/config}): exactly {@code mode} where the file system
         * has POSIX permissions (the temporary file is owner-only until then), elsewhere the folder's default access.
         */
        public static Protection mode(Set<PosixFilePermission> mode) {
            return new Protection(Objects.requireNonNull(mode, "mode"), Elsewhere.FOLDER_DEFAULT);
        }
    }

    /** Replaces {@code target} with {@code content}. */
    public static void replace(Path target, byte[] content, Protection protection) throws IOException {
        Objects.requireNonNull(content, "content");
        replace(target, protection, out -> out.write(content));
    }

    /** Replaces {@code target} with what {@code content} writes. */
    public static void replace(Path target, Protection protection, Content content) throws IOException {
        Objects.requireNonNull(protection, "protection");
        Objects.requireNonNull(content, "content");
        Path file = target.toAbsolutePath();
        Path dir = file.getParent();
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        String prefix = "." + file.getFileName() + ".";
        Path tmp = posix
                ? Files.createTempFile(dir, prefix, ".tmp", ownerOnlyAttribute())
                : Files.createTempFile(dir, prefix, ".tmp");
        try {
            if (!posix) {
                restrictElsewhere(tmp, protection.elsewhere);
            }
            // java.io rather than a FileChannel: an interrupt (an executor shutting down while it saves) must not
            // abort the write half-way with ClosedByInterruptException.
            try (FileOutputStream stream = new FileOutputStream(tmp.toFile())) {
                // A writer may close the stream it is given (Jackson does): that must not close the file before it
                // is forced to disk.
                OutputStream out = new FilterOutputStream(stream) {
                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        stream.write(bytes, offset, length);
                    }

                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                };
                content.writeTo(out);
                out.flush();
                stream.getFD().sync();
            }
            if (posix) {
                Files.getFileAttributeView(tmp, PosixFileAttributeView.class).setPermissions(protection.mode);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notAtomicHere) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> ownerOnlyAttribute() {
        return PosixFilePermissions.asFileAttribute(OWNER_ONLY_MODE);
    }

    private static void restrictElsewhere(Path tmp, Protection.Elsewhere elsewhere) throws IOException {
        switch (elsewhere) {
            case FILE_FLAGS -> {
                java.io.File asFile = tmp.toFile();
                asFile.setReadable(false, false);
                asFile.setReadable(true, true);
                asFile.setWritable(false, false);
                asFile.setWritable(true, true);
            }
            case OWNER_ONLY_ACL -> {
                AclFileAttributeView acl = Files.getFileAttributeView(tmp, AclFileAttributeView.class);
                if (acl != null) {
                    UserPrincipal owner = Files.getOwner(tmp);
                    acl.setAcl(List.of(AclEntry.newBuilder()
                            .setType(AclEntryType.ALLOW)
                            .setPrincipal(owner)
                            .setPermissions(EnumSet.allOf(AclEntryPermission.class))
                            .build()));
                }
            }
            default -> {
                // The folder's default access, as any new file there gets.
            }
        }
    }
}
