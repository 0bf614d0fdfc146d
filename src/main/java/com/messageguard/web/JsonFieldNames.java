package com.messageguard.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.lang.reflect.RecordComponent;

/**
 * Names a bad field as the client wrote it. Bean Validation names the path through the Java
 * objects; a component marked {@link JsonUnwrapped} (the check inside {@code POST /messages}) has
 * its fields at the top level of the JSON, so its name is left out: {@code check.body} is
 * {@code body}.
 */
final class JsonFieldNames {

    private JsonFieldNames() {
    }

    static String of(Class<?> body, String path) {
        if (!body.isRecord()) {
            return path;
        }
        for (RecordComponent component : body.getRecordComponents()) {
            String prefix = component.getName() + ".";
            // The annotation lands on the accessor: JsonUnwrapped does not target record components.
            if (path.startsWith(prefix) && component.getAccessor().isAnnotationPresent(JsonUnwrapped.class)) {
                return path.substring(prefix.length());
            }
        }
        return path;
    }
}
