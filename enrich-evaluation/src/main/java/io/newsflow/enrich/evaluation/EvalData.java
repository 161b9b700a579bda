package io.newsflow.enrich.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the shared evaluation data lives: {@code -Dnewsflow.eval.dir=...}, else {@code ../shared/eval}
 * seen from the repository root or {@code ../../shared/eval} from the module (commands run from
 * either). The data is read in place and never copied into the project.
 */
public final class EvalData {

    private EvalData() {
    }

    public static Optional<Path> locate() {
        String configured = System.getProperty("newsflow.eval.dir");
        if (configured != null) {
            return Optional.of(Path.of(configured)).filter(Files::isDirectory);
        }
        return Stream.of(Path.of("../shared/eval"), Path.of("../../shared/eval"))
                .filter(Files::isDirectory)
                .map(Path::normalize)
                .findFirst();
    }

    public static Path require() {
        return locate().orElseThrow(() -> new IllegalStateException("evaluation data not found at "
                + System.getProperty("newsflow.eval.dir", "../shared/eval (from the repository root) or ../../shared/eval (from a module)")
                + "; set -Dnewsflow.eval.dir=/path/to/eval"));
    }

    /** The enrich-service module directory, whether the command runs from the repository root or a module. */
    public static Path enrichServiceDir() {
        Path fromRoot = Path.of("enrich-service");
        return Files.isDirectory(fromRoot.resolve("src")) ? fromRoot : Path.of("../enrich-service");
    }
}
