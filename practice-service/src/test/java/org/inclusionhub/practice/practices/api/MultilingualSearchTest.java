package org.inclusionhub.practice.practices.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.inclusionhub.commons.testing.ApiClient.asAdmin;
import static org.inclusionhub.practice.PracticeFixtures.createPublished;
import static org.inclusionhub.practice.PracticeFixtures.practice;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Search as people across Europe type: without accents, in either case, a part of a compound, an inflected
 * form, a typo, a translation's title. The practices are in DE, IT, TR, ES, PL, SE and MT, countries no
 * other test uses, so the ranking checks see only their own.
 */
@QuarkusTest
class MultilingualSearchTest {

    private static final String MUNICH = "Sprachkurse für Geflüchtete in München";
    private static final String CASTELLO = "Corsi di italiano per rifugiati a Città di Castello";
    private static final String IGDIR = "Iğdır'da göçmen kadınlar için meslek edindirme kursları";
    private static final String MALAGA = "Acogida de menores migrantes no acompañados en Málaga";
    private static final String LODZ = "Łódzkie centrum wsparcia dla uchodźców z Ukrainy";
    private static final String MALMO = "Språkcafé för nyanlända i Malmö";
    private static final String VIENNA = "Beratungsstellen für Geflüchtete in Wien";
    private static final String BY_TITLE = "Lighthouse mentoring for newcomers";
    private static final String BY_DESCRIPTION = "Harbour mentoring in Valletta";
    private static final String BY_SIMILARITY = "Lyghthouse volunteers of Birżebbuġa";

    private static boolean catalogued;

    @BeforeEach
    void catalogue() {
        if (catalogued) {
            return;
        }
        catalogued = true;
        publish(MUNICH, "DE", "München", "Ehrenamtliche begleiten Neuzugewanderte bei Behördengängen in der Leopoldstraße.",
                Map.of("en", Map.of("title", "Language courses for refugees in Munich")));
        publish(CASTELLO, "IT", "Città di Castello", "Mediatori culturali accompagnano le famiglie richiedenti asilo.", Map.of());
        publish(IGDIR, "TR", "Iğdır", "Diyarbakır ve Iğdır belediyeleri mültecilere iş bulmada destek oluyor.", Map.of());
        publish(MALAGA, "ES", "Málaga", "Educadores sociales orientan a los jóvenes hacia la formación profesional.", Map.of());
        publish(LODZ, "PL", "Łódź", "Doradcy pomagają w nauce języka polskiego i szukaniu pracy.", Map.of());
        publish(MALMO, "SE", "Malmö", "Volontärer och nyanlända träffas varje vecka över en fika.", Map.of(
                "de", Map.of("title", "Sprachcafé für Neuankömmlinge in Malmö",
                        "summary", "Freiwillige und Neuankömmlinge treffen sich wöchentlich."),
                "da", Map.of("title", "Sprogcafé for nytilkomne i Malmø", "summary", "Om sommeren tager vi på tur til Ærø.")));

        Map<String, Object> vienna = practice(VIENNA);
        vienna.put("country", "AT");
        vienna.put("city", "Wien");
        vienna.put("language", "de");
        vienna.put("summary", "Sozialarbeiterinnen beraten in zwölf Sprachen zu Wohnung, Arbeit und Schule.");
        createPublished(vienna);

        publish(BY_TITLE, "MT", "Valletta", "Mentors guide newcomers through their first year.", Map.of());
        Map<String, Object> byDescription = practice(BY_DESCRIPTION);
        byDescription.put("country", "MT");
        byDescription.put("description", "Mentors meet at the old lighthouse every Friday.");
        createPublished(byDescription);
        publish(BY_SIMILARITY, "MT", "Birżebbuġa", "Volunteers welcome newcomers in the fishing village.", Map.of());
    }

    private static void publish(String title, String country, String city, String summary,
            Map<String, Map<String, String>> translations) {
        Map<String, Object> body = practice(title);
        body.put("country", country);
        body.put("city", city);
        body.put("summary", summary);
        body.put("translations", translations);
        createPublished(body);
    }

