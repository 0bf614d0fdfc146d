package com.messageguard.rules.contact;

import com.messageguard.testing.TestIntents;
import static com.messageguard.testing.DraftBuilder.draft;
import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.engine.Violation;
import com.messageguard.testing.RuleHarness;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OffPlatformRuleTest {

    private final RuleHarness rule = new RuleHarness(new OffPlatformRule(SocialMediaRuleTest.LEXICON, ContactRulesFixture.SIGNALS,
            TestIntents.classifier()));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Please email us directly instead of replying here.|email us",
            "Give us a call and we'll walk you through it.|Give us a call",
            "To agree on a time, text me at 5 5 5 0 1 0 4 4 2 1.|text me",
            "Please contact us through the contact form on our website.|contact form",
            "It is easier to send you the video outside Amazon.|outside Amazon",
            "Could you send me your personal email so we can continue?|your personal email",
            "Write to me directly at john dot miller at gmail dot com.|Write to me",
            "Bitte schreiben Sie uns an service[at]example.com.|schreiben Sie uns",
            "Le plus simple est de nous appeler au 01.23.45.67.89.|nous appeler",
            "Escríbanos por WhatsApp al +34 612 345 678.|Escríbanos",
            "Please E-Mail us the photos.|E-Mail us",
            "Per fare prima, ci chiami al numero che trova sul nostro sito.|ci chiami",
            "Ci scriva su WhatsApp al +39 347 765 4321.|Ci scriva",
            "Mi lasci il suo numero di cellulare, così la richiamo.|suo numero di cellulare",
            "Ci contatti tramite il modulo di contatto.|modulo di contatto",
            "Può inviarci le foto per email?|per email",
            "You can order the same set from our own web shop instead.|our own web shop",
            "Sie können das Set auch direkt in unserem eigenen Webshop bestellen.|eigenen Webshop",
            "Vous trouverez le même modèle sur notre boutique en ligne.|notre boutique en ligne",
    })
    void findsInvitationsToLeaveAmazon(String body, String excerpt) {
        List<Violation> violations = rule.check(draft().body(body));

        assertThat(violations).as(body).extracting(Violation::excerpt).contains(excerpt);
        assertThat(violations).allSatisfy(v -> assertThat(body.substring(v.start(), v.end())).isEqualTo(v.excerpt()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            If the hinge sticks, give the studio a ring on 020 7946 0321 and we'll help.   | 39 | 60 | ring on 020 7946 0321
            Just drop us a message on Telegram at +49 151 23456789.                         | 15 | 54 | message on Telegram at +49 151 23456789
            Please send the receipts to refunds@example.org so we can check.               |  7 | 47 | send the receipts to refunds@example.org
            Text 07911 204580 when you're in.                                               |  0 | 17 | Text 07911 204580
            You can reach our fitter on O7911 2O458O after six.                             |  8 | 40 | reach our fitter on O7911 2O458O
            Photos please to ivo dot ranic at example dot net, send them today.             | 17 | 55 | ivo dot ranic at example dot net, send
            Message our studio account @copperleaf_help for the video.                      |  0 | 43 | Message our studio account @copperleaf_help
            Rufen Sie uns gerne unter 0221 9876543 an.                                      |  0 | 38 | Rufen Sie uns gerne unter 0221 9876543
            Envoyez les photos à sav@example.fr, merci.                                     |  0 | 35 | Envoyez les photos à sav@example.fr
            Mande las fotos a soporte@example.es por favor.                                 |  0 | 36 | Mande las fotos a soporte@example.es
            Per il reso chiami pure il magazzino al 02 5550 4411 in mattinata.              | 12 | 52 | chiami pure il magazzino al 02 5550 4411
            """)
    void findsAContactDetailOfferedAsAWayToReachTheSeller(String body, int start, int end, String excerpt) {
        assertThat(rule.check(draft().body(body))).as(body).singleElement().satisfies(v -> {
            assertThat(v.start()).isEqualTo(start);
            assertThat(v.end()).isEqualTo(end);
            assertThat(v.excerpt()).isEqualTo(excerpt);
            assertThat(v.message()).contains("phone number, e-mail address or handle");
        });
    }

    @Test
    void reportsASentenceOnceAndEachReachWordForOneDetail() {
        // "call me" is an invitation already: the number in its sentence adds no second finding.
        assertThat(rule.check(draft().body("Please call me at 020 7946 0321 tomorrow.")))
                .extracting(Violation::excerpt).containsExactly("call me");
        // One reach word, two numbers: the first number it reaches.
        assertThat(rule.check(draft().body("Call 020 7946 0321 or 07911 204580 after six.")))
                .extracting(Violation::excerpt).containsExactly("Call 020 7946 0321");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "You could call the courier yourself and quote the tracking reference.",
            "We keep all support in Amazon messages, so we will not call or text you.",
            "Thanks!\n\nKind regards,\nMaya Roth\nCustomer Care | Copperleaf | maya.roth@example.net",
            "Thanks!\n\nBest,\nCopperleaf\nService hotline: 020 7946 0999",
            "Thanks!\n\nBest,\nCopperleaf\nE-Mail: info@example.de\nTel.: 0221 123456\nCall: 020 7946 0999",
            "Thanks!\n\nBest,\nCopperleaf\nWhatsApp: +44 7700 900123",
            "Follow us on Instagram @copperleaf_home for new colours.",
            "Please send the part back; our office hours are long.\n\nCopperleaf, 020 7946 0999",
            "We will send your order 113-4567890-1234567 today, call us if the ASIN B0C7QJ4K2M is wrong.",
            "Text us the size (120 x 60 cm) and the date 12/05/2026, or call us at 14:30.",
    })
    void aDetailWithoutAReachWordNearItIsNoOffer(String body) {
        assertThat(rule.check(draft().body(body))).as(body)
                .noneMatch(v -> v.message().contains("phone number, e-mail address or handle"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            We'll pay it back by Zelle, or by bank transfer if you prefer.     | Zelle, bank transfer
            Please pay via PayPal Friends and Family so we can ship today.     | PayPal Friends and Family
            Send us $20 on Cash App and we'll ship the spare.                  | Cash App
            We can settle the difference by Venmo tonight.                     | Venmo
            Sie können per Überweisung auf unser Konto bezahlen.               | Überweisung
            Nous pouvons vous rembourser par virement.                         | virement
            Le devolvemos el dinero por Bizum o por transferencia.             | Bizum, por transferencia
            Possiamo rimborsarla con un bonifico bancario.                     | bonifico bancario
            """)
    void findsAPaymentOutsideAmazon(String body, String excerpts) {
        List<Violation> violations = rule.check(draft().body(body));

        assertThat(violations).as(body).extracting(Violation::excerpt).containsExactly(excerpts.split(", "));
        assertThat(violations).allSatisfy(v -> {
            assertThat(body.substring(v.start(), v.end())).isEqualTo(v.excerpt());
            assertThat(v.message()).contains("payment or refund outside Amazon");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Our warehouse is closed for the bank holiday; the transfer of stock is on Tuesday.",
            "La transferencia de datos por Bluetooth tarda unos segundos.",
            "Amazon refunds the amount to your original payment method.",
            "Share it with friends and family, and reply here with any question.",
            "Por las molestias del retraso le enviaremos un cheque regalo de 10 euros.",
            "Pour le retard, nous vous offrons un chèque cadeau de 5 euros.",
            "Der Betrag wurde über Amazon bereits bezahlt, eine Überweisung ist nicht nötig.",
    })
    void staysSilentOnPaymentLookAlikes(String body) {
        assertThat(rule.check(draft().body(body))).as(body).isEmpty();
    }

    @Test
    void readsTheSubjectToo() {
        assertThat(rule.check(draft().reason("ORDER_ISSUE").subject("Text 07911 204580 about the engraving")
                .body("Hello, thanks for order 113-4567890-1234567.")))
                .singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("subject");
                    assertThat(v.excerpt()).isEqualTo("Text 07911 204580");
                });
        assertThat(rule.check(draft().reason("ORDER_ISSUE").subject("Refund by Venmo")
                .body("Hello, thanks for order 113-4567890-1234567.")))
                .singleElement().extracting(Violation::field, Violation::excerpt).containsExactly("subject", "Venmo");
    }

    @Test
    void aReplySubjectQuotesTheBuyer() {
        String body = "Hello, we keep support here so everything stays on record.";
        assertThat(rule.check(draft().subject("Re: Can you call me?").body(body))).isEmpty();
        assertThat(rule.check(draft().subject("AW : Kann ich per Überweisung zahlen?").body(body))).isEmpty();
        // A proactive message's subject is the seller's own, "Re:" or not.
        assertThat(rule.check(draft().reason("ORDER_ISSUE").subject("Re: call me").body(body)))
                .extracting(Violation::excerpt).containsExactly("call me");
        // Without a prefix and colon, a reply's subject is the seller's too.
        assertThat(rule.check(draft().subject("Regarding your call: call me").body(body)))
                .extracting(Violation::excerpt).containsExactly("call me");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "If you have questions, please reply to this message.",
            "Amazon will email you the return label.",
            "This is what we call the hinge; the text on the label shows the size.",
            "Contact us here if the part does not fit order 113-4567890-1234567.",
            "Feel free to write to us again through Amazon messages.",
            "The site of the damage is the lower left corner.",
            "We called the carrier and the parcel arrives Monday.",
            "Se ha domande, risponda pure a questo messaggio.",
            "Ci contatti qui se il pezzo non è adatto all'ordine 402-1234567-1234567.",
            "Amazon le invierà l'etichetta di reso.",
            "Abbiamo chiamato il corriere: il pacco arriva lunedì.",
    })
    void staysSilentOnOnPlatformWording(String body) {
        assertThat(rule.check(draft().body(body))).as(body).isEmpty();
    }

    /** The buyer's request for a phone number, answered by a refusal in the next sentence: nothing is offered. */
    @ParameterizedTest
    @ValueSource(strings = {
            "You asked us for a phone number to talk to a technician. Under Amazon's rules we can only help you through these messages, so describe the error code and we will guide you.",
            "Lei ci chiedeva un numero di telefono per parlare con un tecnico. Per le regole di Amazon possiamo assisterLa solo tramite questa messaggistica.",
    })
    void aRequestForContactAnsweredByARefusalOffersNothing(String body) {
        assertThat(rule.check(draft().reason("BUYER_INQUIRY_REPLY").body(body))).as(body).isEmpty();
    }

    /** A negation reaches along a list of channels: each one is refused, none offered. */
    @ParameterizedTest
    @ValueSource(strings = {
            "I understand a call would be easier, but we are not able to continue by phone, personal email or a messaging app; Amazon asks sellers to keep all contact here.",
            "Unfortunately we cannot help over the phone, by private email or outside Amazon, but I'm glad to help right here.",
    })
    void aRefusedListOfChannelsOffersNone(String body) {
        assertThat(rule.check(draft().reason("BUYER_INQUIRY_REPLY").body(body))).as(body).isEmpty();
    }

    /** A refusal that names a way to talk outside Amazon, with no invitation phrase, refuses it: the intent layer stays quiet. */
    @ParameterizedTest
    @ValueSource(strings = {
            "For privacy reasons we're not able to share a phone number or email address, and Amazon asks that buyers and sellers keep the conversation here in Buyer-Seller Messaging.",
            "Leider dürfen wir Ihnen keine private Telefonnummer oder E-Mail-Adresse geben, wir helfen Ihnen gern hier weiter.",
    })
    void aRefusedChannelIsNoInvitation(String body) {
        assertThat(rule.check(draft().reason("BUYER_INQUIRY_REPLY").body(body))).as(body).isEmpty();
    }

    /**
     * Times of day alone offer no way to reach the seller, however the classifier reads them (it
     * learnt digit shapes from "call us between 9:00 and 17:00"); with a word of calling they do.
     */
    @Test
    void hoursWithoutAWayToReachTheSellerStayOnAmazon() {
        assertThat(rule.check(draft().reason("SERVICE_APPOINTMENT").body("Our technician can visit between 9:00 and 11:00."))).isEmpty();
        assertThat(rule.check(draft().reason("PRODUCT_INSTRUCTIONS").body(
                "In the app you can set quiet hours, for example 23:00 to 06:00, so the camera does not notify you at night.")))
                .isEmpty();
        assertThat(rule.check(draft().reason("BUYER_INQUIRY_REPLY").body("Call our technician between 9:00 and 11:00.")))
                .extracting(v -> v.excerpt()).containsExactly("Call our technician between 9:00 and 11:00");
    }

    /** A negation that encourages ("don't hesitate to") refuses nothing: what follows it invites. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Don't hesitate to call us if the cooker still won't heat.|call us|en",
            "N'hésitez pas à nous appeler si le problème persiste.|nous appeler|fr",
            "Zögern Sie nicht, uns anzurufen, wenn das Problem bleibt.|anzurufen|de",
            "No dude en llamarnos si el problema continúa.|llamarnos|es",
            "Non esiti a chiamarci se il problema persiste.|chiamarci|it",
    })
    void anEncouragementIsNoRefusal(String body, String excerpt, String language) {
        assertThat(rule.check(draft().reason("BUYER_INQUIRY_REPLY").language(language).body(body)))
                .as(body).extracting(v -> v.excerpt()).containsExactly(excerpt);
    }

    @Test
    void theListEndsAtAClauseBreakOtherThanAComma() {
        String body = "We can't take payment by bank transfer; call us instead.";
        assertThat(rule.check(draft().reason("BUYER_INQUIRY_REPLY").body(body))).extracting(Violation::excerpt).containsExactly("call us");
    }

    /** A number the buyer's business has, named by what follows it, is no phone number asked for. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            La facture mentionne votre numéro de TVA intracommunautaire et la TVA à 20 %. | fr
            Indique tu número de pedido en el formulario de devolución de Amazon. | es
            Votre numéro SIRET (512 334 806 00027) apparaît dans le bloc Client. | fr
            """)
    void aNumberNamedAsSomethingElseIsNoInvitation(String body, String language) {
        assertThat(rule.check(draft().reason("INVOICE").language(language).body(body))).as(body).isEmpty();
    }

    @Test
    void thePhoneNumberItselfStillIs() {
        String body = "Pourriez-vous nous donner votre numéro de téléphone pour le livreur ?";
        assertThat(rule.check(draft().reason("DELIVERY_SCHEDULING").language("fr").body(body)))
                .extracting(Violation::excerpt).containsExactly("votre numéro de téléphone");
    }

    /** A reach word after an elided preposition ("d'écrire") offers the detail like the bare verb. */
    @Test
    void aReachWordAfterAnElisionOffersTheDetail() {
        String body = "Le plus simple est d'écrire directement à notre comptable : compta point maisonverte arobase gmail point com.";
        assertThat(rule.check(draft().reason("BUYER_INQUIRY_REPLY").language("fr").body(body))).isNotEmpty();
    }

    /** A detail right after a destination word is where the reach word sends something, however far back it stands. */
    @Test
    void aDestinationWordLetsAFarReachWordOfferTheDetail() {
        String body = "Please send a short video of the noise and a photo of the serial number sticker to service at lumorahome dot com "
                + "so our engineer can take a look.";
        assertThat(rule.check(draft().reason("BUYER_INQUIRY_REPLY").body(body))).extracting(Violation::excerpt)
                .containsExactly("send a short video of the noise and a photo of the serial number sticker to service at lumorahome dot com");
    }

    /** Sending the buyer to the carrier keeps the conversation with the seller on Amazon. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Am schnellsten hilft es, wenn Sie direkt beim DHL-Kundenservice anrufen und die Sendungsnummer angeben. | de
            Le recomendamos llamar a Correos o pasar por la oficina con ese número para recogerlo. | es
            """)
    void callingTheCarrierIsNoInvitation(String body, String language) {
        assertThat(rule.check(draft().reason("BUYER_INQUIRY_REPLY").language(language).body(body))).as(body).isEmpty();
    }

    @Test
    void orderingDirectlyFromASiteLeavesAmazon() {
        String body = "When you are ready for a refill, order directly from greenleafnutrition.com and use code REFILL10 for 10% off.";
        assertThat(rule.check(draft().reason("PRODUCT_INSTRUCTIONS").body(body))).extracting(Violation::excerpt)
                .containsExactly("order directly from");
    }

    /** "On the phone" also names the device: a way to talk only where the sentence speaks of calling or talking. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            We can talk about it on the phone if you prefer. | en | on the phone
            Possiamo parlarne al telefono se preferisce. | it | al telefono
            Open the app on the phone and tap Pair. | en |
            Per collegare le cuffie al telefono tenere premuto il tasto per 7 secondi. | it |
            """)
    void thePhoneAsAMediumNeedsTalk(String body, String language, String excerpt) {
        List<Violation> found = rule.check(draft().reason("BUYER_INQUIRY_REPLY").language(language).body(body));
        if (excerpt == null) {
            assertThat(found).as(body).isEmpty();
        } else {
            assertThat(found).extracting(Violation::excerpt).containsExactly(excerpt);
        }
    }

    /** A network whose name is also a word needs a pointer or the invitation near it to be a channel. */
    @Test
    void aSizeWithAnXNamesNoNetwork() {
        String body = "Gracias por enviarnos las fotos del mantel de lino de 160 x 260 cm de su pedido 408-9930127-2245816.";
        assertThat(rule.check(draft().reason("RETURN").language("es").body(body))).isEmpty();
        assertThat(rule.check(draft().reason("RETURN").language("es").body("Puede enviarnos las fotos por Line si lo prefiere.")))
                .isNotEmpty();
    }

    @Test
    void theSellerNamedBesideTheCarrierStillInvites() {
        assertThat(rule.check(draft().reason("BUYER_INQUIRY_REPLY").language("de").body("Sie können DHL oder uns anrufen.")))
                .extracting(Violation::excerpt).containsExactly("anrufen");
    }

    @Test
    void aMessengerOfferedAsTheWayToTalkLeavesAmazon() {
        String body = "If it still drops out, add our support account on WeChat, ID SonicaCare2024, and send us a short video.";
        assertThat(rule.check(draft().reason("BUYER_INQUIRY_REPLY").body(body))).isNotEmpty();
    }

    /** A direct message offered on a social network moves the conversation, in any language. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Honestly, the fastest way is to DM our team on Insta, and they can send you live photos. | Insta
            La messagerie compresse les images, alors envoyez-la plutôt en message privé sur Insta, notre compte c'est latelier. | Insta
            Schicken Sie uns ein Foto per Whats App, dann geht es schneller. | Whats App
            """)
    void aDirectMessageOnASocialNetworkLeavesAmazon(String body, String excerpt) {
        assertThat(rule.check(draft().reason("CUSTOMIZATION").body(body))).extracting(Violation::excerpt).contains(excerpt);
    }

    /** Asking for the buyer's own contact detail, however it is qualified, is one finding at the longest wording. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Could you reply with your personal email address so I can send the files? | your personal email address
            Please send us your personal mobile number so the driver can text you directly on the morning. | your personal mobile number
            Könnten Sie uns Ihre private Handynummer schicken? | Ihre private Handynummer
            ¿Nos puede enviar su número de móvil para coordinar la entrega? | su número de móvil
            """)
    void askingForTheBuyersOwnContactDetailLeavesAmazon(String body, String excerpt) {
        assertThat(rule.check(draft().reason("DELIVERY_SCHEDULING").body(body))).extracting(Violation::excerpt).containsExactly(excerpt);
    }

    /** A pointer beside the messenger decides, however long the sentence around them. */
    @Test
    void aMessengerPointedAtIsTheWayToTalkInALongSentenceToo() {
        String body = "Sorry the video didn't come through. Add me on WeChat, my ID is sunnyli_0828, and send the clip there so I can see the motor noise properly.";
        assertThat(rule.check(draft().reason("BUYER_INQUIRY_REPLY").body(body))).extracting(Violation::excerpt).containsExactly("WeChat");
        assertThat(rule.check(draft().reason("BUYER_INQUIRY_REPLY").body("We don't use WeChat or any other app, my ID is only for the shop.")))
                .isEmpty();
    }

    /**
     * Reach verbs in any of their forms (stems in contact.yaml), "DM" for a handle, a messenger
     * beside a number, and a reach word further away when a colon introduces the detail.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "Si el tapón no cierra bien, mándenos un vídeo corto a soporte@tapones-example.es y lo vemos.",
            "Per la garanzia conviene che scriviate a garanzia@lampade-example.it con lo scontrino.",
            "Schreibt uns kurz an hilfe@kaffee-example.de, dann tauschen wir das Mahlwerk.",
            "If the hinge squeaks again, drop a line to fixes@hinge-example.com and we sort it.",
            "For a quicker answer DM us on Instagram, we are @lumen_example.",
            "To keep things moving, please confirm the colour by writing to orders@bluefinch-example.co today.",
            "It's a bit long to explain here, so slide into our DMs on Instagram (@wick_example) and we'll chat there.",
            "Wiring can be confusing, so the easiest thing is a short call: (617) 555-0192, weekdays until 6 PM.",
            "Schicken Sie die Rechnung und die Seriennummer bitte direkt an unser Büro: service@hofmann-example.de.",
            "Pour la vidéo, le plus simple est de nous écrire sur Messenger : notre page Facebook s'appelle « Atelier Bois ».",
            "For the claim please send two photos of the base and the rating label to warranty@kettle-example.co.uk.",
            "Quickest is to flick a WhatsApp with a photo of the bracket to Jess on +61 412 555 803 today.",
            "Comme la messagerie limite la taille des fichiers, vous pouvez l'adresser à sav.lumen arobase orange point fr.",
    })
    void findsDetailsOfferedWithAReachVerbInAnyForm(String body) {
        assertThat(rule.check(draft().reason("BUYER_INQUIRY_REPLY").body(body))).as(body).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Next time just skip Amazon and order the refills from us.",
            "Rather than going through Amazon, please send a check for the balance to our office.",
            "It is quicker than through here: give us a buzz on 312.555.0148 and ask for Dee.",
            "Amazon chat is slow, kindly add our WeChat ID bluefin_88 and we fix it fast.",
            "Sie können die Ersatzteile auch ohne Amazon direkt bei uns bekommen.",
            "Pour aller plus vite, réglez la différence par chèque sans passer par Amazon.",
    })
    void findsWaysAroundAmazon(String body) {
        assertThat(rule.check(draft().reason("BUYER_INQUIRY_REPLY").body(body))).as(body).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Please check the box on the return label before you send it back.",
            "The colour is a little lighter than in the Amazon photos.",
            "Amazon will refund you once the carrier confirms the return.",
    })
    void leavesOrdinaryMentionsOfAmazonAndChecks(String body) {
        assertThat(rule.check(draft().reason("BUYER_INQUIRY_REPLY").body(body))).as(body).isEmpty();
    }

    @Test
    void aPostalAddressToWriteToLeavesAmazonExceptAsAReturnAddress() {
        String letters = "If you have questions about the form, write to us at 4410 Ridgeview Road, Austin, TX 78731.";
        assertThat(rule.check(draft().reason("ORDER_ISSUE").body(letters))).isNotEmpty();
        String returns = "Please send it back to us at 4410 Ridgeview Road, Austin, TX 78731 with the label enclosed.";
        assertThat(rule.check(draft().reason("RETURN").body(returns))).isEmpty();
    }
}
