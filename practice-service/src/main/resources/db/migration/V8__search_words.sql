-- Similarity matching through a word list instead of over every matching row.
--
-- Until now a typo or a compound part matched by trigram word similarity against each practice's short texts
-- (search_text %> query): PostgreSQL rechecked and ranked every candidate row, 1.8 s at 100 000 practices
-- for a typo of a common word (infra/bench, search suite). Now the few words of the catalogue that look like
-- each query word are looked up in search_word (folded words of titles, summaries, places and translated
-- titles, as search_text holds them), and the query asks for them by full text, through the same index as
-- every other query. This is the word list the pg_trgm documentation suggests for spelling suggestions.

-- Nothing matches over search_text any more; it stays as the source of the words.
drop index practice_search_text;

-- No unique key on purpose: a writer adds only the words it does not find, without waiting for another
-- writer's uncommitted ones, so concurrent imports never lock each other (nor deadlock) over a new word. Two
-- writers adding the same new word at once store it twice, which readers do not see (they ask for distinct
-- words).
create table search_word (
    word text not null
);
create index search_word_words on search_word (word);
create index search_word_trigrams on search_word using gin (word gin_trgm_ops);

-- The words of a folded text that similarity may offer: three letters or more (shorter ones have too few
-- trigrams to be told apart).
create function search_words(folded text) returns setof text
    language sql immutable parallel safe strict
    as $$ select w from regexp_split_to_table(folded, '[^[:alnum:]]+') w where char_length(w) >= 3 $$;

-- Adds the words of the inserted or changed practices that the list lacks, once per statement. Words stay
-- when a practice goes: a word no practice holds matches nothing.
create function search_words_changed() returns trigger language plpgsql as $$
begin
    insert into search_word (word)
    select distinct w from changed_rows, search_words(changed_rows.search_text) w
    where not exists (select from search_word s where s.word = w);
    return null;
end $$;

create trigger search_word_inserted after insert on practice referencing new table as changed_rows
    for each statement execute function search_words_changed();
create trigger search_word_updated after update on practice referencing new table as changed_rows
    for each statement execute function search_words_changed();

insert into search_word (word)
select distinct w from practice, search_words(practice.search_text) w;

-- The query for similarity matching: every word of q in its written and stemmed forms (search_forms) or as one
-- of the catalogue's words that look like it, all words required. "Looks like": trigram word similarity of
-- 0.6 or more (pg_trgm.word_similarity_threshold's default, F.35 pg_trgm), a one-letter typo of a word of
-- six letters or more; or, for a word of four letters or more, a part of it (a compound: kurse, Sprachkurse).
-- At most 30 look-alikes per word, the most similar first. Null when q has no word.
create function search_similar(q text) returns tsquery
    language plpgsql stable parallel safe strict
    set search_path from current
as $$
declare
    typed text;
    alike text;
    alternatives tsquery;
    combined tsquery;
begin
    for typed in select distinct w from regexp_split_to_table(search_fold(q), '[^[:alnum:]]+') w where w <> '' loop
        alternatives := search_forms(typed);
        if char_length(typed) >= 3 then
            for alike in select listed.word from (select distinct s.word from search_word s
                    where typed <% s.word or (char_length(typed) >= 4 and s.word like '%' || typed || '%')) listed
                    order by word_similarity(typed, listed.word) desc, listed.word limit 30 loop
                alternatives := alternatives || plainto_tsquery('search_simple', alike);
            end loop;
        end if;
        combined := case when combined is null then alternatives else combined && alternatives end;
    end loop;
    return combined;
end $$;
