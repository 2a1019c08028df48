package org.inclusionhub.practice.practices;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tsquery a search text becomes ({@code search_query}, migration V7), against the real database. */
@QuarkusTest
class SearchQueryTest {

    @Inject
    EntityManager em;

    private List<String> forms(String q) {
        return Arrays.asList(text(q).split(" \\| "));
    }

    @Test
    void eachFormOfAWordIsAskedForOnce() {
        // as written and its three stemmed forms across the 14 languages: 15 alternatives before V7
        assertThat(forms("refugees")).containsExactlyInAnyOrder("'refugees'", "'refuge'", "'refug'", "'refuges'");
    }

    @Test
    void eachFormOfSeveralWordsIsAskedForOnce() {
        List<String> forms = forms("Sprachkurse für Geflüchtete");
        assertThat(forms).doesNotHaveDuplicates().contains("'sprachkurse' & 'fur' & 'gefluchtete'", "'sprachkurs' & 'fur' & 'geflucht'");
    }

    @Test
    void anExcludedWordIsLeftOutInEveryFormAndTheOtherWordsMatchInEveryForm() {
        assertThat(text("language -refugees")).isEqualTo("( 'language' | 'languag' ) & !( 'refugees' | 'refuge' | 'refug' | 'refuges' )");
        assertThat(text("-refugees")).isEqualTo("!( 'refugees' | 'refuge' | 'refug' | 'refuges' )");
        // a dash inside a word excludes nothing
        assertThat(text("co-operation")).doesNotContain("!");
    }

    @Test
    void anUnclosedQuoteAndADanglingOrAskForWhatTheWordsSay() {
        // -"refugees without its closing quote excluded nothing (the whole catalogue matched)
        assertThat(text("-\"refugees")).isEqualTo(text("-refugees"));
        assertThat(text("language -\"refugees")).isEqualTo(text("language -refugees"));
        // an "or" with nothing on one side was asked for as a word ('refugees' & 'or')
        assertThat(text("refugees or")).isEqualTo(text("refugees"));
        assertThat(text("or refugees")).isEqualTo(text("refugees"));
        assertThat(text("refugees OR language")).contains("|");
    }

    private String text(String q) {
        return (String) em.createNativeQuery("select cast(search_query(:q) as text)").setParameter("q", q).getSingleResult();
    }
}
