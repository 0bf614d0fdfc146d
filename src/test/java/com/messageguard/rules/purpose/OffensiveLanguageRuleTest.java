package com.messageguard.rules.purpose;

import static com.messageguard.rules.purpose.PurposeRulesFixture.assertExcerpts;
import static com.messageguard.testing.DraftBuilder.draft;
import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.engine.Violation;
import com.messageguard.testing.RuleHarness;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OffensiveLanguageRuleTest {

    private final RuleHarness rule = new RuleHarness(PurposeRulesFixture.OFFENSIVE);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Honestly, anyone with half a brain could follow the instructions.       | half a brain
            This is the stupidest complaint we have ever had.                        | stupidest
            What the hell is wrong with you?                                         | What the hell
            Take the review down by Friday or you will regret it.                    | you will regret
            Touch our product again and we will kill you.                            | we will kill you
            Wenn Sie zu dumm sind, eine Anleitung zu lesen, ist das Ihr Problem.     | zu dumm
            Quel connard, franchement.                                               | connard
            Usted es un estúpido.                                                    | estúpido
            Che cazzo vuole ancora?                                                  | cazzo
            Se ci lascia un'altra recensione così, se ne pentirà.                    | se ne pentirà
            Sei proprio uno stronzo.                                                 | stronzo
            The printer isn't faulty, you're just too lazy to read.                  | too lazy
            Siete dei ladri, lo sanno tutti.                                         | Siete dei ladri
            Si no nos devuelve el televisor, presentaremos una denuncia ante la policía. | presentaremos una denuncia
            Nach Ablauf der Frist werden wir unsere Rechtsanwälte beauftragen.       | unsere Rechtsanwälte
            Par la présente, nous vous mettons en demeure de payer sous huit jours.  | mettons en demeure
            """)
    void findsOffensiveWords(String body, String excerpt) {
        assertExcerpts(rule.check(draft().body(body)), body, excerpt);
    }

    @Test
    void findsEveryInsultAndNamesItsKind() {
        String body = "You're a liar and a scammer, and we're not sending you a damn thing.";
        List<Violation> violations = rule.check(draft().body(body));
        assertExcerpts(violations, body, "liar", "scammer", "damn");
        assertThat(violations).extracting(Violation::message).containsExactly(
                "The message contains an insult: 'liar'.",
                "The message contains an insult: 'scammer'.",
                "The message contains profanity: 'damn'.");
    }

    @Test
    void findsInsultsOfAnyLanguagePack() {
        String body = "Hello, thank you for your message, but you are an idiota and a Betrüger.";
        assertExcerpts(rule.check(draft().body(body)), body, "idiota", "Betrüger");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Our assistant will help you with the class schedule in Dickens Hall.",
            "The shell of the hello kitty case is hard.",
            "Please flip the kill switch and replace the dead battery.",
            "Press the buttons, assess the damage and pass the cassette back.",
            "Our warehouse is in Scunthorpe; Essex and Sussex deliveries take longer.",
            "The dried shiitake mushrooms and the cocktail shaker ship together.",
            "The flame retardant coating is idiot-proof to apply.",
            "Store the mat lying flat; the dumbbell set ships separately.",
            "Schlagen Sie im Handbuch nach, wie man das Gerät entkalkt.",
            "Nous sommes incapables de livrer avant lundi.",
            "La cazzuola e il frattazzo sono nella seconda scatola.",
            "Il cavallo di Troia in legno è un gioco per bambini dai 3 anni.",
            "Purtroppo il pacco è stato rubato dai ladri davanti al portone.",
            "El embalaje era deficiente y lo hemos mejorado.",
            "Il costume da pagliaccio è disponibile nella taglia M.",
            "Il corriere è stato avvisato e ritirerà il pacco lunedì.",
            "Le tasse doganali la pagherà il corriere alla consegna.",
            "Sei pezzi di ricambio sono in arrivo.",
            "De notre côté, nous avons relancé l'agence ce matin et vous tiendrons informée ici.",
    })
    void staysSilentOnEverydayWords(String body) {
        assertThat(rule.check(draft().body(body))).as(body).isEmpty();
    }
}
