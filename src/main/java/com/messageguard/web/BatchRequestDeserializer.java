package com.messageguard.web;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Reads a {@link BatchRequest} and stops at the first item past the limit. A batch may be
 * {@code max-items} times as large as one request, and bean validation only runs once the whole
 * body is bound: without this, 25 MB of {@code {},{},...} would become millions of objects and
 * millions of validation errors before the count were looked at. Items are bound as {@code /check}
 * binds its body; an error inside one names its path ({@code items[3].orderAgeDays}). Unknown
 * fields are skipped, like everywhere else.
 */
final class BatchRequestDeserializer extends ValueDeserializer<BatchRequest> {

    static final String ITEMS = "items";

    private final int maxItems;

    BatchRequestDeserializer(int maxItems) {
        this.maxItems = maxItems;
    }

    @Override
    public BatchRequest deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
        if (!p.isExpectedStartObjectToken()) {
            return (BatchRequest) ctxt.handleUnexpectedToken(BatchRequest.class, p);
        }
        List<CheckRequest> items = null;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            if (ITEMS.equals(name)) {
                try {
                    items = readItems(p, ctxt);
                } catch (TooManyItems e) {
                    throw e; // about the whole list, not one item: no path to add
                } catch (JacksonException e) {
                    throw JacksonException.wrapWithPath(e, BatchRequest.class, ITEMS);
                }
            } else {
                p.skipChildren();
            }
        }
        return new BatchRequest(items);
    }

    private List<CheckRequest> readItems(JsonParser p, DeserializationContext ctxt) throws JacksonException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (!p.isExpectedStartArrayToken()) {
            ctxt.handleUnexpectedToken(List.class, p);
        }
        List<CheckRequest> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (items.size() == maxItems) {
                throw new TooManyItems(p, maxItems);
            }
            try {
                items.add(p.currentToken() == JsonToken.VALUE_NULL ? null : ctxt.readValue(p, CheckRequest.class));
            } catch (JacksonException e) {
                throw JacksonException.wrapWithPath(e, items, items.size());
            }
        }
        return items;
    }

    /** More items than {@code messageguard.batch.max-items}: a 400 on {@code items}. */
    static final class TooManyItems extends MismatchedInputException {

        private final int maxItems;

        TooManyItems(JsonParser p, int maxItems) {
            super(p, "a batch holds at most " + maxItems + " items");
            this.maxItems = maxItems;
        }

        String problem() {
            return "must hold at most " + maxItems + " drafts (messageguard.batch.max-items); send the rest in another batch";
        }
    }
}
