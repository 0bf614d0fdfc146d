package com.messageguard.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.testing.Http;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Whatever a client sends, /check answers with the status API.md gives, as problem+json for
 * errors, promptly, and without echoing the message text: never a 500, never a hang.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileRequestTest {

    private static final String MARKER = "HOSTILEMARKER";
    private static final String VALID_TAIL = ",\"contactReason\":\"OTHER\",\"orderAgeDays\":3}";

    @LocalServerPort
    int port;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("truncated", "{\"body\":\"" + MARKER + "\",\"contactReason\":\"OT"),
                Arguments.of("unquoted text", "{\"body\":" + MARKER + VALID_TAIL),
                Arguments.of("trailing garbage", "{\"body\":\"hi\"" + VALID_TAIL + MARKER),
                Arguments.of("deeply nested objects", "{\"body\":\"hi\",\"context\":" + "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000) + VALID_TAIL.substring(0, 0) + "}"),
                Arguments.of("deeply nested arrays", "[".repeat(10_000) + "]".repeat(10_000)),
                Arguments.of("deeply nested unknown field", "{\"x\":" + "[".repeat(10_000) + "]".repeat(10_000) + ",\"body\":\"hi\"" + VALID_TAIL),
                Arguments.of("array for object", "[{\"body\":\"hi\"}]"),
                Arguments.of("array for context", "{\"body\":\"hi\",\"context\":[]" + VALID_TAIL),
                Arguments.of("object for string", "{\"body\":{\"text\":\"" + MARKER + "\"}" + VALID_TAIL),
                Arguments.of("number for string", "{\"body\":12" + VALID_TAIL),
                Arguments.of("boolean as string", "{\"body\":\"hi\",\"checkGrammar\":\"true\"" + VALID_TAIL),
                Arguments.of("int overflow", "{\"body\":\"hi\",\"contactReason\":\"OTHER\",\"orderAgeDays\":2147483648}"),
                Arguments.of("huge number", "{\"body\":\"hi\",\"contactReason\":\"OTHER\",\"orderAgeDays\":1" + "0".repeat(5000) + "}"),
                Arguments.of("negative size", "{\"body\":\"hi\",\"attachments\":[{\"fileName\":\"a.pdf\",\"sizeBytes\":-1}]" + VALID_TAIL),
                Arguments.of("size overflow", "{\"body\":\"hi\",\"attachments\":[{\"fileName\":\"a.pdf\",\"sizeBytes\":9223372036854775808}]" + VALID_TAIL),
                Arguments.of("exponent", "{\"body\":\"hi\",\"contactReason\":\"OTHER\",\"orderAgeDays\":1e3}"),
                Arguments.of("NaN", "{\"body\":\"hi\",\"contactReason\":\"OTHER\",\"orderAgeDays\":NaN}"),
                Arguments.of("null body", "{\"body\":null" + VALID_TAIL),
                Arguments.of("empty object", "{}"),
                Arguments.of("null attachment", "{\"body\":\"hi\",\"attachments\":[null]" + VALID_TAIL),
                Arguments.of("bad escape", "{\"body\":\"\\x41" + MARKER + "\"" + VALID_TAIL),
                Arguments.of("control character", "{\"body\":\"a\u0001b" + MARKER + "\"" + VALID_TAIL),
                Arguments.of("comment", "/* " + MARKER + " */{\"body\":\"hi\"" + VALID_TAIL),
                Arguments.of("single quotes", "{'body':'" + MARKER + "'" + VALID_TAIL.replace('"', '\'')),
                Arguments.of("duplicate long string key", "{\"" + "k".repeat(100_000) + "\":1,\"body\":\"hi\"" + VALID_TAIL),
                Arguments.of("only whitespace", "   \n  "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void answers400WithAProblemAndNoEcho(String name, String json) {
        Http.Response response = http.postJson("/check", json);

        assertThat(response.status()).as(name).isEqualTo(400);
        assertThat(response.contentType()).as(name).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).as(name).isNotBlank();
        assertThat(response.body()).as(name).doesNotContain(MARKER);
    }

    @Test
    void answers400ForBytesThatAreNotUtf8() {
        byte[] latin1 = ("{\"body\":\"Gr\u00FC\u00DFe " + MARKER + "\"" + VALID_TAIL).getBytes(StandardCharsets.ISO_8859_1);
        Http.Response response = http.send(HttpRequest.newBuilder(URI.create(http.url("/check")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(latin1)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).doesNotContain(MARKER);
    }

    @Test
    void checksLoneSurrogatesAndNulsAsText() {
        String json = "{\"body\":\"half \\uD83D pair \\uDC00 and a NUL \\u0000 write to a@example.com\"" + VALID_TAIL;
        Http.Response response = http.postJson("/check", json);

        assertThat(response.status()).isEqualTo(200);
        JsonNode email = null;
        for (JsonNode v : response.json().get("violations")) {
            email = v.get("rule").asString().equals("email-address") ? v : email;
        }
        assertThat(email).isNotNull();
        assertThat(email.get("excerpt").asString()).isEqualTo("a@example.com");
    }

    @Test
    void ignoresUnknownFieldsOfAnyShape() {
        String json = "{\"extra\":{\"deep\":[1,2,{\"x\":null}]},\"body\":\"Hello\",\"attachments\":[],\"context\":{\"foo\":1}" + VALID_TAIL;
        assertThat(http.postJson("/check", json).status()).isEqualTo(200);
    }

    @Test
    void answers413ForAHugeDocument() {
        String json = "{\"body\":\"hi\",\"junk\":[" + "1,".repeat(200_000) + "1]" + VALID_TAIL;
        Http.Response response = http.postJson("/check", json);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
