import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import jdk.internal.org.objectweb.asm.Attribute;
import jdk.internal.org.objectweb.asm.ClassReader;
import jdk.internal.org.objectweb.asm.ClassVisitor;
import jdk.internal.org.objectweb.asm.ClassWriter;
import jdk.internal.org.objectweb.asm.FieldVisitor;
import jdk.internal.org.objectweb.asm.Label;
import jdk.internal.org.objectweb.asm.MethodVisitor;
import jdk.internal.org.objectweb.asm.Opcodes;

/**
 * Removes the local variable tables (the names and types of local variables, which only a debugger reads) from the
 * classes of the jars given, in place; line numbers and source file names stay, so stack traces in the log read as
 * before. The Linux packages' class data sharing archive keeps these tables for every class it holds, so this makes
 * both the jars and the archive smaller (packaging/README.md has the figures).
 *
 * <p>Run by dist.sh with the JDK's own copy of ASM: {@code java --add-exports
 * java.base/jdk.internal.org.objectweb.asm=ALL-UNNAMED StripLocalVariables.java JAR...}. A class this ASM cannot
 * rewrite faithfully (a newer class file version, an attribute it does not know) is kept as it was, and so are the
 * classes under {@code META-INF/} (other Java versions' classes of multi-release jars). Signed jars are left alone:
 * changing a class would break their signature.
 */
public class StripLocalVariables {

    public static void main(String[] args) throws IOException {
        long before = 0, after = 0;
        int kept = 0;
        for (String arg : args) {
            Path jar = Path.of(arg).toAbsolutePath();
            before += Files.size(jar);
            kept += strip(jar);
            after += Files.size(jar);
        }
        System.out.printf("dist: local variable tables removed from %d jars: %.1f MB to %.1f MB (%d classes kept as they were)%n",
                args.length, before / 1048576.0, after / 1048576.0, kept);
    }

    /** Rewrites the jar in place; returns how many of its classes were kept unchanged because ASM could not rewrite them. */
    static int strip(Path jar) throws IOException {
        Path rewritten = Files.createTempFile(jar.getParent(), jar.getFileName().toString(), ".tmp");
        int kept = 0;
        try (ZipFile in = new ZipFile(jar.toFile())) {
            if (in.stream().anyMatch(e -> e.getName().matches("META-INF/[^/]+\\.(SF|RSA|DSA|EC)"))) {
                Files.delete(rewritten);
                return 0;
            }
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(rewritten))) {
                for (var entries = in.entries(); entries.hasMoreElements(); ) {
                    ZipEntry entry = entries.nextElement();
                    byte[] bytes;
                    try (InputStream stream = in.getInputStream(entry)) {
                        bytes = stream.readAllBytes();
                    }
                    if (entry.getName().endsWith(".class") && !entry.getName().startsWith("META-INF/")
                            && !entry.getName().endsWith("module-info.class")) {
                        byte[] stripped = stripClass(bytes);
                        if (stripped == null) {
                            kept++;
                        } else {
                            bytes = stripped;
                        }
                    }
                    ZipEntry copy = new ZipEntry(entry.getName());
                    copy.setTime(entry.getTime());
                    if (entry.getMethod() == ZipEntry.STORED) {
                        CRC32 crc = new CRC32();
                        crc.update(bytes);
                        copy.setMethod(ZipEntry.STORED);
                        copy.setSize(bytes.length);
                        copy.setCompressedSize(bytes.length);
                        copy.setCrc(crc.getValue());
                    }
                    out.putNextEntry(copy);
                    out.write(bytes);
                    out.closeEntry();
                }
            }
        }
        Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING);
        return kept;
    }

    /** The class without its local variable tables, or null when ASM cannot rewrite it faithfully. */
    static byte[] stripClass(byte[] bytes) {
        try {
            ClassReader reader = new ClassReader(bytes);
            // No constant pool copied from the reader: the new pool holds only what the class still uses, without
            // the names and signatures of local variables.
            ClassWriter writer = new ClassWriter(0);
            reader.accept(new ClassVisitor(Opcodes.ASM8, writer) {
                @Override
                public void visitAttribute(Attribute attribute) {
                    throw new UnknownAttribute();
                }

                @Override
                public FieldVisitor visitField(int access, String name, String descriptor, String signature,
                        Object value) {
                    return new FieldVisitor(Opcodes.ASM8, super.visitField(access, name, descriptor, signature, value)) {
                        @Override
                        public void visitAttribute(Attribute attribute) {
                            throw new UnknownAttribute();
                        }
                    };
                }

                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                        String[] exceptions) {
                    return new MethodVisitor(Opcodes.ASM8, super.visitMethod(access, name, descriptor, signature, exceptions)) {
                        @Override
                        public void visitLocalVariable(String name, String descriptor, String signature, Label start,
                                Label end, int index) {
                            // dropped: LocalVariableTable and LocalVariableTypeTable
                        }

                        @Override
                        public void visitAttribute(Attribute attribute) {
                            throw new UnknownAttribute();
                        }
                    };
                }
            }, 0);
            return writer.toByteArray();
        } catch (RuntimeException unsupported) {
            // a class file version or feature this ASM does not know, or an attribute it would copy blindly
            return null;
        }
    }

    /** An attribute ASM does not know: copied as raw bytes it could point into the old constant pool. */
    static final class UnknownAttribute extends RuntimeException {
        UnknownAttribute() {
            super(null, null, false, false);
        }
    }
}
