package com.messageguard.engine;

import java.util.Locale;

/** A file the seller wants to attach; {@code index} is its position in the request. */
public record Attachment(int index, String fileName, String contentType, long sizeBytes) {

    /** The request field this attachment is reported under, e.g. {@code attachments[2]}. */
    public String field() {
        return "attachments[" + index + "]";
    }

    /** The last extension, lower-cased, without the dot; empty when the name has none. */
    public String extension() {
        String name = fileName.strip();
        int dot = name.lastIndexOf('.');
        if (dot < 0 || dot == name.length() - 1) {
            return "";
        }
        return name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The media type without parameters, lower-cased; empty when the request gave none. */
    public String mediaType() {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return type.strip().toLowerCase(Locale.ROOT);
    }
}
