package com.messageguard.bench;

import com.messageguard.web.CheckRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** The messages every engine measurement checks, so JMH and {@link CpuTimeProbe} measure the same ones. */
public final class BenchMessages {

    private BenchMessages() {
    }

    /** The requests of {@code cases.jsonl}, in file order. */
    public static List<CheckRequest> corpus() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<CheckRequest> corpus = new ArrayList<>();
        try (InputStream in = BenchMessages.class.getResourceAsStream("/corpus/cases.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    corpus.add(json.treeToValue(json.readTree(line).get("request"), CheckRequest.class));
                }
            }
        }
        return corpus;
    }

    /** The first 2,000 characters of the corpus bodies, one after the other, as one reply. */
    static CheckRequest message2000(List<CheckRequest> corpus) {
        StringBuilder text = new StringBuilder();
        for (CheckRequest r : corpus) {
            if (text.length() >= 2_000) {
                break;
            }
            text.append(r.body()).append("\n\n");
        }
        text.setLength(2_000);
        return reply(text.toString());
    }

    /** A reply to a buyer's question with this body. */
    static CheckRequest reply(String body) {
        return new CheckRequest("Re: your order", body, "BUYER_INQUIRY_REPLY", 3, null, List.of(), null, null, null, null);
    }
}
