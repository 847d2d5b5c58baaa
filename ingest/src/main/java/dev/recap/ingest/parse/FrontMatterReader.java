package dev.recap.ingest.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/**
 * Reads a front matter block into plain Java values: YAML with {@link SimpleYaml} when it is simple enough
 * (nearly always), else with snakeyaml-engine (no duplicate keys, few aliases, a code point cap, so a
 * hostile block cannot blow up memory), TOML with {@link SimpleToml} when it is simple enough, else with tomlj.
 */
final class FrontMatterReader {

    private static final int MAX_ALIASES = 20;
    private static final int MAX_CODE_POINTS = 1_000_000;
    private static final LoadSettings YAML_SETTINGS = LoadSettings.builder()
            .setAllowDuplicateKeys(false)
            .setMaxAliasesForCollections(MAX_ALIASES)
            .setAllowRecursiveKeys(false)
            .setCodePointLimit(MAX_CODE_POINTS)
            .setLabel("front matter")
            .build();
    private static final SimpleYaml SIMPLE_YAML = new SimpleYaml(YAML_SETTINGS.getSchema());

    private FrontMatterReader() {}

    /** The fields of {@code frontMatter}; none for {@link FrontMatter.Kind#NONE}. */
    static FrontMatterFields read(FrontMatter frontMatter) throws InvalidFrontMatterException {
        return switch (frontMatter.kind()) {
            case NONE -> new FrontMatterFields(Map.of());
            case YAML -> new FrontMatterFields(yaml(frontMatter.raw()));
            case TOML -> new FrontMatterFields(toml(frontMatter.raw()));
        };
    }

    static Map<?, ?> yaml(String raw) throws InvalidFrontMatterException {
        Optional<Map<Object, Object>> simple = SIMPLE_YAML.read(raw);
        if (simple.isPresent()) {
            return simple.get();
        }
        return fullYaml(raw);
    }

    // the slow path, also what tests compare SimpleYaml with
    static Map<?, ?> fullYaml(String raw) throws InvalidFrontMatterException {
        Object root;
        try {
            root = new Load(YAML_SETTINGS).loadFromString(raw);
        } catch (YamlEngineException e) {
            throw new InvalidFrontMatterException("YAML front matter: " + oneLine(e.getMessage()), e);
        }
        if (root == null) {
            return Map.of();
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new InvalidFrontMatterException("YAML front matter is not a mapping", null);
        }
        return map;
    }

    private static Map<?, ?> toml(String raw) throws InvalidFrontMatterException {
        Optional<Map<String, Object>> simple = SimpleToml.read(raw);
        if (simple.isPresent()) {
            return simple.get();
        }
        TomlParseResult result = Toml.parse(raw);
        if (result.hasErrors()) {
            throw new InvalidFrontMatterException(
                    "TOML front matter: " + result.errors().get(0).toString(), null);
        }
        return plain(result);
    }

    private static Map<String, Object> plain(TomlTable table) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (String key : table.keySet()) {
            map.put(key, plain(table.get(List.of(key))));
        }
        return map;
    }

    private static Object plain(Object value) {
        if (value instanceof TomlTable table) {
            return plain(table);
        }
        if (value instanceof TomlArray array) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                list.add(plain(array.get(i)));
            }
            return list;
        }
        return value;
    }

    private static String oneLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        return message.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .reduce((a, b) -> a + " " + b)
                .orElse("unreadable");
    }
}
