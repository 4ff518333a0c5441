package org.jixiao.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IsolatedJarWorkloadTest {

    @TempDir
    Path directory;

    /** A jar holding {@link FakeTool}, named as its Main-Class where {@code withMainClass}. */
    private Path jar(boolean withMainClass) throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (withMainClass) {
            manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeTool.class.getName());
        }
        Path jar = directory.resolve("tool.jar");
        String entry = FakeTool.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar);
             JarOutputStream out = new JarOutputStream(file, manifest);
             InputStream classFile = FakeTool.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            classFile.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }

    @Test
    void runsTheToolOfAJarInALoaderOfItsOwn() throws Exception {
        IsolatedJarWorkload workload = new IsolatedJarWorkload(jar(true));
        Path input = Files.writeString(directory.resolve("input.pdf"), "12345");
        assertEquals(new BenchWorkload.Counts(5, 1), workload.process(input));
        assertTrue(workload.name().startsWith("fake tool "), workload.name());
        assertNotEquals("fake tool " + System.identityHashCode(FakeTool.class), workload.name(),
                "the tool's class was loaded by the test's own loader");
    }

    @Test
    void aJarWithoutMainClassIsRefusedWithItsName() throws Exception {
        Path jar = jar(false);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new IsolatedJarWorkload(jar));
        assertTrue(e.getMessage().contains("tool.jar"), e.getMessage());
    }
}
