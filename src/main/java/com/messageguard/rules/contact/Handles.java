package com.messageguard.rules.contact;

import com.messageguard.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code @handle} pointers ({@code @cozyhome_official}): an {@code @} that starts a word, followed
 * by 2 to 30 handle characters. An {@code @} inside an e-mail address follows a letter and is no
 * pointer; neither is {@code 3 @ $4}.
 */
final class Handles {

    private static final int MIN = 2;
    private static final int MAX = 30;

    private Handles() {
    }

    static List<Span> find(String text) {
        List<Span> found = new ArrayList<>();
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            if (at > 0 && isHandleChar(text.charAt(at - 1))) {
                continue;
            }
            int scanned = at + 1;
            while (scanned < text.length() && scanned - at <= MAX && isHandleChar(text.charAt(scanned))) {
                scanned++;
            }
            int end = scanned;
            while (end > at + 1 && text.charAt(end - 1) == '.') {
                end--; // a full stop after the handle ("... on TikTok, @brand_home.")
            }
            boolean letter = false;
            for (int k = at + 1; k < end; k++) {
                letter |= Character.isLetter(text.charAt(k));
            }
            if (end - at - 1 >= MIN && letter
                    && (scanned >= text.length() || !isHandleChar(text.charAt(scanned)) && text.charAt(scanned) != '@')) {
                found.add(new Span(at, end));
            }
        }
        return found;
    }

    private static boolean isHandleChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
    }
}
