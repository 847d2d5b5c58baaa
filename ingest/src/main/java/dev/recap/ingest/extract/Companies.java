package dev.recap.ingest.extract;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names of companies, so that "Jane Doe, Red Hat" reads as a speaker and her company, not as two people:
 * the CNCF members and end users of the landscape ({@code landscape/cncf-projects.tsv}, rows such as
 * "Red Hat (member)"), their names without a generic last word ("Google Cloud" is also "Google"), and the
 * project's own {@code extract/companies.txt}.
 */
final class Companies {

    private static final Pattern ORGANISATION_ROW =
            Pattern.compile("^(.*?)\\s*\\((?:member|contributor|supporter|end user)\\)$");
    private static final Set<String> GENERIC_LAST_WORDS =
            Set.of("cloud", "computing", "inc", "labs", "technologies", "technology", "software", "systems", "group");
    private static final Set<String> NAMES = load();

    private Companies() {}

    /** True when {@code name} is a company Recap knows, whatever its case and accents. */
    static boolean isKnown(String name) {
        return NAMES.contains(Words.normalise(name));
    }

    private static Set<String> load() {
        Set<String> names = new HashSet<>(WordList.load("companies.txt"));
        for (String line : WordList.lines("/landscape/cncf-projects.tsv")) {
            var row = ORGANISATION_ROW.matcher(line.split("\t", -1)[0]);
            if (row.matches()) {
                String name = Words.normalise(row.group(1));
                names.add(name);
                int lastSpace = name.lastIndexOf(' ');
                if (lastSpace > 0 && GENERIC_LAST_WORDS.contains(name.substring(lastSpace + 1))) {
                    names.add(name.substring(0, lastSpace));
                }
            }
        }
        return Set.copyOf(names);
    }
}
