package com.messageguard.engine;

import com.messageguard.web.CheckRequest;
import com.messageguard.web.DraftFactory;
import java.nio.file.*;
import java.util.*;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class TmpProfileTest {
    @Autowired DraftFactory drafts;
    @Autowired RuleRegistry registry;
    @Autowired CheckEngine engine;
    @Autowired org.springframework.context.ApplicationContext ctx;

    @Test
    void profile() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (String line : Files.readAllLines(Path.of("src/test/resources/corpus/cases.jsonl"))) {
            int i = line.indexOf("\"body\": \"");
            String b = line.substring(i + 9, line.indexOf("\", \"", i + 9)).replace("\\n", "\n");
            sb.append(b).append("\n\n");
            if (sb.length() > 2000) break;
        }
        sb.setLength(2000);
        CheckRequest req = new CheckRequest("Re: size", sb.toString(), "BUYER_INQUIRY_REPLY", 3, null, List.of(), null, null, null);
        Map<String, Long> per = new HashMap<>();
        long draftT = 0;
        int n = 5000;
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            Draft d = drafts.create(req);
            draftT += System.nanoTime() - t0;
            for (Rule r : registry.active()) {
                long s = System.nanoTime();
                r.check(d, new FindingSink(r.id(), new ArrayList<>()));
                per.merge(r.id(), System.nanoTime() - s, Long::sum);
            }
        }
        com.messageguard.lexicon.Lexicon lex = ctx.getBean(com.messageguard.lexicon.Lexicon.class);
        long mt = 0, ph = 0, lg = 0;
        for (int i = 0; i < n; i++) {
            Draft d = drafts.create(req);
            long a = System.nanoTime();
            com.messageguard.text.MatchText.of(d.body().normalized());
            long b = System.nanoTime();
            lex.phrases(d.body());
            long c = System.nanoTime();
            lex.language(d);
            long e = System.nanoTime();
            mt += b - a; ph += c - b; lg += e - c;
        }
        System.out.println("PROF matchtext " + mt / n / 1000.0 + " phrases(incl matchtext) " + ph / n / 1000.0 + " language " + lg / n / 1000.0);
        long t = 0;
        for (int i = 0; i < n; i++) { long s = System.nanoTime(); engine.check(drafts.create(req)); t += System.nanoTime() - s; }
        System.out.println("PROF draft " + draftT / n / 1000.0 + "us, full " + t / n / 1000.0 + "us");
        per.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(20)
            .forEach(e -> System.out.println("PROF " + e.getKey() + " " + e.getValue() / n / 1000.0 + "us"));
    }
}
