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
        TextLimits text,
        List<String> languages) implements Checks.Checked {

    @Override
    public void check(Checks checks) {
        checks.text("rulesVersion", rulesVersion);
        checks.nonEmptyTexts("languages", languages);
        checks.nested("contactWindow", contactWindow);
        checks.nested("dailyLimit", dailyLimit);
        checks.nested("reviewRequest", reviewRequest);
        checks.nested("attachments", attachments);
        checks.nested("text", text);
    }

    /** A proactive message may be sent at most {@code maxDays} after the order (or delivery). */
    public record ContactWindow(Integer maxDays) implements Checks.Checked {
        @Override
        public void check(Checks checks) {
            checks.positive("maxDays", maxDays);
        }
    }

    /** Amazon's daily cap: {@code perAverageDailyOrder} x average daily orders + {@code base}. */
    public record DailyLimit(Integer perAverageDailyOrder, Integer base, Double warnFromFraction) implements Checks.Checked {
        @Override
        public void check(Checks checks) {
            checks.notNegative("perAverageDailyOrder", perAverageDailyOrder);
            checks.positive("base", base);
            if (checks.required("warnFromFraction", warnFromFraction) && (warnFromFraction <= 0 || warnFromFraction > 1)) {
                checks.fail("warnFromFraction", "must be above 0 and at most 1, was " + warnFromFraction);
            }
        }

        public long limitFor(long averageDailyOrders) {
            return perAverageDailyOrder * averageDailyOrders + base;
        }
    }

    /** A review request belongs between these days after delivery, both included. */
    public record ReviewRequestWindow(Integer earliestDaysAfterDelivery, Integer latestDaysAfterDelivery)
            implements Checks.Checked {
        @Override
        public void check(Checks checks) {
            checks.notNegative("earliestDaysAfterDelivery", earliestDaysAfterDelivery);
            checks.positive("latestDaysAfterDelivery", latestDaysAfterDelivery);
            if (earliestDaysAfterDelivery != null && latestDaysAfterDelivery != null
                    && earliestDaysAfterDelivery > latestDaysAfterDelivery) {
                checks.fail("earliestDaysAfterDelivery", "is after latestDaysAfterDelivery");
            }
        }
    }

    /** What may be attached: file types, count, sizes and the words that make a file name promotional. */
    public record AttachmentPolicy(
            Integer maxCount,
            Long maxTotalBytes,
            Long imageMaxBytes,
            List<FileType> allowedTypes,
            List<String> promotionalNameWords,
            List<String> promotionalNameEndings) implements Checks.Checked {

        public AttachmentPolicy {
            allowedTypes = allowedTypes == null ? null : List.copyOf(allowedTypes);
            promotionalNameWords = lowerCase(promotionalNameWords);
            promotionalNameEndings = promotionalNameEndings == null ? List.of() : lowerCase(promotionalNameEndings);
        }

        @Override
        public void check(Checks checks) {
            checks.positive("maxCount", maxCount);
            checks.positive("maxTotalBytes", maxTotalBytes);
            checks.positive("imageMaxBytes", imageMaxBytes);
            checks.each("allowedTypes", allowedTypes);
            checks.nonEmptyTexts("promotionalNameWords", promotionalNameWords);
            checks.nonEmptyTexts("promotionalNameEndings", promotionalNameEndings);
        }
    }

    /** One accepted kind of file: its extensions and the media types that may announce it. */
    public record FileType(List<String> extensions, List<String> contentTypes, Boolean image) implements Checks.Checked {
        public FileType {
            extensions = lowerCase(extensions);
            contentTypes = lowerCase(contentTypes);
            image = Boolean.TRUE.equals(image);
        }

        @Override
        public void check(Checks checks) {
            checks.nonEmptyTexts("extensions", extensions);
            checks.nonEmptyTexts("contentTypes", contentTypes);
        }

        public boolean isImage() {
            return image;
        }
    }

    /** Limits on the shape of the text. */
    public record TextLimits(Integer maxConsecutiveLineBreaks) implements Checks.Checked {
        @Override
        public void check(Checks checks) {
            checks.positive("maxConsecutiveLineBreaks", maxConsecutiveLineBreaks);
        }
    }

    /** Trimmed, lower-cased copies; blanks and nulls stay for validation to report. */
    private static List<String> lowerCase(List<String> values) {
        if (values == null) {
            return null;
        }
        return values.stream().map(v -> v == null ? "" : v.strip().toLowerCase(Locale.ROOT)).toList();
    }
}
