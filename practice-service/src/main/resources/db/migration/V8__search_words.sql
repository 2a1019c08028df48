-- Similarity matching through a word list instead of over every matching row.
--
-- Until now a typo or a compound part matched by trigram word similarity against each practice's short texts
-- (search_text %> query): PostgreSQL rechecked and ranked every candidate row, 1.8 s at 100 000 practices
-- for a typo of a common word (infra/bench, search suite), and a short word looked like many others (belm:
-- belfast, belgium). Now the words of the catalogue that contain each query word, or lie within a few edits
-- of it, are looked up in search_word (folded words of titles, summaries, places and translated titles, as
-- search_text holds them), and the query asks for them by full text, through the same index as every other
-- query. This is the word list the pg_trgm documentation suggests for spelling suggestions.
--
-- fuzzystrmatch (levenshtein) is created like unaccent and pg_trgm (V3): by whoever may create extensions,
-- never by this unprivileged role.
do $$
begin
    if not exists (select from pg_extension where extname = 'fuzzystrmatch') then
        raise exception 'practice search needs the PostgreSQL extension fuzzystrmatch in database "%"', current_database()
            using hint = 'as a superuser: psql -d ' || current_database()
                || ' -c "CREATE EXTENSION IF NOT EXISTS fuzzystrmatch" (infra/postgres.sh does it)';
    end if;
end $$;

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

-- Whether a listed word is a typo of a typed one (both folded): within one edit (a letter added, left out or
-- changed) of a word of 4 to 7 letters, two of a longer one, as search engines commonly allow; two letters
-- swapped count as one edit (helath: health). Words of three letters or fewer are never typos: too many
-- words lie one edit from them.
create function search_typo_of(listed text, typed text) returns boolean
    language sql immutable parallel safe strict
    set search_path from current
    return char_length(typed) >= 4
        and abs(char_length(listed) - char_length(typed)) <= case when char_length(typed) >= 8 then 2 else 1 end
        and (levenshtein_less_equal(typed, listed, 2) <= case when char_length(typed) >= 8 then 2 else 1 end
            or (char_length(listed) = char_length(typed) and levenshtein_less_equal(typed, listed, 2) = 2
                and array(select unnest(string_to_array(listed, null)) order by 1)
                    = array(select unnest(string_to_array(typed, null)) order by 1)));

-- The queries for similarity matching, in one pass over the words of q: every word in its written and stemmed
-- forms (search_forms), or as one of the catalogue's words that contain it or a stem of it at most one letter
-- shorter (a compound part of four letters or more: kurse in Sprachkurse; Sprache, stemmed sprach, in
-- Sprachkurse, where German drops the linking e): parts; and the same or as one of the words it is a typo of
-- (search_typo_of): parts_and_typos. All words required in both. At most 30 words of each kind per query word:
-- containing words shortest first, typos closest first. Candidates for a typo are the words that share
-- trigrams with it (pg_trgm's % at similarity 0.2) or start with the same letter, so that the edit distance is
-- computed for few words. Both null when q has no word.
create function search_similar(q text, out parts tsquery, out parts_and_typos tsquery)
    language plpgsql stable parallel safe strict
    set search_path from current
    set pg_trgm.similarity_threshold = 0.2
as $$
declare
    typed text;
    forms tsquery;
    part text;
    listed text;
    with_parts tsquery;
    with_typos tsquery;
begin
    for typed in select distinct w from regexp_split_to_table(search_fold(q), '[^[:alnum:]]+') w where w <> '' loop
        forms := search_forms(typed);
        with_parts := forms;
        for part in select distinct m[1] from regexp_matches(cast(forms as text), '''([^'']+)''', 'g') m
                where char_length(m[1]) >= greatest(4, char_length(typed) - 1) loop
            for listed in select found.word from (select distinct s.word from search_word s
                    where s.word like '%' || part || '%' and s.word <> part) found
                    order by char_length(found.word), found.word limit 30 loop
                with_parts := with_parts || plainto_tsquery('search_simple', listed);
            end loop;
        end loop;
        with_typos := with_parts;
        if char_length(typed) >= 4 then
            for listed in select found.word from (select distinct s.word from search_word s
                    where (s.word % typed or (s.word >= left(typed, 1) and s.word < left(typed, 1) || chr(1114111)))
                    and search_typo_of(s.word, typed)) found
                    order by levenshtein(typed, found.word), found.word limit 30 loop
                with_typos := with_typos || plainto_tsquery('search_simple', listed);
            end loop;
        end if;
        parts := case when parts is null then with_parts else parts && with_parts end;
        parts_and_typos := case when parts_and_typos is null then with_typos else parts_and_typos && with_typos end;
    end loop;
end $$;
