package com.messageguard.rules.purpose;

import com.messageguard.engine.Draft;
import com.messageguard.engine.FindingSink;
import com.messageguard.engine.Rule;
import com.messageguard.engine.TextField;
import com.messageguard.intent.FieldIntents;
import com.messageguard.intent.IntentClassifier;
import com.messageguard.lexicon.Lexicon;
import com.messageguard.lexicon.PhraseHit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Marketing in a buyer message, from the {@code promotion.*} classes of the language packs:
 * <ul>
 * <li>phrases that promote by themselves: coupons and offers ({@code promotion.offer}), sales
 * ({@code promotion.sale}), new products ({@code promotion.new}), other products and the brand
 * store ({@code promotion.crosssell}), newsletters and clubs ({@code promotion.newsletter}),
 * "follow us" ({@code promotion.follow});</li>
 * <li>words that promote only next to a target at most {@value #TARGET_WINDOW} words away in
 * the same sentence: "sale", "discount", "save" ({@code promotion.weak}), "use code", "with code"
 * ({@code promotion.codecue}) and "off"/"discount" right after an amount ("20% off",
 * {@code promotion.amount}), with "next order", "our store", "at checkout", "this weekend"
 * ({@code promotion.target}; a code cue is a target for the others too, "20% off with code");
 * "check out our", "search for", "matching" ({@code promotion.look}) with "other", "products",
 * "storefront", "on Amazon" ({@code promotion.shopword}).</li>
 * </ul>
 * Nothing counts inside a neutral phrase ("for sale", "customs clearance", {@code promotion.neutral}),
 * after a negation in the same clause ("we cannot offer a discount code", {@code purpose.negation}),
 * or, for offers and discounts, in a sentence about the order's own price ("the discount you
 * received", "the sale ended", {@code promotion.own}). Findings of a sentence at most
 * {@value #MERGE_GAP_WORDS} words apart are merged into one.
 */
@Component
public class PromotionRule implements Rule {

    static final String ID = "promotion";

    /** Words between a negation and the promotion it cancels. */
    private static final int NEGATION_WINDOW = 5;
    /** Words an amount may stand before "off" ("20 percent off", "10 % de descuento"). */
    private static final int AMOUNT_WINDOW = 2;
    /** Words between a weak word and its target, or a look word and its shop word, in one sentence. */
    private static final int TARGET_WINDOW = 15;
    /** Promotions of one sentence this few words apart are one finding ("you might also like our other products"). */
    private static final int MERGE_GAP_WORDS = 2;

    /** The classes that promote by themselves, with how a finding names them. */
    private static final Map<String, String> STRONG = new LinkedHashMap<>();

    static {
        STRONG.put("promotion.offer", "a coupon or special offer");
        STRONG.put("promotion.sale", "a sale");
        STRONG.put("promotion.new", "a new product");
        STRONG.put("promotion.crosssell", "other products or the brand store");
        STRONG.put("promotion.newsletter", "a newsletter or customer club");
        STRONG.put("promotion.follow", "following the brand");
        STRONG.put("promotion.price", "a lower price than on Amazon");
    }

    /** Contact reasons that remedy a problem of the order, where what is given at no cost is the remedy. */
    private static final Set<String> REMEDY_REASONS = Set.of("RETURN", "ORDER_ISSUE", "WARRANTY");
    /** The classifier's probability that a sentence sells, under those reasons, with no phrase that says so. */
    private static final double SURE_IN_REMEDY = 0.97;

    /** The classes that promote by themselves: a sentence with one is no small talk for the whole-message rules either. */
    static final List<String> PROMOTING = List.copyOf(STRONG.keySet());

    private static final String DISCOUNT = "a discount on another purchase";
    private static final String LOOK = "other products or the brand store";
    /** What a sentence the intent layer recognized promotes, when no phrase says more. */
    private static final String INTENT_KIND = "products or offers beyond this order";
    private static final List<String> OWN_PRICE_CLASSES = List.of("promotion.offer", "promotion.sale");

    private final Lexicon lexicon;
    private final IntentClassifier intents;

    public PromotionRule(Lexicon lexicon, IntentClassifier intents) {
        this.lexicon = lexicon;
        this.intents = intents;
        intents.require(ID, "promotion");
        List<String> required = new ArrayList<>(STRONG.keySet());
        required.addAll(List.of("promotion.weak", "promotion.codecue", "promotion.amount", "promotion.target",
                "promotion.look", "promotion.shopword", "promotion.neutral", "promotion.own", Lexicon.NEGATION, Lexicon.ENCOURAGE));
        PurposeClasses.require(lexicon, ID, required);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(Draft draft, FindingSink findings) {
        String language = lexicon.language(draft);
        for (TextField field : draft.wordingFields()) {
            FieldText text = FieldText.of(lexicon, field, language);
            Spans found = new Spans(text, MERGE_GAP_WORDS);
            collect(text, found);
            FieldIntents sentences = intents.of(draft, field);
            if (REMEDY_REASONS.contains(draft.reason().id())) {
                // A return, an order problem or a warranty claim is answered with things given at no cost
                // ("we can also send you a matching touch-up pen at no cost"): only a sure reading sells.
                found.addIntent(sentences, "promotion", INTENT_KIND, s -> !sentences.judged(s) || sentences.score(s, "promotion") < SURE_IN_REMEDY);
            } else {
                found.addIntent(sentences, "promotion", INTENT_KIND);
            }
            found.report(findings);
        }
    }

    private static void collect(FieldText text, Spans found) {
        List<PhraseHit> neutral = text.hits("promotion.neutral");
        List<PhraseHit> own = text.hits("promotion.own");
        List<PhraseHit> negations = text.negations();
        List<PhraseHit> promotional = allPromotional(text);

        STRONG.forEach((termClass, kind) -> {
            for (PhraseHit hit : text.hits(termClass)) {
                if (counts(text, hit, neutral, negations, promotional)
                        && !(OWN_PRICE_CLASSES.contains(termClass) && text.inSentence(own, text.sentenceOf(hit)))) {
                    found.add(hit.start(), hit.end(), kind);
                }
            }
        });

        List<PhraseHit> weak = new ArrayList<>(text.hits("promotion.weak"));
        weak.addAll(text.hits("promotion.codecue"));
        for (PhraseHit hit : text.hits("promotion.amount")) {
            int amount = amountBefore(text, hit);
            if (amount >= 0) {
                // The amount joins the hit: "20% off".
                weak.add(new PhraseHit(hit.termClass(), hit.language(), text.wordStart(amount), hit.end(),
                        hit.phrase()));
            }
        }
        weak.sort(Comparator.comparingInt(PhraseHit::start));
        List<PhraseHit> targets = text.hits("promotion.target");
        List<PhraseHit> targetsOrCodes = new ArrayList<>(targets);
        targetsOrCodes.addAll(text.hits("promotion.codecue"));
        targetsOrCodes.sort(Comparator.comparingInt(PhraseHit::start));
        for (PhraseHit hit : weak) {
            if (!counts(text, hit, neutral, negations, promotional) || text.inSentence(own, text.sentenceOf(hit))) {
                continue;
            }
            // "use code" needs a target ("at checkout", "next order"); a discount word may also have a
            // code cue as its target ("20% off with code").
            boolean code = hit.termClass().equals("promotion.codecue");
            List<PhraseHit> candidates = code ? targets : targetsOrCodes;
            PhraseHit target = text.nearestInSentence(hit, candidates, TARGET_WINDOW);
            if (target != null) {
                target = text.widen(target, candidates);
                found.add(Math.min(hit.start(), target.start()), Math.max(hit.end(), target.end()), DISCOUNT);
            }
        }

        List<PhraseHit> shopwords = text.hits("promotion.shopword");
        for (PhraseHit hit : text.hits("promotion.look")) {
            if (!counts(text, hit, neutral, negations, promotional)) {
                continue;
            }
            PhraseHit shopword = text.nearestInSentence(hit, shopwords, TARGET_WINDOW);
            if (shopword != null) {
                shopword = text.widen(shopword, shopwords);
                found.add(Math.min(hit.start(), shopword.start()), Math.max(hit.end(), shopword.end()), LOOK);
            }
        }
    }

    /** Not inside a neutral phrase and not negated (a negation inside a promotion, "don't miss", is no negation). */
    private static boolean counts(FieldText text, PhraseHit hit, List<PhraseHit> neutral, List<PhraseHit> negations,
                                  List<PhraseHit> promotional) {
        return !FieldText.overlapsAny(hit, neutral) && !text.precededBy(hit, negations, NEGATION_WINDOW, promotional);
    }

    private static List<PhraseHit> allPromotional(FieldText text) {
        List<PhraseHit> all = new ArrayList<>();
        for (String termClass : STRONG.keySet()) {
            all.addAll(text.hits(termClass));
        }
        all.addAll(text.hits("promotion.weak"));
        all.addAll(text.hits("promotion.codecue"));
        all.addAll(text.hits("promotion.look"));
        all.sort(Comparator.comparingInt(PhraseHit::start));
        return all;
    }

    /** The word of a number up to {@link #AMOUNT_WINDOW} words before an amount word, or -1. */
    private static int amountBefore(FieldText text, PhraseHit hit) {
        int first = text.firstWord(hit);
        int sentence = text.sentenceOf(hit);
        for (int w = first - 1; w >= Math.max(0, first - AMOUNT_WINDOW); w--) {
            if (text.sentenceOfWord(w) != sentence) {
                break;
            }
            if (isNumber(text.word(w))) {
                return w;
            }
        }
        return -1;
    }

    private static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return !word.isEmpty();
    }
}
