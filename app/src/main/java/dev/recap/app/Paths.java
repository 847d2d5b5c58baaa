package dev.recap.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Checks of paths given on the command line, with messages that say how to fix them. */
final class Paths {

    private Paths() {}

    static void requireExisting(List<Path> paths, String command) {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new UserFacingException(command + ": " + path + " does not exist (from "
                        + Path.of("").toAbsolutePath() + "). Give a file or a folder of posts.");
            }
            if (!Files.isReadable(path)) {
                throw new UserFacingException(command + ": " + path + " cannot be read; check its permissions.");
            }
        }
    }
}
