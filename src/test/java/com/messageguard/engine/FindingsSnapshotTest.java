package com.messageguard.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.messageguard.web.CheckRequest;
import com.messageguard.web.DraftFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every finding of every corpus case, compared with {@value #SNAPSHOT}: rule, severity, field,
 * offsets, message, suggestion and fix, and the verdict. CorpusTest asks whether the labels are
 * met; this asks whether anything at all changed, so that work on speed or structure can show it
 * changed no finding. A rule change that changes findings on purpose regenerates the file:
 *
 * <pre>./mvnw -o test -Dtest=FindingsSnapshotTest -Dsnapshot.update=true</pre>
 *
 * <p>The cases are those of {@code src/test/resources/corpus/*.jsonl}, and of
 * {@code ../shared/corpus/*.jsonl} where that folder exists; a shared case identical to the
 * project's copy is the same case. Shared cases that differ or exist only there are keyed with
 * {@value #SHARED} and compared only where the folder is present.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class FindingsSnapshotTest {

    static final String SNAPSHOT = "src/test/resources/snapshots/corpus-findings.jsonl";
    private static final Path OWN = Path.of("src/test/resources/corpus");
    private static final Path SHARED_DIR = Path.of("..", "shared", "corpus");
    private static final String SHARED = "shared/";
    /**
     * Left out: the opt-in grammar check runs LanguageTool within a time budget, and whether a
     * cold test JVM finishes it in time varies from run to run (and with it a verdict of PASS or
     * WARN), so the cases are checked without it; {@code GrammarCorpusTest} covers it.
     */
    private static final String GRAMMAR = "spelling-grammar";
    /** Failure output names at most this many changed cases in full. */
    private static final int SHOWN = 40;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    DraftFactory drafts;

    @Autowired
    CheckEngine engine;

    @Test
    void everyCorpusFindingIsAsInTheSnapshot() throws IOException {
        Map<String, String> actual = new LinkedHashMap<>();
        cases().forEach((key, request) -> actual.put(key, line(key, request)));
        Path snapshot = Path.of(SNAPSHOT);
        if (Boolean.getBoolean("snapshot.update")) {
            Files.createDirectories(snapshot.getParent());
            Files.write(snapshot, actual.values(), StandardCharsets.UTF_8);
            System.out.printf("%nWrote %d cases to %s%n", actual.size(), snapshot);
            return;
        }
        assertThat(snapshot).as("the findings snapshot; create it with -Dsnapshot.update=true").exists();
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(snapshot, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                expected.put(JSON.readTree(line).get("case").asString(), line);
            }
        }
        String diff = diff(expected, actual, Files.isDirectory(SHARED_DIR));
        if (!diff.isEmpty()) {
            fail("Findings differ from " + SNAPSHOT + " (- snapshot, + now). If the change is intended, run\n"
                    + "  ./mvnw -o test -Dtest=FindingsSnapshotTest -Dsnapshot.update=true\n" + diff);
        }
    }

    /** Every case's request by key ({@code cases.jsonl#d-001}), in file and line order. */
    private static Map<String, JsonNode> cases() throws IOException {
        Map<String, JsonNode> cases = new LinkedHashMap<>();
        for (Path file : jsonl(OWN)) {
            read(file).forEach((id, request) -> cases.put(file.getFileName() + "#" + id, request));
        }
        if (Files.isDirectory(SHARED_DIR)) {
            for (Path file : jsonl(SHARED_DIR)) {
                read(file).forEach((id, request) -> {
                    String key = file.getFileName() + "#" + id;
                    if (!request.equals(cases.get(key))) {
                        cases.put(SHARED + key, request);
                    }
                });
            }
        }
        assertThat(cases).as("corpus cases").isNotEmpty();
        return cases;
    }

    private static List<Path> jsonl(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        }
    }

    private static Map<String, JsonNode> read(Path file) throws IOException {
        Map<String, JsonNode> requests = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode c = JSON.readTree(line);
                JsonNode previous = requests.put(c.get("id").asString(), c.get("request"));
                assertThat(previous).as("a second case %s in %s", c.get("id").asString(), file).isNull();
            }
        }
        return requests;
    }

    /** One snapshot line: the case key, the verdict and every violation in the engine's order. */
    private String line(String key, JsonNode request) {
        ObjectNode withoutGrammar = (ObjectNode) request.deepCopy();
        withoutGrammar.remove("checkGrammar");
        CheckResult result = engine.check(drafts.create(JSON.treeToValue(withoutGrammar, CheckRequest.class)));
        ObjectNode line = JSON.createObjectNode();
        line.put("case", key);
        line.put("verdict", result.verdict().name());
        ArrayNode findings = line.putArray("findings");
        for (Violation v : result.violations()) {
            if (GRAMMAR.equals(v.rule())) {
                continue;
            }
            ObjectNode f = findings.addObject();
            f.put("rule", v.rule());
            f.put("severity", v.severity().name());
            f.put("field", v.field());
            if (v.start() != null) {
                f.put("start", v.start());
                f.put("end", v.end());
            }
            f.put("message", v.message());
            f.put("suggestion", v.suggestion());
            if (v.fix() != null) {
                f.put("fix", v.fix().start() + ".." + v.fix().end() + " " + JSON.writeValueAsString(v.fix().replacement()));
            }
            if (v.detail() != null) {
                f.put("detail", v.detail());
            }
        }
        return JSON.writeValueAsString(line);
    }

    /** The changed, new and missing cases, each with its findings one per line; empty when none. */
    private static String diff(Map<String, String> expected, Map<String, String> actual, boolean sharedPresent) {
        StringBuilder out = new StringBuilder();
        List<String> keys = new ArrayList<>(expected.keySet());
        actual.keySet().stream().filter(k -> !expected.containsKey(k)).forEach(keys::add);
        int changed = 0;
        for (String key : keys) {
            String before = expected.get(key);
            String after = actual.get(key);
            if (after == null && key.startsWith(SHARED) && !sharedPresent) {
                continue;
            }
            if (Objects.equals(before, after)) {
                continue;
            }
            if (++changed > SHOWN) {
                continue;
            }
            out.append('\n').append(key).append(before == null ? " (new case)" : after == null ? " (case gone)" : "")
                    .append('\n');
            List<String> was = readable(before);
            List<String> now = readable(after);
            was.stream().filter(f -> !now.contains(f)).forEach(f -> out.append("  - ").append(f).append('\n'));
            now.stream().filter(f -> !was.contains(f)).forEach(f -> out.append("  + ").append(f).append('\n'));
            if (was.equals(now)) {
                out.append("  (same findings, other order)\n");
            }
        }
        if (changed > SHOWN) {
            out.append("\n... and ").append(changed - SHOWN).append(" more cases\n");
        }
        return changed == 0 ? "" : changed + " cases differ:\n" + out;
    }

    /** The verdict, then each finding of a snapshot line as one line of text. */
    private static List<String> readable(String line) {
        List<String> lines = new ArrayList<>();
        if (line == null) {
            return lines;
        }
        JsonNode node = JSON.readTree(line);
        lines.add("verdict " + node.get("verdict").asString());
        for (JsonNode f : node.get("findings")) {
            StringBuilder text = new StringBuilder();
            f.properties().forEach(e -> {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                text.append(e.getKey()).append('=').append(e.getValue());
            });
            lines.add(text.toString());
        }
        return lines;
    }
}
