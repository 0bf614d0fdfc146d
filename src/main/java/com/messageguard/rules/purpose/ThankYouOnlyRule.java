package com.messageguard.rules.purpose;

import com.messageguard.engine.Draft;
import com.messageguard.engine.FindingSink;
import com.messageguard.engine.Rule;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A proactive message that only thanks the buyer and/or says the seller is there to help. Every
 * sentence of the body is classified by {@link MessagePurpose}; the rule fires when all of them
 * are greetings, thanks, offers of help, pleasantries ("we hope you enjoy it"), sign-offs or the
 * signature, and at least one thanks or offers help. One finding per run of consecutive thanks,
 * help and pleasantry sentences, on the original text; {@code {what}} says what the message
 * consists of ("thanks and an offer of help"). A message that also confirms the shipment is an
 * {@code order-confirmation} instead. Replies are exempt: they answer the buyer.
 */
@Component
public class ThankYouOnlyRule implements Rule {

    private static final Set<MessagePurpose.Kind> DECIDING = EnumSet.of(MessagePurpose.Kind.THANKS,
            MessagePurpose.Kind.HELP, MessagePurpose.Kind.FILLER);
    private static final Set<MessagePurpose.Kind> THANKS_OR_HELP = EnumSet.of(MessagePurpose.Kind.THANKS,
            MessagePurpose.Kind.HELP);

    private final MessagePurpose purpose;

    public ThankYouOnlyRule(MessagePurpose purpose) {
        this.purpose = purpose;
    }

    @Override
    public String id() {
        return "thank-you-only";
    }

    @Override
    public void check(Draft draft, FindingSink findings) {
        if (!draft.isProactive()) {
            return;
        }
        MessagePurpose.Plan plan = purpose.of(draft);
        if (!plan.any(THANKS_OR_HELP) || !plan.only(MessagePurpose.FILLER_KINDS)) {
            return;
        }
        for (List<MessagePurpose.Sentence> run : plan.runs(DECIDING)) {
            List<String> parts = new ArrayList<>(2);
            if (run.stream().anyMatch(s -> s.kind() == MessagePurpose.Kind.THANKS)) {
                parts.add("thanks");
            }
            if (run.stream().anyMatch(s -> s.kind() == MessagePurpose.Kind.HELP)) {
                parts.add("an offer of help");
            }
            if (parts.isEmpty()) {
                parts.add("pleasantries");
            }
            plan.report(findings, run, Map.of("what", Lists.join(parts)));
        }
    }
}
