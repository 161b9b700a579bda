package io.newsflow.localstack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Writes a small jar holding some of this module's own classes, for code that must run inside a child JVM (the
 * Kafka wrapper, the entitlement agent). Copying the class files works wherever this module itself was loaded
 * from: a classes directory, its jar, or a jar nested in another.
 */
final class HelperJar {

    private HelperJar() {
    }

    /**
     * Writes the jar unless an identical one is already there: a running child may have it open, and replacing
     * the file under it would break that JVM.
     */
    static Path write(Path jar, Map<String, String> manifestAttributes, Class<?>... classes) {
        byte[] content = build(manifestAttributes, classes);
        try {
            if (Files.isRegularFile(jar) && Arrays.equals(Files.readAllBytes(jar), content)) {
                return jar;
            }
            Files.createDirectories(jar.getParent());
            Path temporary = Files.createTempFile(jar.getParent(), jar.getFileName().toString(), ".tmp");
            Files.write(temporary, content);
            return Files.move(temporary, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + jar, e);
        }
    }

    private static byte[] build(Map<String, String> manifestAttributes, Class<?>... classes) {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifestAttributes.forEach((name, value) -> manifest.getMainAttributes().put(new Attributes.Name(name), value));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes)) {
            // Entries carry a fixed time, so identical input gives an identical jar and unchanged jars are not rewritten.
            jar.putNextEntry(entry(JarFile.MANIFEST_NAME));
            manifest.write(jar);
            jar.closeEntry();
            for (Class<?> type : classes) {
                String classFile = type.getName().replace('.', '/') + ".class";
                jar.putNextEntry(entry(classFile));
                try (InputStream in = type.getClassLoader().getResourceAsStream(classFile)) {
                    if (in == null) {
                        throw new IllegalStateException("Class file " + classFile + " not found");
                    }
                    in.transferTo(jar);
                }
                jar.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static JarEntry entry(String name) {
        JarEntry entry = new JarEntry(name);
        entry.setTime(0);
        return entry;
    }
}
