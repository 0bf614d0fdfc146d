package com.messageguard.ruledata;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
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
        return new RuleSet(settings, reasons, rules);
    }

    /** Reads one more file of the rules folder, e.g. a language pack, with the same strictness. */
    public <T> T read(String file, Class<T> type) {
        Resource resource = resources.getResource(baseLocation + file);
        try (InputStream in = resource.getInputStream()) {
            T value = yaml.readValue(in, type);
            if (value == null) {
                throw new RuleDataException(file, "the file is empty");
            }
            return value;
        } catch (FileNotFoundException e) {
            throw new RuleDataException(file, "not found in " + baseLocation);
        } catch (IOException e) {
            throw new RuleDataException(file, "cannot be read: " + e.getMessage(), e);
        } catch (JacksonException e) {
            throw new RuleDataException(file, describe(e), e);
        }
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

    /** "line 12, column 5: rules.emoji.severity: ..." — where, which key, and what is wrong. */
    static String describe(JacksonException e) {
        StringBuilder out = new StringBuilder();
        TokenStreamLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            out.append("line ").append(location.getLineNr()).append(", column ").append(location.getColumnNr()).append(": ");
        }
        String path = path(e);
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
        if (e instanceof ValueInstantiationException && e.getCause() instanceof IllegalArgumentException invalid) {
            return invalid.getMessage();
        }
        String message = e.getOriginalMessage();
        return message == null ? e.getClass().getSimpleName() : message.replaceAll("`[a-z.]+\\.([A-Za-z$]+)`", "$1");
    }

    record ReasonsFile(Map<String, ContactReason> reasons) {
    }

    record CatalogFile(Map<String, RuleDefinition> rules) {
    }
}
