package dev.recap.notifier.render;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The CNCF maturity (graduated, incubating, sandbox, archived) of landscape projects, read once from
 * {@code /cncf/maturity.tsv} (derived from the CNCF Landscape, see the README beside it). Names match
 * without regard to case.
 */
public final class CncfMaturity {

    static final String RESOURCE = "/cncf/maturity.tsv";
    private static final CncfMaturity BUNDLED = load();

    private final Map<String, String> levels;

    private CncfMaturity(Map<String, String> levels) {
        this.levels = Map.copyOf(levels);
    }

    /** The table shipped with the notifier. */
    public static CncfMaturity bundled() {
        return BUNDLED;
    }

    /** The maturity of {@code project}, or {@code null} when it is not a CNCF project. */
    public String of(String project) {
        return project == null ? null : levels.get(project.strip().toLowerCase(Locale.ROOT));
    }

    /** How many projects the table knows. */
    public int size() {
        return levels.size();
    }

    private static CncfMaturity load() {
        Map<String, String> levels = new HashMap<>();
        try (InputStream in = CncfMaturity.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    levels.put(
                            line.substring(0, tab).strip().toLowerCase(Locale.ROOT),
                            line.substring(tab + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return new CncfMaturity(levels);
    }
}