    @ParameterizedTest(name = "q={0} finds {1}")
    @CsvSource(delimiter = '|', value = {
        // no accents, lower case, upper case
        "munchen|" + MUNICH, "MÜNCHEN|" + MUNICH, "leopoldstrasse|" + MUNICH,
        "citta|" + CASTELLO, "CITTÀ DI CASTELLO|" + CASTELLO,
        "ığdır|" + IGDIR, "IĞDIR|" + IGDIR, "igdir|" + IGDIR, "DİYARBAKIR|" + IGDIR, "diyarbakir|" + IGDIR,
        "malaga|" + MALAGA, "acompanados|" + MALAGA,
        "lodz|" + LODZ, "uchodzcow|" + LODZ, "ŁÓDZKIE|" + LODZ,
        "Malmo|" + MALMO, "sprakcafe|" + MALMO, "malmø|" + MALMO, "aero|" + MALMO,
        // a part of a compound
        "kurse|" + MUNICH, "Sprache|" + MUNICH, "cafe|" + MALMO,
        // another inflection (stemmed in the text's language)
        "Sprachkurs|" + MUNICH, "rifugiato|" + CASTELLO, "mediatore|" + CASTELLO, "menor|" + MALAGA,
        "educador|" + MALAGA,
        // a one-letter typo, a letter left out, two letters swapped (two edits in a long word)
        "volontarar|" + MALMO, "Sprachkurze|" + MUNICH, "acogidda|" + MALAGA, "Volontrer|" + MALMO,
        "langauge|" + MUNICH, "Mlamo|" + MALMO, "Sprachkusre|" + MUNICH,
        // a translation's title and summary
        "Neuankömmlinge|" + MALMO, "neuankommlinge|" + MALMO, "sprogcafe|" + MALMO, "Language courses Munich|" + MUNICH,
    })
    void findsThePracticeTypedAsPeopleType(String q, String title) {
        given().queryParam("q", q).get("/api/v1/practices").then().statusCode(200)
                .body("items.title", hasItem(title));
    }

    @Test
    void aPracticeWrittenInGermanIsStemmedInGerman() {
        given().queryParam("q", "Beratungsstelle").queryParam("country", "AT").get("/api/v1/practices").then().statusCode(200)
                .body("items[0].language", equalTo("de"))
                .body("items[0].snippet.title", equalTo("<mark>Beratungsstellen</mark> für Geflüchtete in Wien"));
        Map<String, Object> unknown = practice("A practice in no known language");
        unknown.put("language", "xx");
        asAdmin().body(unknown).post("/api/v1/practices").then().statusCode(400)
                .body("violations.field", hasItem("language"));
    }

