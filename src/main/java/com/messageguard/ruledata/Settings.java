package com.messageguard.ruledata;

import java.util.List;
import java.util.Locale;

/** The thresholds and lists of {@code rules/settings.yaml}; the defaults that ship follow RULES.md. */
public record Settings(
        String rulesVersion,
        ContactWindow contactWindow,
        DailyLimit dailyLimit,
        ReviewRequestWindow reviewRequest,
        AttachmentPolicy attachments,
        TextLimits text) {

    public Settings {
        Require.text("rulesVersion", rulesVersion);
        Require.present("contactWindow", contactWindow);
        Require.present("dailyLimit", dailyLimit);
        Require.present("reviewRequest", reviewRequest);
        Require.present("attachments", attachments);
        Require.present("text", text);
    }

    /** A proactive message may be sent at most {@code maxDays} after the order (or delivery). */
    public record ContactWindow(Integer maxDays) {
        public ContactWindow {
            Require.positive("maxDays", maxDays);
        }
    }

    /** Amazon's daily cap: {@code perAverageDailyOrder} x average daily orders + {@code base}. */
    public record DailyLimit(Integer perAverageDailyOrder, Integer base, Double warnFromFraction) {
        public DailyLimit {
            Require.notNegative("perAverageDailyOrder", perAverageDailyOrder);
            Require.positive("base", base);
            Require.present("warnFromFraction", warnFromFraction);
            if (warnFromFraction <= 0 || warnFromFraction > 1) {
                throw new IllegalArgumentException("'warnFromFraction' must be above 0 and at most 1, was " + warnFromFraction);
            }
        }

        public long limitFor(long averageDailyOrders) {
            return perAverageDailyOrder * averageDailyOrders + base;
        }
    }

    /** A review request belongs between these days after delivery, both included. */
    public record ReviewRequestWindow(Integer earliestDaysAfterDelivery, Integer latestDaysAfterDelivery) {
        public ReviewRequestWindow {
            Require.notNegative("earliestDaysAfterDelivery", earliestDaysAfterDelivery);
            Require.positive("latestDaysAfterDelivery", latestDaysAfterDelivery);
            if (earliestDaysAfterDelivery > latestDaysAfterDelivery) {
                throw new IllegalArgumentException("'earliestDaysAfterDelivery' is after 'latestDaysAfterDelivery'");
            }
        }
    }

    /** What may be attached: file types, count, sizes and the words that make a file name promotional. */
    public record AttachmentPolicy(
            Integer maxCount,
            Long maxTotalBytes,
            Long imageMaxBytes,
            List<FileType> allowedTypes,
            List<String> promotionalNameWords) {

        public AttachmentPolicy {
            Require.positive("maxCount", maxCount);
            Require.positive("maxTotalBytes", maxTotalBytes);
            Require.positive("imageMaxBytes", imageMaxBytes);
            allowedTypes = Require.nonEmpty("allowedTypes", allowedTypes);
            promotionalNameWords = Require.nonEmpty("promotionalNameWords", promotionalNameWords).stream()
                    .map(w -> Require.text("promotionalNameWords[]", w).toLowerCase(Locale.ROOT))
                    .toList();
        }
    }

    /** One accepted kind of file: its extensions and the media types that may announce it. */
    public record FileType(List<String> extensions, List<String> contentTypes, Boolean image) {
        public FileType {
            extensions = Require.nonEmpty("extensions", extensions).stream()
                    .map(e -> Require.text("extensions[]", e).toLowerCase(Locale.ROOT))
                    .toList();
            contentTypes = Require.nonEmpty("contentTypes", contentTypes).stream()
                    .map(t -> Require.text("contentTypes[]", t).toLowerCase(Locale.ROOT))
                    .toList();
            image = image != null && image;
        }

        public boolean isImage() {
            return image;
        }
    }

    /** Limits on the shape of the text. */
    public record TextLimits(Integer maxConsecutiveLineBreaks) {
        public TextLimits {
            Require.positive("maxConsecutiveLineBreaks", maxConsecutiveLineBreaks);
        }
    }
}
