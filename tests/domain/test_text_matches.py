"""The viewer marks a search's words where the index found them: accents and case folded."""

from __future__ import annotations

from casebook.domain.text_matches import match_spans


def _marked(text: str, *terms: str, prefix: bool = True) -> list[str]:
    return [text[a:b] for a, b in match_spans(text, terms, last_is_prefix=prefix)]


def test_an_unaccented_query_marks_the_accented_name():
    text = "Declaración de Ana PÉREZ y de su hija Lucía Pérez."
    assert _marked(text, "perez") == ["PÉREZ", "Pérez"]
    assert match_spans(text, ["perez"])[0] == (text.index("PÉREZ"), text.index("PÉREZ") + 5)


def test_decomposed_accents_keep_their_places():
    text = "Sra. Pe\u0301rez, 3 pages"  # é written as e + combining acute
    assert _marked(text, "perez") == ["Pe\u0301rez"]


def test_only_the_last_word_is_a_prefix_and_whole_words_are_marked():
    text = "maria lopez and marianne lopezgarcia"
    assert _marked(text, "maria", "lop") == ["maria", "lopez", "lopezgarcia"]
    assert _marked(text, "lop", "maria") == ["maria", "marianne"]  # 'lop' must be whole
    assert _marked(text, "lop", prefix=False) == []


def test_a_phrase_is_marked_as_one_run_of_its_words():
    text = "sent by e-mail to the court; the e mail bounced"
    assert _marked(text, "e mail") == ["e-mail", "e mail"]
    assert _marked(text, "mail court") == []


def test_an_a_number_is_marked_however_it_is_written():
    text = "A-123-456-789, A123456789, 123 456 789 and 987-654-321"
    assert _marked(text, "123456789") == ["A-123-456-789", "A123456789", "123 456 789"]


def test_overlapping_places_merge_and_nothing_found_is_empty():
    assert match_spans("Varick Street", ["varick", "varick street"]) == [(0, 13)]
    assert match_spans("Varick Street", ["zebra"]) == []
    assert match_spans("", ["x"]) == []
    assert match_spans("text", []) == []
