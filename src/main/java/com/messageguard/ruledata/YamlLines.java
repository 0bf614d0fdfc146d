package com.messageguard.ruledata;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The line of every key in a YAML file, by path ({@code attachments.allowedTypes[2].extensions}),
 * so a value that fails validation after binding can still be reported at its line.
 */
final class YamlLines {

    private final Map<String, Integer> lines = new HashMap<>();

    YamlLines(YAMLMapper yaml, String content) {
        Deque<Frame> stack = new ArrayDeque<>();
        try (JsonParser p = yaml.createParser(content)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                switch (t) {
                    case PROPERTY_NAME -> {
                        Frame frame = stack.peek();
                        frame.key = p.currentName();
                        lines.put(frame.path(frame.key), p.currentLocation().getLineNr());
                    }
                    case START_OBJECT, START_ARRAY -> {
                        String path = stack.isEmpty() ? "" : stack.peek().childPath();
                        stack.push(new Frame(path, t == JsonToken.START_ARRAY));
                    }
                    case END_OBJECT, END_ARRAY -> {
                        stack.pop();
                        if (!stack.isEmpty()) {
                            stack.peek().advance();
                        }
                    }
                    default -> {
                        if (!stack.isEmpty()) {
                            stack.peek().advance();
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            // The file does not parse; binding reports that with its own location.
        }
    }

    /** The line of the key at {@code path}, or of its nearest enclosing key; 0 when unknown. */
    int lineOf(String path) {
        for (String p = path; !p.isEmpty(); p = parent(p)) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
        }
        return 0;
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "" : path.substring(0, cut);
    }

    private static final class Frame {
        final String path;
        final boolean array;
        String key;
        int index;

        Frame(String path, boolean array) {
            this.path = path;
            this.array = array;
        }

        String path(String name) {
            return path.isEmpty() ? name : path + "." + name;
        }

        String childPath() {
            return array ? path + "[" + index + "]" : path(key);
        }

        void advance() {
            if (array) {
                index++;
            }
        }
    }
}
