package com.messageguard.rules.format;

import com.messageguard.engine.Draft;
import com.messageguard.engine.FindingSink;
import com.messageguard.engine.Rule;
import com.messageguard.engine.TextField;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * HTML tags ({@code <p>}, {@code </b>}, {@code <a href="...">}, comments, doctype) and character
 * entities ({@code &nbsp;}, {@code &#8217;}) in plain-text messages. {@code <3} and {@code 3 < 5}
 * are not tags: a tag needs a letter right after {@code <} and a {@code >} before the next {@code <}.
 */
@Component
public class HtmlMarkupRule implements Rule {

    // Possessive, bounded runs of classes that exclude the next literal: each match attempt stops
    // at the next '<', so the scan stays linear.
    private static final Pattern MARKUP = Pattern.compile(
            "</?[A-Za-z][A-Za-z0-9-]{0,30}+(?:[\\s/][^<>]{0,2000}+)?>"
                    + "|<!--|<![A-Za-z]{1,10}+"
                    + "|&(?:[A-Za-z][A-Za-z0-9]{1,31}+|#[0-9]{1,7}+|#[xX][0-9A-Fa-f]{1,6}+);");

    @Override
    public String id() {
        return "html-markup";
    }

    @Override
    public void check(Draft draft, FindingSink findings) {
        for (TextField field : draft.textFields()) {
            Matcher m = MARKUP.matcher(field.text());
            while (m.find()) {
                findings.text(field, m.start(), m.end());
            }
        }
    }
}
