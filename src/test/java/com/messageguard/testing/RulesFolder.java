package com.messageguard.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Copies the repository's rules folder, sub-folders included, for tests that change a file. */
public final class RulesFolder {

    private RulesFolder() {
    }

    public static Path copyTo(Path target) {
        Path source = Path.of("rules");
        try (var files = Files.walk(source)) {
            List<Path> all = files.filter(f -> f.toString().endsWith(".yaml")).toList();
            for (Path file : all) {
                Path to = target.resolve(source.relativize(file).toString());
                Files.createDirectories(to.getParent());
                Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
