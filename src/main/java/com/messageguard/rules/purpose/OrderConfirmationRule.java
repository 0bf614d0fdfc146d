package com.messageguard.rules.purpose;

import com.messageguard.engine.Draft;
import com.messageguard.engine.FindingSink;
import com.messageguard.engine.Rule;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A proactive message whose only content is a confirmation Amazon already sends: the order was
 * received or is being prepared, it shipped, it is on its way or delivered, the refund was
 * processed, here is the tracking. Every sentence of the body is classified by
 * {@link MessagePurpose}; the rule fires when at least one is a confirmation and all others are
 * greetings, thanks, offers of help, pleasantries, sign-offs or the signature. One finding per
 * run of consecutive confirmation sentences, on the original text; {@code {what}} names what
 * they confirm ("shipment and tracking details"). Replies are exempt: they answer the buyer.
 */
@Component
public class OrderConfirmationRule implements Rule {

    private static final Set<MessagePurpose.Kind> ALLOWED = EnumSet.of(MessagePurpose.Kind.CONFIRMATION,
            MessagePurpose.Kind.EMPTY, MessagePurpose.Kind.GREETING, MessagePurpose.Kind.THANKS,
            MessagePurpose.Kind.HELP, MessagePurpose.Kind.FILLER, MessagePurpose.Kind.SIGNOFF,
            MessagePurpose.Kind.NAME);
    private static final Set<MessagePurpose.Kind> DECIDING = EnumSet.of(MessagePurpose.Kind.CONFIRMATION);

    private final MessagePurpose purpose;

    public OrderConfirmationRule(MessagePurpose purpose) {
        this.purpose = purpose;
    }

    @Override
    public String id() {
        return "order-confirmation";
    }

    @Override
    public void check(Draft draft, FindingSink findings) {
        if (!draft.isProactive()) {
            return;
        }
        MessagePurpose.Plan plan = purpose.of(draft);
        if (!plan.any(DECIDING) || !plan.only(ALLOWED)) {
            return;
        }
        for (List<MessagePurpose.Sentence> run : plan.runs(DECIDING)) {
            Set<String> confirmed = new LinkedHashSet<>();
            for (String label : MessagePurpose.CONFIRMATIONS.values()) {
                for (MessagePurpose.Sentence sentence : run) {
                    if (sentence.confirms().contains(label)) {
                        confirmed.add(label);
                    }
                }
            }
            if (confirmed.isEmpty()) {
                confirmed.add(MessagePurpose.INTENT_CONFIRMS);
            }
            plan.report(findings, run, Map.of("what", Lists.join(confirmed)));
        }
    }
}
