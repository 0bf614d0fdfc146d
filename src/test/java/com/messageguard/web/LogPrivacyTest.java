package com.messageguard.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.testing.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Subjects and bodies carry buyers' personal data: no log line may contain them, at any level.
 * Everything is logged at DEBUG here, and a unique marker in the subject and body must not
 * appear in the captured output of successful checks nor of any kind of error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"logging.level.root=DEBUG",
        "messageguard.grammar.preload=en", "messageguard.grammar.timeout=30s"})
@ExtendWith(OutputCaptureExtension.class)
class LogPrivacyTest {

    private static final String MARKER = "ZQXMARKER4711";

    @LocalServerPort
    int port;

    @Test
    void noLogLineHoldsTheSubjectOrBody(CapturedOutput output) {
        Http http = new Http(port);
        String body = "Hello " + MARKER + ", write to " + MARKER.toLowerCase() + "@example.com or call 555-123-4567.";
        String[] requests = {
                "{\"subject\":\"" + MARKER + "\",\"body\":\"" + body + "\",\"contactReason\":\"BUYER_INQUIRY_REPLY\",\"orderAgeDays\":3}",
                "{\"subject\":\"" + MARKER + "\",\"body\":\"" + body + "\",\"contactReason\":\"" + MARKER + "\",\"orderAgeDays\":-1}",
                "{\"body\":\"" + body + "\",\"contactReason\":\"OTHER\",\"orderAgeDays\":\"" + MARKER + "\"}",
                "{\"body\":" + MARKER + ",\"contactReason\":\"OTHER\",\"orderAgeDays\":3}",
                "{\"body\":\"" + body + "\",\"contactReason\":\"OTHER\",\"orderAgeDays\":3,\"attachments\":[{\"fileName\":\"" + MARKER + ".exe\",\"sizeBytes\":1}]}",
                "{\"body\":\"" + body,
        };
        for (String json : requests) {
            assertThat(http.postJson("/check", json).body()).doesNotContain(MARKER);
        }
        assertThat(http.postJson("/check", "{\"body\":\"" + body + "\"}").status()).isEqualTo(400);
        // Proofread: LanguageTool reads the marker too, and its loggers must not write it either.
        String proofread = http.postJson("/check", "{\"subject\":\"" + MARKER + " ordr\",\"body\":\"" + body
                + " Your ordr has shiped.\",\"contactReason\":\"ORDER_ISSUE\",\"orderAgeDays\":3,\"checkGrammar\":true}").body();
        assertThat(proofread).contains("\"grammarChecked\":true", "\"excerpt\":\"shiped\"");

        // The ledger: recorded (201), blocked (422), the same id again, invalid (400), /check with an order.
        String order = ",\"context\":{\"orderId\":\"113-0000000-0004711\"}";
        String clean = "Hello " + MARKER + ", could you confirm the name to engrave on your order 113-0000000-0004711?";
        String[] sends = {
                "{\"messageId\":\"privacy-1\",\"subject\":\"" + MARKER + "\",\"body\":\"" + clean + "\",\"contactReason\":\"CUSTOMIZATION\",\"orderAgeDays\":3" + order + "}",
                "{\"messageId\":\"privacy-1\",\"subject\":\"" + MARKER + "\",\"body\":\"" + clean + "\",\"contactReason\":\"CUSTOMIZATION\",\"orderAgeDays\":3" + order + "}",
                "{\"messageId\":\"privacy-2\",\"subject\":\"" + MARKER + "\",\"body\":\"" + body + "\",\"contactReason\":\"CUSTOMIZATION\",\"orderAgeDays\":3" + order + "}",
                "{\"messageId\":\"" + MARKER + " \",\"body\":\"" + body + "\",\"contactReason\":\"" + MARKER + "\",\"orderAgeDays\":3}",
        };
        int[] expected = {201, 201, 422, 400};
        for (int i = 0; i < sends.length; i++) {
            Http.Response sent = http.postJson("/messages", sends[i]);
            assertThat(sent.status()).isEqualTo(expected[i]);
            assertThat(sent.body()).doesNotContain(MARKER);
        }
        assertThat(http.postJson("/check", sends[0]).body()).contains("\"ledger\":\"consulted\"").doesNotContain(MARKER);

        assertThat(output.getAll()).as("captured log output").contains("DEBUG").doesNotContain(MARKER)
                .doesNotContain(MARKER.toLowerCase());
    }

    @Test
    void noLogLineHoldsTheTextsOfABatchOrOfASuggestedFix(CapturedOutput output) {
        Http http = new Http(port);
        String body = "Hello " + MARKER + " 😀, write to " + MARKER.toLowerCase() + "@example.com.";
        String item = "{\"subject\":\"" + MARKER + "\",\"body\":\"" + body + "\",\"contactReason\":\"OTHER\",\"orderAgeDays\":3,"
                + "\"suggestFix\":true}";
        String badItem = "{\"subject\":\"" + MARKER + "\",\"body\":\"" + body + "\",\"contactReason\":\"" + MARKER + "\",\"orderAgeDays\":3}";

        assertThat(http.postJson("/check", item).status()).isEqualTo(200);
        assertThat(http.postJson("/check/batch", "{\"items\":[" + item + "," + item + "]}").status()).isEqualTo(200);
        assertThat(http.postJson("/check/batch", "{\"items\":[" + item + "," + badItem + "]}").status()).isEqualTo(400);
        assertThat(http.postJson("/check/batch", "{\"items\":[" + item + ",{\"body\":" + MARKER + "}]}").status()).isEqualTo(400);

        assertThat(output.getAll()).as("captured log output").contains("DEBUG").doesNotContain(MARKER)
                .doesNotContain(MARKER.toLowerCase());
    }
}
