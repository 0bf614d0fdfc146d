package com.messageguard.rules.attachment;

import com.messageguard.engine.Attachment;
import com.messageguard.ruledata.Settings;
import java.util.HashSet;
import java.util.Set;

/** The accepted file types of the settings, indexed for look-up by extension and media type. */
final class AttachmentTypes {

    private final Set<String> extensions = new HashSet<>();
    private final Set<String> mediaTypes = new HashSet<>();
    private final Set<String> imageExtensions = new HashSet<>();

    AttachmentTypes(Settings.AttachmentPolicy policy) {
        for (Settings.FileType type : policy.allowedTypes()) {
            extensions.addAll(type.extensions());
            mediaTypes.addAll(type.contentTypes());
            if (type.isImage()) {
                imageExtensions.addAll(type.extensions());
            }
        }
    }

    /** The last extension decides, and a media type, when given, must be an accepted one too. */
    boolean isAllowed(Attachment attachment) {
        String mediaType = attachment.mediaType();
        return extensions.contains(attachment.extension()) && (mediaType.isEmpty() || mediaTypes.contains(mediaType));
    }

    boolean isImage(Attachment attachment) {
        return imageExtensions.contains(attachment.extension()) || attachment.mediaType().startsWith("image/");
    }
}
