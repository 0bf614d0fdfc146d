package com.messageguard.ruledata;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the rules folder ({@code settings.yaml}, {@code contact-reasons.yaml}, {@code catalog.yaml})
 * strictly: an unknown or duplicated key, a wrong type or an out-of-range value is an error that
 * names the file, the line and what is wrong, so a typo never silently changes a rule.
 */
public final class RuleSetLoader {

    public static final String SETTINGS = "settings.yaml";
    public static final String CONTACT_REASONS = "contact-reasons.yaml";
    public static final String CATALOG = "catalog.yaml";

    private static final Pattern REASON_ID = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern RULE_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private final YAMLMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final ResourceLoader resources;
    private final String baseLocation;

    /**
     * @param baseLocation a Spring resource location ending in '/', e.g. {@code classpath:rules/}
     *                     or {@code file:/etc/message-guard/rules/}
     */
    public RuleSetLoader(ResourceLoader resources, String baseLocation) {
        this.resources = resources;
        this.baseLocation = baseLocation.endsWith("/") ? baseLocation : baseLocation + "/";
    }

    public RuleSet load() {
        Settings settings = read(SETTINGS, Settings.class);
        Map<String, ContactReason> reasons = withIds(CONTACT_REASONS,
                read(CONTACT_REASONS, ReasonsFile.class).reasons(), REASON_ID, ContactReason::withId);
        Map<String, RuleDefinition> rules = withIds(CATALOG,
                read(CATALOG, CatalogFile.class).rules(), RULE_ID, RuleDefinition::withId);
        return new RuleSet(this, settings, reasons, rules);
    }

    /**
     * Reads one file of the rules folder (also a language pack) with the same strictness: the
     * shape is checked while binding (types, unknown and duplicate keys), then the values by the
     * records' own {@link Checks.Checked#check checks}, each problem reported at its line.
     */
    public <T> T read(String file, Class<T> type) {
        String content = contentOf(file);
        T value;
        try {
            value = yaml.readValue(content, type);
        } catch (JacksonException e) {
            throw new RuleDataException(file, describe(e, new YamlLines(yaml, content)), e);
        }
        if (value == null) {
            throw new RuleDataException(file, "the file is empty");
        }
        if (value instanceof Checks.Checked checked) {
            Checks checks = new Checks();
            checked.check(checks);
            if (!checks.problems().isEmpty()) {
                YamlLines lines = new YamlLines(yaml, content);
                List<String> messages = checks.problems().stream()
                        .map(p -> at(lines.lineOf(p.path())) + p.path() + ": " + p.message())
                        .toList();
                throw new RuleDataException(file, String.join("; ", messages));
            }
        }
        return value;
    }

    private String contentOf(String file) {
        Resource resource = resources.getResource(baseLocation + file);
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (FileNotFoundException e) {
            throw new RuleDataException(file, "not found in " + baseLocation);
        } catch (IOException e) {
            throw new RuleDataException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static String at(int line) {
        return line > 0 ? "line " + line + ": " : "";
    }

    private static <V> Map<String, V> withIds(String file, Map<String, V> entries, Pattern idPattern,
                                              java.util.function.BiFunction<V, String, V> withId) {
        if (entries == null || entries.isEmpty()) {
            throw new RuleDataException(file, "defines no entries");
        }
        Map<String, V> result = new LinkedHashMap<>();
        entries.forEach((id, entry) -> {
            if (!idPattern.matcher(id).matches()) {
                throw new RuleDataException(file, "'" + id + "' is not a valid id (expected " + idPattern + ")");
            }
            if (entry == null) {
                throw new RuleDataException(file, "'" + id + "' has no definition");
            }
            result.put(id, withId.apply(entry, id));
        });
        return java.util.Collections.unmodifiableMap(result);
    }

    /**
     * "line 12: rules.emoji.severity: ..." — where, which key, and what is wrong. The line of the
     * key when the path is known (Jackson reports record problems at the end of the object), else
     * the parser's position.
     */
    static String describe(JacksonException e, YamlLines lines) {
        StringBuilder out = new StringBuilder();
        String path = path(e);
        int line = path.isEmpty() ? 0 : lines.lineOf(path);
        TokenStreamLocation location = e.getLocation();
        if (line > 0) {
            out.append(at(line));
        } else if (location != null && location.getLineNr() > 0) {
            out.append("line ").append(location.getLineNr()).append(", column ").append(location.getColumnNr()).append(": ");
        }
        if (!path.isEmpty()) {
            out.append(path).append(": ");
        }
        out.append(problem(e));
        return out.toString();
    }

    private static String path(JacksonException e) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String problem(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown key '" + unknown.getPropertyName() + "' (allowed: " + unknown.getKnownPropertyIds() + ")";
        }
        String message = e.getOriginalMessage();
        return message == null ? e.getClass().getSimpleName() : message.replaceAll("`[a-z.]+\\.([A-Za-z$]+)`", "$1");
    }

    record ReasonsFile(Map<String, ContactReason> reasons) implements Checks.Checked {
        @Override
        public void check(Checks checks) {
            checks.eachEntry("reasons", reasons);
        }
    }

    record CatalogFile(Map<String, RuleDefinition> rules) implements Checks.Checked {
        @Override
        public void check(Checks checks) {
            checks.eachEntry("rules", rules);
        }
    }
}
