package org.jixiao.cli.bench;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * A tool packed in a jar of its own (tabula-java with its PDFBox 2), loaded in a class loader that
 * sees none of jixiao's classes, so its libraries cannot clash with ours. The jar names in its
 * manifest's {@code Main-Class} a public class implementing {@code Function<Path, Map<String, Integer>>}
 * that returns {@code pages} and {@code tables}, and whose {@code toString()} names the tool.
 */
public final class IsolatedJarWorkload implements BenchWorkload {

    private final Function<Path, Map<String, Integer>> tool;

    @SuppressWarnings("unchecked")
    public IsolatedJarWorkload(Path jar) throws Exception {
        URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        String mainClass;
        try (java.util.jar.JarFile jarFile = new java.util.jar.JarFile(jar.toFile())) {
            mainClass = jarFile.getManifest().getMainAttributes().getValue("Main-Class");
        }
        if (mainClass == null) {
            throw new IllegalArgumentException(jar + ": no Main-Class in its manifest");
        }
        Object instance = loader.loadClass(mainClass).getConstructor().newInstance();
        if (!(instance instanceof Function<?, ?>)) {
            throw new IllegalArgumentException(jar + ": " + mainClass + " is not a Function<Path, Map<String, Integer>>");
        }
        this.tool = (Function<Path, Map<String, Integer>>) instance;
    }

    @Override
    public String name() {
        return tool.toString();
    }

    @Override
    public Counts process(Path file) {
        Map<String, Integer> counts = tool.apply(file);
        return new Counts(counts.getOrDefault("pages", 0), counts.getOrDefault("tables", 0));
    }
}
