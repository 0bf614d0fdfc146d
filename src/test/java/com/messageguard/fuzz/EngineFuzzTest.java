package com.messageguard.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.messageguard.MessageGuardApplication;
import com.messageguard.engine.CheckEngine;
import com.messageguard.engine.CheckResult;
import com.messageguard.engine.Fix;
import com.messageguard.engine.Violation;
import com.messageguard.fix.Fixes;
import com.messageguard.ruledata.RuleSet;
import com.messageguard.web.CheckRequest;
import com.messageguard.web.DraftFactory;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole engine on arbitrary subjects, bodies, reasons, numbers and attachment lists: it must
 * never throw, every offset must lie inside its field's text, and every excerpt must equal the
 * text at its offsets. {@code ./mvnw verify} replays the inputs saved under
 * {@code src/test/resources/com/messageguard/fuzz/EngineFuzzTestInputs}; {@code JAZZER_FUZZ=1}
 * searches for new ones (README, Fuzzing).
 */
class EngineFuzzTest {

    private static ConfigurableApplicationContext context;
    private static CheckEngine engine;
    private static DraftFactory drafts;
    private static List<String> reasons;

    private static synchronized void start() {
        if (context == null) {
            SpringApplication app = new SpringApplication(MessageGuardApplication.class);
            app.setWebApplicationType(WebApplicationType.NONE);
            context = app.run("--logging.level.root=WARN");
            engine = context.getBean(CheckEngine.class);
            drafts = context.getBean(DraftFactory.class);
            reasons = context.getBean(RuleSet.class).reasonIds();
        }
    }

    @FuzzTest(maxDuration = "10s")
    void engineHandlesAnyDraft(FuzzedDataProvider data) {
        start();
        String reason = reasons.get(data.consumeInt(0, reasons.size() - 1));
        String subject = data.consumeBoolean() ? data.consumeString(200) : null;
        int orderAgeDays = data.consumeInt(0, 400);
        Integer daysSinceDelivery = data.consumeBoolean() ? data.consumeInt(0, 400) : null;
        List<CheckRequest.AttachmentPayload> attachments = new ArrayList<>();
        int count = data.consumeInt(0, 10);
        for (int i = 0; i < count; i++) {
            attachments.add(new CheckRequest.AttachmentPayload(data.consumeString(40),
                    data.consumeBoolean() ? data.consumeString(40) : null, data.consumeLong(0, Long.MAX_VALUE)));
        }
        CheckRequest.ContextPayload context = new CheckRequest.ContextPayload(data.consumeBoolean(), data.consumeBoolean(),
                data.consumeInt(0, Integer.MAX_VALUE), data.consumeInt(0, Integer.MAX_VALUE));
        String body = data.consumeRemainingAsString();
        if (body.isBlank() || body.length() > 20_000) {
            return; // the HTTP layer rejects these before the engine sees them
        }
        CheckRequest request = new CheckRequest(subject, body, reason, orderAgeDays, daysSinceDelivery, attachments,
                context, null, null, null);

        CheckResult result = engine.check(drafts.create(request));

        for (Violation v : result.violations()) {
            if (v.start() == null) {
                assertThat(v.end()).isNull();
                assertThat(v.excerpt()).isNull();
                continue;
            }
            String text = v.field().equals("subject") ? subject : body;
            assertThat(text).as("text of %s", v.field()).isNotNull();
            assertThat(v.start()).isBetween(0, v.end());
            assertThat(v.end()).isLessThanOrEqualTo(text.length());
            assertThat(v.excerpt()).isEqualTo(text.substring(v.start(), v.end()));
            assertThat(v.message()).isNotBlank().doesNotContain("{");
            if (v.fix() != null) {
                assertThat(v.fix().start()).isLessThanOrEqualTo(v.start());
                assertThat(v.fix().end()).isBetween(v.end(), text.length());
            }
        }
        for (String field : new String[] {"subject", "body"}) {
            String text = field.equals("subject") ? subject : body;
            List<Fix> fixes = result.violations().stream().filter(v -> v.fix() != null && v.field().equals(field))
                    .map(Violation::fix).toList();
            if (text != null) {
                assertThat(Fixes.apply(text, fixes).length()).isLessThanOrEqualTo(text.length() * 2);
            }
        }
    }
}