    @Test
    void anUnrelatedQueryFindsNothing() {
        given().queryParam("q", "zeppelinwerft").get("/api/v1/practices").then().statusCode(200)
                .body("total", equalTo(0));
        given().queryParam("q", "quantum chromodynamics").get("/api/v1/practices").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void aTitleMatchOutranksADescriptionMatchWhichOutranksASimilarityMatch() {
        given().queryParam("q", "lighthouse").queryParam("country", "MT").get("/api/v1/practices").then().statusCode(200)
                .body("items.title", contains(BY_TITLE, BY_DESCRIPTION, BY_SIMILARITY));
    }

    @Test
    void aTitleMatchOutranksAPracticeThatRepeatsTheWordElsewhere() {
        publish("Beekeeping circle in Andorra la Vella", "AD", "Andorra la Vella", "Newcomers meet on Saturdays.", Map.of());
        Map<String, Object> repeats = practice("Garden project in Escaldes");
        repeats.put("country", "AD");
        repeats.put("summary", "Beekeeping, beekeeping lessons and beekeeping tools: beekeeping for all newcomers.");
        repeats.put("description", "Beekeeping teaches patience. Beekeeping needs a hive, and beekeeping needs bees.");
        createPublished(repeats);
        given().queryParam("q", "beekeeping").queryParam("country", "AD").get("/api/v1/practices").then().statusCode(200)
                .body("items.title", contains("Beekeeping circle in Andorra la Vella", "Garden project in Escaldes"));
    }

    @Test
    void relevancePagesContinueAcrossTiersWithoutSkippingOrRepeating() {
        publish("Orchard for newcomers", "SM", "San Marino", "Fruit trees shared by neighbours.", Map.of());
        publish("Orchard school of Serravalle", "SM", "Serravalle", "Grafting classes.", Map.of());
        publish("Community garden of Borgo Maggiore", "SM", "Borgo Maggiore", "An orchard and a vegetable plot.", Map.of());
        publish("Schoolorchards network", "SM", "Domagnano", "Pupils and newcomers plant trees.", Map.of());
        publish("Orcherd keepers", "SM", "Faetano", "Volunteers prune fruit trees.", Map.of());
        List<String> all = given().queryParam("q", "orchard").queryParam("country", "SM").get("/api/v1/practices").then()
                .statusCode(200).extract().path("items.title");
        // titles first, then the summary, then a word containing the query, then a typo of it
        assertThat(all.subList(2, 5),
                contains("Community garden of Borgo Maggiore", "Schoolorchards network", "Orcherd keepers"));
        assertThat(all.subList(0, 2),
                containsInAnyOrder("Orchard for newcomers", "Orchard school of Serravalle"));

        List<String> byCursor = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("q", "orchard").queryParam("country", "SM").queryParam("size", 2);
            var page = (cursor == null ? request : request.queryParam("cursor", cursor)).get("/api/v1/practices").then()
                    .statusCode(200).extract().jsonPath();
            byCursor.addAll(page.getList("items.title"));
            cursor = page.getString("next");
        } while (cursor != null && byCursor.size() < 10);
        assertThat(byCursor, equalTo(all));

        List<String> byPage = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            byPage.addAll(given().queryParam("q", "orchard").queryParam("country", "SM").queryParam("size", 2)
                    .queryParam("page", page).get("/api/v1/practices").then().statusCode(200)
                    .body("total", equalTo(5)).extract().<List<String>>path("items.title"));
        }
        assertThat(byPage, equalTo(all));
    }

    @Test
    void aPhraseKeepsItsOrderAndAnExcludedWordExcludesInEveryForm() {
        given().queryParam("q", "\"lighthouse mentoring\"").queryParam("country", "MT").get("/api/v1/practices").then()
                .statusCode(200).body("items.title", contains(BY_TITLE));
        given().queryParam("q", "\"mentoring lighthouse\"").queryParam("country", "MT").get("/api/v1/practices").then()
                .statusCode(200).body("total", equalTo(0));
        given().queryParam("q", "mentoring -harbour").queryParam("country", "MT").get("/api/v1/practices").then()
                .statusCode(200).body("items.title", hasItem(BY_TITLE)).body("items.title", not(hasItem(BY_DESCRIPTION)));
        // in every form: "-harbours" leaves out the practice titled "Harbour ...", and the other words still
        // match (and are marked) in every language
        given().queryParam("q", "mentoring -harbours").queryParam("country", "MT").get("/api/v1/practices").then()
                .statusCode(200).body("items.title", contains(BY_TITLE))
                .body("items[0].snippet.title", equalTo("Lighthouse <mark>mentoring</mark> for newcomers"));
        // "for" is a stop word in English but not in every language: it must not make the phrase looser
        given().queryParam("q", "\"mentoring for newcomers\"").queryParam("country", "MT").get("/api/v1/practices").then()
                .statusCode(200).body("items.title", contains(BY_TITLE));
    }

    @Test
    void aTypoFindsTitlesFirst() {
        given().queryParam("q", "mentorng").queryParam("country", "MT").get("/api/v1/practices").then().statusCode(200)
                .body("items.title[0..1]", containsInAnyOrder(BY_TITLE, BY_DESCRIPTION));
    }

    @Test
    void aWordThatContainsTheQueryOutranksATypoAndAShortWordHasNoLookAlikes() {
        publish("Lantarn volunteers", "GE", "Batumi", "Volunteers welcome newcomers.", Map.of());
        publish("Streetlantern workshop", "GE", "Tbilisi", "Newcomers learn a craft.", Map.of());
        given().queryParam("q", "lantern").queryParam("country", "GE").get("/api/v1/practices").then().statusCode(200)
                .body("items.title", contains("Streetlantern workshop", "Lantarn volunteers"));
        // three letters: neither a part of longer words nor a typo of any ("gui" once found "Mentors guide ...")
        given().queryParam("q", "gui").get("/api/v1/practices").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aTypoFindsAWordThatAChangedTitleBrought() {
        Map<String, Object> body = practice("Welcome desk in Gozo");
        body.put("country", "MT");
        String id = createPublished(body);
        given().queryParam("q", "ferryboatz").get("/api/v1/practices").then().statusCode(200).body("total", equalTo(0));

        body.put("title", "Welcome desk at the Gozo ferryboats");
        String etag = asAdmin().get("/api/v1/practices/" + id).then().statusCode(200).extract().header("ETag");
        asAdmin().header("If-Match", etag).body(body).put("/api/v1/practices/" + id).then().statusCode(200);
        given().queryParam("q", "ferryboatz").get("/api/v1/practices").then().statusCode(200)
                .body("items.title", contains("Welcome desk at the Gozo ferryboats"));
    }

    @Test
    void snippetsMarkTheMatchedWordsAndEscapeTheRest() {
        given().queryParam("q", "Malmo").queryParam("country", "SE").get("/api/v1/practices").then().statusCode(200)
                .body("items[0].snippet.title", equalTo("Språkcafé för nyanlända i <mark>Malmö</mark>"))
                .body("items[0].snippet.language", equalTo(null));
        given().queryParam("q", "kurse").queryParam("country", "DE").get("/api/v1/practices").then().statusCode(200)
                .body("items[0].title", equalTo(MUNICH));
    }

    @Test
    void resultsComeInTheRequestedLanguageWhereATranslationExists() {
        given().queryParam("q", "malmo").queryParam("lang", "de").queryParam("country", "SE").get("/api/v1/practices")
                .then().statusCode(200)
                .body("items[0].title", equalTo(MALMO))
                .body("items[0].snippet.language", equalTo("de"))
                .body("items[0].snippet.title", equalTo("Sprachcafé für Neuankömmlinge in <mark>Malmö</mark>"))
                .body("items[0].snippet.summary", containsString("Neuankömmlinge"));
        // no German translation: the practice's own text, language null
        given().queryParam("lang", "de").queryParam("country", "IT").get("/api/v1/practices").then().statusCode(200)
                .body("items[0].snippet.language", equalTo(null))
                .body("items[0].snippet.title", equalTo(CASTELLO))
                .body("items[0].snippet.summary", equalTo("Mediatori culturali accompagnano le famiglie richiedenti asilo."));
        // facets keep counting with a query
        given().queryParam("q", "malmo").get("/api/v1/practices").then().statusCode(200)
                .body("facets.countries.SE", equalTo(1));
    }

    @Test
    void suggestsPlacesThenTitlesWithAWordStartingWithWhatIsTyped() {
        given().queryParam("q", "mün").get("/api/v1/practices/suggestions").then().statusCode(200)
                .body("items.findAll { it.kind == 'title' }.text", hasItem(MUNICH))
                .body("items.findAll { it.kind == 'place' }.text", hasItem("München"));
        given().queryParam("q", "malm").queryParam("size", 3).get("/api/v1/practices/suggestions").then().statusCode(200)
                .body("items[0].kind", equalTo("place"))
                .body("items[0].text", equalTo("Malmö"))
                .body("items.kind", hasItem("title"))
                .body("items.size()", lessThanOrEqualTo(3));
        given().queryParam("q", "IĞD").get("/api/v1/practices/suggestions").then().statusCode(200)
                .body("items.text", hasItem("Iğdır"));
        given().queryParam("q", "zeppelinw").get("/api/v1/practices/suggestions").then().statusCode(200)
                .body("items", equalTo(List.of()));
        given().queryParam("q", "tur").get("/api/v1/practices/suggestions").then().statusCode(200)
                .body("items.text", not(hasItem(MALMO)));
    }

    @Test
    void badSearchInputIsAProblemNamingTheParameter() {
        given().queryParam("q", "a").get("/api/v1/practices/suggestions").then().statusCode(400)
                .body("violations.field", hasItem("q"));
        given().queryParam("q", "mal").queryParam("size", 50).get("/api/v1/practices/suggestions").then().statusCode(400)
                .body("violations.field", hasItem("size"));
        given().queryParam("lang", "xx").get("/api/v1/practices").then().statusCode(400)
                .body("violations.field", hasItem("lang"));
        given().queryParam("q", "x".repeat(201)).get("/api/v1/practices").then().statusCode(400)
                .body("violations.field", hasItem("q"));
        given().queryParam("q", "50%_off\\").get("/api/v1/practices").then().statusCode(200)
                .body("total", equalTo(0));
    }
}
