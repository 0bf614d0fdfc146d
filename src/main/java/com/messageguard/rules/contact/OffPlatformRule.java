package com.messageguard.rules.contact;

import com.messageguard.detect.contact.ContactData;
import com.messageguard.detect.contact.LinkMatch;
import com.messageguard.detect.contact.WordPhrases;
import com.messageguard.engine.Draft;
import com.messageguard.engine.FindingSink;
import com.messageguard.engine.Rule;
import com.messageguard.engine.TextField;
import com.messageguard.intent.IntentClassifier;
import com.messageguard.lexicon.Lexicon;
import com.messageguard.lexicon.PhraseHit;
import com.messageguard.text.MatchText;
import com.messageguard.text.NormalizedText;
import com.messageguard.text.Span;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Moving the conversation or a payment off Amazon.
 * <ul>
 * <li>Invitations that leave Amazon by themselves ("email us", "give us a call", "text me",
 *     "outside Amazon", "our website", "your phone number") are findings as they stand; softer
 *     ones ("write to us", "contact us", "schreiben Sie uns") only when the same sentence names a
 *     channel: an e-mail address, a link, a messenger, a handle, a phone number, or a postal
 *     address (except under {@code RETURN}). {@link Invitations} says which stand: not the
 *     refused, nor those that name something else or call the carrier.</li>
 * <li>A phone number, e-mail address or {@code @handle} offered as a way to reach the seller: a
 *     reach word of {@code contact.yaml} ("ring", "send", "text", "anrufen", "chiami") in its
 *     sentence, at most {@value #WORDS_BEFORE} words before it or {@value #WORDS_AFTER} after it,
 *     or anywhere before it when a colon or a destination word ("to", "an", "à") introduces the
 *     detail; where no reach word offers it, a messenger named there ({@code contact-detail} variant). A reach word that starts a line and
 *     is followed by a colon is a label ("E-Mail:"), and a detail without a reach word (a
 *     signature line) is no offer.</li>
 * <li>A person-to-person payment app or a bank transfer ("Venmo", "bank transfer", "Überweisung",
 *     "bonifico"), from {@code contact.yaml} ({@code payment} variant).</li>
 * </ul>
 * A sentence is reported once: a detail whose sentence already has an invitation or a payment is
 * not reported again. A reply's subject that starts with "Re:" (a prefix of {@code contact.yaml})
 * quotes the buyer ("Re: Can you call me?") and is left alone. "Reply to this message" stays on
 * Amazon and is never a finding; neither is "we won't call", which offers nothing to call, nor
 * a refused channel ("we're not able to share a phone number"), which the intent layer also
 * leaves alone.
 */
@Component
public class OffPlatformRule implements Rule {

    /** The intent of a sentence that moves contact, a payment or a purchase off Amazon. */
    private static final String LEAVING = "off-platform";
    static final String CONTACT_DETAIL = "contact-detail";
    static final String PAYMENT = "payment";
    private static final String RETURN = "RETURN";
    /** Words at most between a reach word and the detail after it, and between a detail and the reach word after it. */
    static final int WORDS_BEFORE = 12;
    static final int WORDS_AFTER = 3;
    private static final List<String> CHANNELS = List.of("offplatform.channel", "social.messenger");
    /** Words at most between a payment and the words that call it unneeded ("Überweisung ist nicht nötig"). */
    private static final int UNNEEDED_WORDS = 3;

    private final Lexicon lexicon;
    private final ContactSignals signals;
    private final WordPhrases reachCues;
    private final WordPhrases payments;
    private final WordPhrases vouchers;
    private final Set<String> destinationWords;
    private final IntentClassifier intents;

    public OffPlatformRule(Lexicon lexicon, ContactSignals signals, IntentClassifier intents) {
        this.lexicon = lexicon;
        this.signals = signals;
        this.reachCues = new WordPhrases(signals.data().reachCues(), lexicon.elisions());
        this.payments = new WordPhrases(signals.data().offPlatformPayments());
        this.vouchers = new WordPhrases(signals.data().vouchers());
        this.destinationWords = ContactData.lowerSet(signals.data().destinationWords());
        this.intents = intents;
        intents.require(LEAVING, LEAVING);
    }

    @Override
    public String id() {
        return "off-platform";
    }

    @Override
    public Set<String> variants() {
        return Set.of(CONTACT_DETAIL, PAYMENT);
    }

    @Override
    public void check(Draft draft, FindingSink findings) {
        String language = lexicon.language(draft);
        for (TextField field : draft.wordingFields()) {
            Lexicon.FieldPhrases phrases = lexicon.phrases(field);
            MatchText text = phrases.text();
            BitSet reported = new BitSet();
            // Sentences whose invitation or payment is negated: they refuse to leave Amazon.
            BitSet refused = new BitSet();
            // Payments first: a payment word that is also an invitation ("bonifico") is reported as a payment.
            List<WordPhrases.Hit> paymentHits = payments.find(text);
            List<WordPhrases.Hit> voucherHits = paymentHits.isEmpty() ? List.of() : vouchers.find(text);
            for (WordPhrases.Hit hit : paymentHits) {
                if (Invitations.negated(phrases, language, text.wordStart(hit.first()))
                        || unneeded(phrases, language, text.wordEnd(hit.last()))) {
                    refused.set(text.sentenceAt(text.wordStart(hit.first())));
                    continue;
                }
                if (insideAny(hit, voucherHits)) {
                    continue;
                }
                findings.text(field, text.view(), text.wordStart(hit.first()), text.wordEnd(hit.last()), PAYMENT, Map.of());
                reported.set(text.sentenceAt(text.wordStart(hit.first())));
            }
            ReachWords reach = new ReachWords(text);
            Invitations invitations = new Invitations(phrases, language);
            for (PhraseHit hit : invitations.standing(hit -> insidePayment(text, paymentHits, hit), refused)) {
                findings.text(field, text.view(), hit.start(), hit.end(), null, Map.of());
                reported.set(text.sentenceAt(hit.start()));
            }
            for (PhraseHit hit : phrases.of("offplatform.medium", language)) {
                int sentence = text.sentenceAt(hit.start());
                if (!reported.get(sentence) && !invitations.overlapsStanding(hit) && talkedOf(phrases, language, reach, sentence)
                        && !Invitations.negated(phrases, language, hit.start())) {
                    findings.text(field, text.view(), hit.start(), hit.end(), null, Map.of());
                    reported.set(sentence);
                }
            }
            for (PhraseHit hit : phrases.of("offplatform.soft", language)) {
                if (invitations.overlapsStanding(hit)) {
                    continue; // "order directly from" inside "order directly from us": reported as the invitation
                }
                int sentence = text.sentenceAt(hit.start());
                int from = text.view().originalStart(text.sentenceStart(sentence));
                int to = text.view().originalEnd(text.sentenceEnd(sentence));
                if (namesAChannel(field, phrases, language, hit, from, to)
                        || !RETURN.equals(draft.reason().id()) && namesAnAddress(field, from, to)) {
                    findings.text(field, text.view(), hit.start(), hit.end(), null, Map.of());
                    reported.set(sentence);
                }
            }
            refuseNegatedChannels(phrases, language, refused);
            offeredDetails(field, text, reach, phrases.of("social.messenger", language), reported, findings);
            pointedMessengers(field, phrases, language, reported, findings);
            // Any other wording of leaving Amazon ("order directly from us next time, without the fees").
            refused.andNot(reported);
            for (Span span : intents.of(draft, field).expressing(LEAVING,
                    s -> reported.get(s) || refused.get(s) || onlyHours(phrases, language, reach, s))) {
                findings.text(field, text.view(), span.start(), span.end(), null, Map.of());
            }
        }
    }

    /**
     * Whether a payment that ends at {@code end} is said right after to be unneeded, in its clause:
     * "Der Betrag wurde über Amazon bezahlt, eine Überweisung ist nicht nötig."
     */
    private static boolean unneeded(Lexicon.FieldPhrases phrases, String language, int end) {
        MatchText text = phrases.text();
        for (PhraseHit said : phrases.of("offplatform.unneeded", language)) {
            if (said.start() >= end && text.sentenceAt(said.start()) == text.sentenceAt(end - 1)
                    && text.wordAt(said.start()) - text.wordAt(end - 1) <= UNNEEDED_WORDS
                    && !text.clauseBreakBetween(end, said.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Marks the sentences that refuse a way to talk outside Amazon ({@code offplatform.channel} or a
     * messenger, a negation before it in its clause): "we're not able to share a phone number or
     * email address" keeps the buyer here, and the intent layer leaves the sentence alone.
     */
    private static void refuseNegatedChannels(Lexicon.FieldPhrases phrases, String language, BitSet refused) {
        MatchText text = phrases.text();
        for (String termClass : CHANNELS) {
            for (PhraseHit channel : phrases.of(termClass, language)) {
                if (Invitations.negated(phrases, language, channel.start())) {
                    refused.set(text.sentenceAt(channel.start()));
                }
            }
        }
    }

    /**
     * Whether sentence {@code s} speaks of calling or talking: a reach word of {@code contact.yaml}
     * or a word of {@code offplatform.talk}. "We can talk about it on the phone" invites; "open the
     * app on the phone" names the device.
     */
    private static boolean talkedOf(Lexicon.FieldPhrases phrases, String language, ReachWords reach, int s) {
        MatchText text = phrases.text();
        for (PhraseHit talk : phrases.of("offplatform.talk", language)) {
            if (text.sentenceAt(talk.start()) == s) {
                return true;
            }
        }
        for (WordPhrases.Hit cue : reach.hits()) {
            if (text.sentenceAt(text.wordStart(cue.first())) == s) {
                return true;
            }
        }
        return false;
    }

    /** The reach words of one field ({@code contact.yaml}), found at most once and only when a check needs them. */
    private final class ReachWords {

        private final MatchText text;
        private List<WordPhrases.Hit> hits;

        ReachWords(MatchText text) {
            this.text = text;
        }

        List<WordPhrases.Hit> hits() {
            if (hits == null) {
                hits = reachCues.find(text);
            }
            return hits;
        }
    }

    /**
     * Whether sentence {@code s} gives times of day (9:00, 23:00) with no word of calling, talking or
     * a channel beside them: a technician's visit or the quiet hours of a device. The classifier
     * learnt digit shapes from "call us between 9:00 and 17:00" and reads such hours as contact
     * hours; hours alone offer no way to reach the seller.
     */
    private static boolean onlyHours(Lexicon.FieldPhrases phrases, String language, ReachWords reach, int s) {
        MatchText text = phrases.text();
        NormalizedText view = text.view();
        String original = view.original();
        int from = view.originalStart(text.sentenceStart(s));
        int to = Math.min(original.length(), view.originalEnd(text.sentenceEnd(s)));
        if (!hasClockTime(original, from, to) || talkedOf(phrases, language, reach, s)) {
            return false;
        }
        for (PhraseHit channel : phrases.of("offplatform.channel", language)) {
            if (text.sentenceAt(channel.start()) == s) {
                return false;
            }
        }
        return true;
    }

    /** A time of day in {@code [from, to)}: one or two digits, a colon, two digits. */
    private static boolean hasClockTime(String text, int from, int to) {
        for (int i = text.indexOf(':', from); i >= 0 && i < to; i = text.indexOf(':', i + 1)) {
            if (i > from && i + 2 < to && Character.isDigit(text.charAt(i - 1))
                    && Character.isDigit(text.charAt(i + 1)) && Character.isDigit(text.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a payment phrase covers the start of an invitation phrase. */
    private static boolean insidePayment(MatchText text, List<WordPhrases.Hit> payments, PhraseHit hit) {
        for (WordPhrases.Hit payment : payments) {
            if (text.wordStart(payment.first()) <= hit.start() && hit.start() < text.wordEnd(payment.last())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether original characters {@code [from, to)} hold a postal address: "write to us at the same
     * address" moves the conversation to letters. Not under {@code RETURN}, where the address may be
     * the return address the buyer needs ("send it back to us at ...").
     */
    private boolean namesAnAddress(TextField field, int from, int to) {
        NormalizedText normalized = field.normalized();
        for (Span address : signals.addresses(field)) {
            if (normalized.originalStart(address.start()) < to && normalized.originalEnd(address.end()) > from) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words of {@code hit} lie inside one of {@code others} ("un cheque" in "un cheque regalo"). */
    private static boolean insideAny(WordPhrases.Hit hit, List<WordPhrases.Hit> others) {
        for (WordPhrases.Hit other : others) {
            if (other.first() <= hit.first() && hit.last() <= other.last()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether original characters {@code [from, to)}, the sentence of soft invitation
     * {@code invitation}, name a way to reach the seller. A network whose name is also a word
     * ("x", "line", "signal") counts only with a pointer or the invitation a few words from it, as
     * for social-media: "enviarnos las fotos del mantel de 160 x 260 cm" names no network.
     */
    private boolean namesAChannel(TextField field, Lexicon.FieldPhrases phrases, String language, PhraseHit invitation,
                                  int from, int to) {
        int sentence = phrases.text().sentenceAt(invitation.start());
        NormalizedText view = signals.view(field);
        for (Span email : signals.emails(field)) {
            if (inside(view.originalStart(email.start()), from, to)) {
                return true;
            }
        }
        for (LinkMatch link : signals.links(field, language)) {
            if (inside(view.originalStart(link.span().start()), from, to)) {
                return true;
            }
        }
        for (PhraseHit hit : phrases.of("social.network", language)) {
            if (phrases.text().sentenceAt(hit.start()) == sentence) {
                return true;
            }
        }
        List<PhraseHit> pointers = phrases.of("social.pointer", language);
        for (PhraseHit hit : phrases.of("social.ambiguous", language)) {
            if (SocialMediaRule.hasPointerNear(phrases.text(), hit, pointers)
                    || SocialMediaRule.hasPointerNear(phrases.text(), hit, List.of(invitation))) {
                return true;
            }
        }
        NormalizedText normalized = field.normalized();
        for (Span handle : Handles.find(normalized.text())) {
            if (inside(normalized.originalStart(handle.start()), from, to)) {
                return true;
            }
        }
        for (Span phone : signals.phones(field)) {
            if (inside(normalized.originalStart(phone.start()), from, to)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A messenger pointed at as the way to talk, with no detail beside it ("Add me on WeChat, and
     * send the clip there"), or any network with a direct message offered on it ("envoyez-la en
     * message privé sur Insta"): the move off Amazon, however long the sentence around it.
     */
    private static void pointedMessengers(TextField field, Lexicon.FieldPhrases phrases, String language, BitSet reported,
                                          FindingSink findings) {
        pointed(field, phrases, language, phrases.of("social.messenger", language), phrases.of("social.pointer", language),
                reported, findings);
        pointed(field, phrases, language, phrases.of("social.network", language), phrases.of("offplatform.dm", language),
                reported, findings);
    }

    private static void pointed(TextField field, Lexicon.FieldPhrases phrases, String language, List<PhraseHit> names,
                                List<PhraseHit> pointers, BitSet reported, FindingSink findings) {
        MatchText text = phrases.text();
        for (PhraseHit name : names) {
            int sentence = text.sentenceAt(name.start());
            if (!reported.get(sentence) && SocialMediaRule.hasPointerNear(text, name, pointers)
                    && !Invitations.negated(phrases, language, name.start())) {
                findings.text(field, text.view(), name.start(), name.end(), null, Map.of());
                reported.set(sentence);
            }
        }
    }

    /**
     * Phone numbers, e-mail addresses and handles with a reach word near them in their sentence,
     * one finding from the reach word through the detail (or the other way round). Each reach
     * word serves one detail, the first it reaches.
     */
    private void offeredDetails(TextField field, MatchText text, ReachWords reach, List<PhraseHit> messengers,
                                BitSet reported, FindingSink findings) {
        List<Span> details = details(field);
        if (details.isEmpty()) {
            return;
        }
        List<WordPhrases.Hit> cues = new ArrayList<>();
        for (WordPhrases.Hit cue : reach.hits()) {
            if (!isLabel(text, cue)) {
                cues.add(cue);
            }
        }
        // A messenger named beside a number is the way to reach it ("flick a WhatsApp to Jess on
        // +61 ..."): asked only where no reach word offers the detail.
        List<WordPhrases.Hit> apps = new ArrayList<>();
        for (PhraseHit messenger : messengers) {
            WordPhrases.Hit cue = new WordPhrases.Hit(text.wordAt(messenger.start()), text.wordAt(messenger.end() - 1));
            if (!isLabel(text, cue)) {
                apps.add(cue);
            }
        }
        if (cues.isEmpty() && apps.isEmpty()) {
            return;
        }
        BitSet usedCues = new BitSet(cues.size());
        BitSet usedApps = new BitSet(apps.size());
        for (Span detail : details) {
            int first = firstWordFrom(text, detail.start());
            if (first >= text.wordCount() || text.view().originalStart(text.wordStart(first)) >= detail.end()) {
                continue; // no word of the match text inside the detail
            }
            int sentence = text.sentenceAt(text.wordStart(first));
            if (!reported.get(sentence) && (offers(field, text, cues, usedCues, detail, first, findings)
                    || offers(field, text, apps, usedApps, detail, first, findings))) {
                reported.set(sentence);
            }
        }
    }

    /**
     * Reports {@code detail} (whose first word is {@code first}) with the cue that offers it: the
     * last unused one before it in its sentence, at most {@value #WORDS_BEFORE} words away or
     * anywhere when a colon introduces the detail, else the first within {@value #WORDS_AFTER}
     * words after it. {@code cues} are in text order; whether one was found.
     */
    private boolean offers(TextField field, MatchText text, List<WordPhrases.Hit> cues, BitSet used, Span detail,
                           int first, FindingSink findings) {
        NormalizedText view = text.view();
        int last = firstWordFrom(text, detail.end()) - 1;
        int sentence = text.sentenceAt(text.wordStart(first));
        int before = lastCueEndingBefore(cues, first);
        if (before >= 0 && !used.get(before) && (first - cues.get(before).last() - 1 <= WORDS_BEFORE
                || introducedByColon(field.original(), detail.start()) || destinationBefore(text, first))
                && text.sentenceAt(text.wordStart(cues.get(before).first())) == sentence) {
            used.set(before);
            int from = view.originalStart(text.wordStart(cues.get(before).first()));
            findings.original(field, from, detail.end(), CONTACT_DETAIL, Map.of());
            return true;
        }
        int after = before + 1;
        while (after < cues.size() && cues.get(after).first() <= last) {
            after++;
        }
        if (after < cues.size() && !used.get(after) && cues.get(after).first() - last - 1 <= WORDS_AFTER
                && text.sentenceAt(text.wordStart(cues.get(after).first())) == sentence) {
            used.set(after);
            int to = view.originalEnd(text.wordEnd(cues.get(after).last()));
            findings.original(field, detail.start(), to, CONTACT_DETAIL, Map.of());
            return true;
        }
        return false;
    }

    /** The phone numbers, e-mail addresses and handles of a field, as original spans in order. */
    private List<Span> details(TextField field) {
        List<Span> details = new ArrayList<>();
        NormalizedText normalized = field.normalized();
        for (Span phone : signals.phones(field)) {
            details.add(original(normalized, phone));
        }
        NormalizedText view = signals.view(field);
        for (Span email : signals.emails(field)) {
            details.add(original(view, email));
        }
        for (Span handle : Handles.find(normalized.text())) {
            details.add(original(normalized, handle));
        }
        details.sort(Comparator.comparingInt(Span::start));
        return details;
    }

    private static Span original(NormalizedText text, Span span) {
        return new Span(text.originalStart(span.start()), text.originalEnd(span.end()));
    }

    /**
     * A reach word that starts its line and is followed by a colon names what comes after it, as a
     * signature does ("Call: ...", "E-Mail: ..."). Inside a sentence the colon only introduces the
     * detail the sentence offers: "the easiest thing is a short call: (617) 555-0192".
     */
    private static boolean isLabel(MatchText text, WordPhrases.Hit cue) {
        String original = text.view().original();
        int start = text.view().originalStart(text.wordStart(cue.first()));
        for (int i = start - 1; i >= 0 && original.charAt(i) != '\n'; i--) {
            if (Character.isLetterOrDigit(original.charAt(i))) {
                return false;
            }
        }
        int i = text.view().originalEnd(text.wordEnd(cue.last()));
        while (i < original.length() && original.charAt(i) == ' ') {
            i++;
        }
        return i < original.length() && isColon(original.charAt(i));
    }

    /**
     * Whether a destination word ({@code destinationWords}: "to", "an", "à") stands right before
     * word {@code first}: the detail is where the sentence's reach word sends something, however
     * many words stand between them ("send a short video of the noise and a photo of the serial
     * number sticker to service at ...").
     */
    private boolean destinationBefore(MatchText text, int first) {
        if (first == 0 || text.sentenceAt(text.wordStart(first - 1)) != text.sentenceAt(text.wordStart(first))) {
            return false;
        }
        String word = text.text().substring(text.wordStart(first - 1), text.wordEnd(first - 1));
        return destinationWords.contains(word);
    }

    /**
     * Whether a colon stands right before original offset {@code at}: the detail is what the
     * sentence's reach word asks for, however many words stand between them ("schicken Sie die
     * Rechnung und die Seriennummer bitte direkt an unser Büro: ...").
     */
    private static boolean introducedByColon(String original, int at) {
        int i = at - 1;
        while (i >= 0 && (original.charAt(i) == ' ' || original.charAt(i) == '(')) {
            i--;
        }
        return i >= 0 && isColon(original.charAt(i));
    }

    private static boolean isColon(char c) {
        return c == ':' || c == '\uFF1A';
    }

    /** The first word of the match text that starts at or after original offset {@code at} (the word count if none). */
    private static int firstWordFrom(MatchText text, int at) {
        NormalizedText view = text.view();
        int low = 0;
        int high = text.wordCount();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (view.originalStart(text.wordStart(mid)) < at) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The index of the last cue that ends before word {@code word}, or -1. */
    private static int lastCueEndingBefore(List<WordPhrases.Hit> cues, int word) {
        int low = 0;
        int high = cues.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cues.get(mid).last() < word) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low - 1;
    }

    private static boolean inside(int at, int from, int to) {
        return at >= from && at < to;
    }
}
