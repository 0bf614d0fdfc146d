package com.messageguard.detect.contact;

import java.util.Set;

/**
 * When a host whose top-level domain is not on IANA's list still reads as an address: new and
 * private TLDs exist, and a seller who writes one still points the buyer off Amazon. The detectors
 * accept one only with other evidence (a link's path, an e-mail's written {@code @}); this class
 * holds what the TLD itself must look like so that a typo or a file name stays out.
 */
final class UnknownTlds {

    private static final int MIN_LETTERS = 2;
    private static final int MAX_LETTERS = 24;

    private final Set<String> fileExtensions;

    UnknownTlds(ContactData data) {
        this.fileExtensions = ContactData.lowerSet(data.fileExtensions());
    }

    /**
     * Whether {@code text[tldStart, hostEnd)} could be a TLD nobody listed: 2 to 24 letters, not a file
     * extension ({@code icon@2x.png}, {@code Node.js/Deno}) and not capitalized against the rest of
     * the host from {@code hostStart}, as a missing space after a full stop leaves it
     * ({@code colour.Blue/green}).
     */
    boolean plausible(String text, int hostStart, int tldStart, int hostEnd) {
        int length = hostEnd - tldStart;
        if (length < MIN_LETTERS || length > MAX_LETTERS) {
            return false;
        }
        for (int i = tldStart; i < hostEnd; i++) {
            if (!Character.isLetter(text.charAt(i))) {
                return false;
            }
        }
        return !fileExtensions.contains(text.substring(tldStart, hostEnd).toLowerCase(java.util.Locale.ROOT))
                && !capitalizedAgainstHost(text, hostStart, tldStart);
    }

    /** The TLD starts with a capital while the rest of the host is not written in capitals. */
    private static boolean capitalizedAgainstHost(String text, int hostStart, int tldStart) {
        if (!Character.isUpperCase(text.charAt(tldStart))) {
            return false;
        }
        for (int i = hostStart; i < tldStart; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
