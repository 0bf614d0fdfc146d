package com.messageguard.detect.contact;

import com.messageguard.text.Span;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.validator.routines.DomainValidator;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;

/**
 * Finds web addresses in a contact view ({@link ContactView}): URLs with a scheme and {@code www.}
 * links through autolink, then bare domains ({@code shop.example.co.uk}, {@code brand.store},
 * {@code amzn.to/3xQz}, {@code wa.me/1555}) and IPv4 addresses by a hand scan whose top-level
 * domain must be on IANA's list (commons-validator), or be 2 to 24 letters with a path after the
 * host ({@code shop.example.zz/returns}). Guards keep file names ({@code manual.pdf}),
 * abbreviations ({@code e.g.}) and versions out; a bare host on a TLD that is also a word
 * ({@code ok.so}) is marked ({@link LinkMatch#wordTld()}) for the rules to weigh against the
 * draft's language. Domains right after an {@code @} belong to e-mail addresses.
 */
public final class LinkDetector {

    private static final int MAX_HOST = 253;
    private static final int MAX_PATH = 2048;

    private final LinkExtractor extractor = LinkExtractor.builder()
            .linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW))
            .build();
    private final DomainValidator domains = DomainValidator.getInstance();
    private final Set<String> fileExtensions;
    private final Set<String> ambiguousTlds;
    private final UnknownTlds unknownTlds;

    public LinkDetector(ContactData data) {
        this.fileExtensions = ContactData.lowerSet(data.fileExtensions());
        this.unknownTlds = new UnknownTlds(data);
        this.ambiguousTlds = ContactData.lowerSet(data.ambiguousTlds());
    }

    public List<LinkMatch> find(String text) {
        List<LinkMatch> found = new ArrayList<>();
        // Both scans are skipped when what they need is absent, as in most messages: a scheme or
        // "www." for autolink, a dot between two host characters for a bare domain.
        if (text.contains("://") || containsWww(text)) {
            for (LinkSpan link : extractor.extractLinks(text)) {
                int start = link.getBeginIndex();
                if (start > 0 && text.charAt(start - 1) == '@') {
                    continue;
                }
                found.add(schemeOrWwwLink(text, start, link.getEndIndex()));
            }
        }
        if (!hasInnerDot(text)) {
            return found;
        }
        List<LinkMatch> bare = new ArrayList<>();
        int i = 0;
        int next = 0;
        int n = text.length();
        while (i < n) {
            if (next < found.size() && i >= found.get(next).span().start()) {
                i = Math.max(i, found.get(next).span().end());
                next++;
                continue;
            }
            if (!isHostChar(text.charAt(i)) || (i > 0 && isHostChar(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int hostEnd = i;
            while (hostEnd < n && hostEnd - i < MAX_HOST && isHostChar(text.charAt(hostEnd))) {
                hostEnd++;
            }
            LinkMatch match = bareDomain(text, i, hostEnd, found, next);
            if (match != null) {
                bare.add(match);
                i = match.span().end();
            } else {
                i = hostEnd;
            }
        }
        found.addAll(bare);
        found.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return found;
    }

    private static LinkMatch schemeOrWwwLink(String text, int start, int end) {
        String link = text.substring(start, end).toLowerCase(Locale.ROOT);
        boolean https = link.startsWith("https://");
        int hostStart = link.indexOf("://");
        hostStart = hostStart < 0 ? 0 : hostStart + 3;
        int at = link.indexOf('@', hostStart);
        int slash = indexOfAny(link, hostStart, "/?#");
        if (at >= 0 && (slash < 0 || at < slash)) {
            hostStart = at + 1;
        }
        int hostEnd = indexOfAny(link, hostStart, ":/?#");
        String host = link.substring(hostStart, hostEnd < 0 ? link.length() : hostEnd);
        return new LinkMatch(new Span(start, end), host, https);
    }

    /** A bare domain (with an optional path) starting at {@code start}, or null. */
    private LinkMatch bareDomain(String text, int start, int hostEnd, List<LinkMatch> found, int nextFound) {
        if (start > 0 && (text.charAt(start - 1) == '@' || text.charAt(start - 1) == '.')) {
            return null; // part of an e-mail address, or the tail of something longer
        }
        int end = hostEnd;
        while (end > start && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
            end--; // sentence full stop after the domain
        }
        if (!hasDot(text, start, end)) {
            return null; // a plain word: no dot, no domain
        }
        String host = text.substring(start, end).toLowerCase(Locale.ROOT);
        String[] labels = host.split("\\.", -1);
        if (labels.length < 2 || !wellFormed(labels)) {
            return null;
        }
        int pathEnd = pathEnd(text, end, found, nextFound);
        boolean hasPath = pathEnd > end;
        if (isIpv4(labels)) {
            return new LinkMatch(new Span(start, pathEnd), host, false);
        }
        String tld = labels[labels.length - 1];
        boolean letters = tld.chars().allMatch(Character::isLetter);
        if (!letters && !tld.startsWith("xn--")) {
            return null;
        }
        if (allSingleLetters(labels)) {
            return null; // e.g, i.e, u.s.a
        }
        if (!domains.isValidTld(tld) && !(letters && isUnknownTldLink(text, start, end, labels, pathEnd))) {
            return null;
        }
        if (labels.length == 2 && !hasPath) {
            if (fileExtensions.contains(tld)) {
                return null; // manual.pdf, readme.md
            }
            if (ambiguousTlds.contains(tld)) {
                return new LinkMatch(new Span(start, pathEnd), host, false, tld); // ok.so, or a shop in .it
            }
        }
        return new LinkMatch(new Span(start, pathEnd), host, false);
    }

    /**
     * Whether a host whose top-level domain is not on IANA's list is still a web address: written
     * with a path ({@code shop.example.zz/returns}), since a bare {@code name.word} is as often a
     * typo, a file or an abbreviation. The TLD must look like one ({@link UnknownTlds}); no other
     * label may be all digits (a version: {@code 1.2.beta/x}).
     */
    private boolean isUnknownTldLink(String text, int start, int end, String[] labels, int pathEnd) {
        String tld = labels[labels.length - 1];
        if (!hasPathSegment(text, end, pathEnd) || !unknownTlds.plausible(text, start, end - tld.length(), end)) {
            return false;
        }
        for (int i = 0; i < labels.length - 1; i++) {
            if (labels[i].chars().allMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }

    /** A path after the host: a slash followed by a letter or digit. */
    private static boolean hasPathSegment(String text, int hostEnd, int pathEnd) {
        return pathEnd > hostEnd + 1 && text.charAt(hostEnd) == '/' && Character.isLetterOrDigit(text.charAt(hostEnd + 1));
    }

    /** The end of "/path?query" right after a host, without trailing punctuation. */
    private static int pathEnd(String text, int hostEnd, List<LinkMatch> found, int nextFound) {
        int n = text.length();
        int i = hostEnd;
        if (i < n && text.charAt(i) == ':' && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
            i++;
            while (i < n && Character.isDigit(text.charAt(i)) && i - hostEnd < 6) {
                i++;
            }
        }
        if (i >= n || text.charAt(i) != '/') {
            return i > hostEnd + 1 ? i : hostEnd;
        }
        int limit = nextFound < found.size() ? found.get(nextFound).span().start() : n;
        int end = i;
        while (end < n && end < limit && end - hostEnd < MAX_PATH && !Character.isWhitespace(text.charAt(end))
                && text.charAt(end) != '<' && text.charAt(end) != '>' && text.charAt(end) != '"') {
            end++;
        }
        while (end > i + 1 && ".,;:!?)]}'".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    private static boolean wellFormed(String[] labels) {
        for (String label : labels) {
            if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIpv4(String[] labels) {
        if (labels.length != 4) {
            return false;
        }
        for (String label : labels) {
            if (label.length() > 3 || !label.chars().allMatch(Character::isDigit) || Integer.parseInt(label) > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean allSingleLetters(String[] labels) {
        for (String label : labels) {
            if (label.length() > 1) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasDot(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '.') {
                return true;
            }
        }
        return false;
    }

    private static int indexOfAny(String s, int from, String chars) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean containsWww(String text) {
        for (int i = text.indexOf('.'); i >= 3; i = text.indexOf('.', i + 1)) {
            if (text.regionMatches(true, i - 3, "www", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    /** A dot with a letter or digit on each side, as every bare domain and IPv4 address has. */
    private static boolean hasInnerDot(String text) {
        for (int i = text.indexOf('.'); i > 0 && i + 1 < text.length(); i = text.indexOf('.', i + 1)) {
            if (isAlphanumeric(text.charAt(i - 1)) && isAlphanumeric(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isHostChar(char c) {
        return isAlphanumeric(c) || c == '.' || c == '-';
    }
}
