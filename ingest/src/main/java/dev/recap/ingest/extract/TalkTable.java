package dev.recap.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a table of talks, rendered as {@code a | b | c} lines with a header row first: the column whose
 * header says "Talk"/"Title"/"Charla"… holds titles, "Speakers"/"Intervenants"/"Ponentes"… the speakers,
 * "Company"/"Entreprise"/"Empresa" their company, "Day"/"Jour"/"Día"/"When" the day. A table without a
 * title column is not a table of talks.
 */
final class TalkTable {

    /** One row: a title, its speakers and the text of its day cell ({@code null} without one). */
    record Row(String title, List<TalkSpeaker> speakers, String day) {}

    private static final Pattern COMPANY_SEPARATOR = Pattern.compile("\\s*[,;/]\\s*");
    private static final Pattern CELL_SEPARATOR = Pattern.compile("\\s*\\|\\s*");
    private static final Set<String> TITLE_HEADERS = Set.of(
            "talk",
            "talks",
            "title",
            "titre",
            "session",
            "sessions",
            "charla",
            "charlas",
            "ponencia",
            "conference",
            "conferencia",
            "vortrag",
            "presentation",
            "presentacion",
            "talk title",
            "titulo",
            "sujet");
    private static final Set<String> SPEAKER_HEADERS = Set.of(
            "speaker",
            "speakers",
            "speaker s",
            "intervenant",
            "intervenants",
            "intervenant e s",
            "orateur",
            "orateurs",
            "ponente",
            "ponentes",
            "presentador",
            "presentadores",
            "sprecher",
            "referent",
            "referenten",
            "who",
            "qui",
            "quien",
            "by",
            "par",
            "por");
    private static final Set<String> COMPANY_HEADERS =
            Set.of("company", "companies", "entreprise", "societe", "empresa", "firma", "organisation", "organization");
    private static final Set<String> DAY_HEADERS =
            Set.of("day", "jour", "dia", "tag", "date", "when", "quand", "cuando", "fecha", "datum");

    private TalkTable() {}

    /** The talks of {@code paragraph} when it is a table of talks; empty otherwise. */
    static List<Row> rows(String paragraph) {
        List<String> lines = paragraph.lines().toList();
        if (lines.size() < 2 || !lines.stream().allMatch(l -> l.contains(" | "))) {
            return List.of();
        }
        List<String> header = cells(lines.get(0));
        int title = column(header, TITLE_HEADERS);
        if (title < 0) {
            return List.of();
        }
        int speakers = column(header, SPEAKER_HEADERS);
        int company = column(header, COMPANY_HEADERS);
        int day = column(header, DAY_HEADERS);
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = cells(line);
            String name = cell(cells, title);
            if (name == null || !TalkLines.plausibleTitle(name)) {
                continue;
            }
            rows.add(new Row(name, speakers(cell(cells, speakers), cell(cells, company)), cell(cells, day)));
        }
        return rows;
    }

    private static List<TalkSpeaker> speakers(String names, String company) {
        if (names == null) {
            return List.of();
        }
        // a column of speakers: "Ann Lee, Bob Roe" is two people, not a person and her company
        List<TalkSpeaker> speakers = SpeakerParser.listed(names, false);
        if (company == null) {
            return speakers;
        }
        // "Li Na, Martin Kessler" with "Huawei, CERN": one company each, in order
        String[] companies = COMPANY_SEPARATOR.split(company);
        if (companies.length == speakers.size() && companies.length > 1) {
            List<TalkSpeaker> paired = new java.util.ArrayList<>();
            for (int i = 0; i < companies.length; i++) {
                TalkSpeaker s = speakers.get(i);
                paired.add(s.company() == null ? new TalkSpeaker(s.name(), companies[i]) : s);
            }
            return paired;
        }
        return speakers.stream()
                .map(s -> s.company() == null ? new TalkSpeaker(s.name(), company) : s)
                .toList();
    }

    private static List<String> cells(String line) {
        return List.of(CELL_SEPARATOR.split(line, -1)).stream()
                .map(String::strip)
                .toList();
    }

    private static int column(List<String> header, Set<String> names) {
        for (int i = 0; i < header.size(); i++) {
            if (names.contains(Words.normalise(header.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(List<String> cells, int column) {
        return column < 0 || column >= cells.size() || cells.get(column).isBlank() ? null : cells.get(column);
    }
}
