"""figcheck's Python API on good and bad input: plain dicts with code point
offsets, exceptions with messages, never a crash."""

import json
import subprocess
import os

import pytest

import figcheck

PT = "A avaliação da empresa chegou a 2 trilhões de dólares."
EN = "The firm paid $140 million for the plant."
PT_SLIP = "A empresa pagou 140 bilhões de dólares pela usina."
PT_OK = "A empresa pagou 140 milhões de dólares pela usina."


def test_extract_plain_dicts_with_code_point_offsets():
    (c,) = figcheck.extract(PT, lang="pt")
    assert type(c) is dict
    assert c["text"] == "2 trilhões de dólares"
    assert (c["low"], c["high"], c["unit"], c["qualifier"], c["lang"]) == (2e12, 2e12, "USD", "exact", "pt")
    # 'ç' and 'ã' before the figure are one code point each (two bytes in UTF-8).
    assert c["start"] == 32 and PT[c["start"]:c["end"]] == c["text"]


@pytest.mark.parametrize("text,lang", [
    ("估值达到2000亿美元，员工超过1万人。", "zh"),
    ("بلغت قيمتها ٢٠٠ مليار دولار.", "ar"),
    ("Стоимость достигла 200 млрд долларов.", "ru"),
    ("😀 Emoji first: the deal was worth $3.5 billion 🎉 and 200 MW.", "en"),
    ("Valeur : 200 milliards de dollars, soit 3 200 salariés.", "fr"),
])
def test_offsets_slice_the_text_in_every_script(text, lang):
    claims = figcheck.extract(text, lang)
    assert claims, text
    for c in claims:
        assert text[c["start"]:c["end"]] == c["text"]


def test_detected_language_and_quotes():
    (c,) = figcheck.extract(PT)
    assert c["lang"] == "pt"
    (c,) = figcheck.extract(PT, quotes=True)
    assert c["quote"] == PT
    assert figcheck.detect(PT) == "pt"


def test_check_same_story_conflict_and_agreement():
    (f,) = figcheck.check(PT_SLIP, [], same_story=[EN])
    assert f["verdict"] == "conflict"
    assert f["text"] == "140 bilhões de dólares" and PT_SLIP[f["start"]:f["end"]] == f["text"]
    assert f["file"] == "page"
    (o,) = f["others"]
    assert (o["file"], o["text"], o["ratio"], o["verdict"]) == ("same story 1", "$140 million", 1000.0, "conflict")
    assert EN[o["start"]:o["end"]] == o["text"]
    (f,) = figcheck.check(PT_OK, same_story=EN)
    assert f["verdict"] == "agree"
    assert f["upheld"] is False


def test_check_upheld_when_most_versions_agree():
    # Two versions state the page's 140 million, one slipped to 140 billion:
    # the conflict stands (verdict), upheld by 2 reports against 1.
    fr = "L'entreprise a payé 140 millions de dollars pour l'usine."
    (f,) = figcheck.check(PT_OK, same_story=[EN, PT_SLIP, fr])
    assert (f["verdict"], f["upheld"]) == ("conflict", True)
    assert f["explanation"].startswith("2 of the 3 reports that state it agree with it")
    (f,) = figcheck.check(PT_OK, same_story=[EN, PT_SLIP])
    assert (f["verdict"], f["upheld"]) == ("conflict", False)


def test_check_reports_as_dicts_name_and_offsets_into_their_text():
    fr = "La valorisation de xAI a atteint 200 milliards de dollars."
    (f,) = figcheck.check("A avaliação da xAI chegou a 2 trilhões de dólares.", [{"name": "le-monde", "text": fr, "lang": "fr"}])
    (o,) = f["others"]
    assert (o["file"], o["text"], o["ratio"]) == ("le-monde", "200 milliards de dollars", 10.0)
    assert fr[o["start"]:o["end"]] == o["text"]


def test_check_self_check_offsets_into_the_page():
    page = "A avaliação da xAI chegou a 2 trilhões de dólares. Depois, a avaliação da xAI foi de 200 bilhões de dólares."
    fs = figcheck.check(page, [])
    assert [f["verdict"] for f in fs] == ["conflict", "conflict"]
    for f in fs:
        assert page[f["start"]:f["end"]] == f["text"]
        for o in f["others"]:
            assert o["file"] == "page" and page[o["start"]:o["end"]] == o["text"]


def test_pairs_yield_one_result_per_pair():
    items = [
        {"id": "a", "source": EN, "target": PT_SLIP},
        (EN, PT_OK),
        ("c", "It cost 36 million euros.", "Custou 63 milhões de euros."),
        {"source": "Nothing here.", "target": "Nada aqui.", "source_lang": "en", "target_lang": "pt"},
    ]
    rs = list(figcheck.pairs(iter(items)))
    assert [r["id"] for r in rs] == ["a", 1, "c", 3]
    (f,) = rs[0]["findings"]
    assert f["verdict"] == "conflict" and PT_SLIP[f["start"]:f["end"]] == "140 bilhões de dólares"
    assert f["others"][0]["file"] == "source" and EN[f["others"][0]["start"]:f["others"][0]["end"]] == "$140 million"
    assert f["slips"] == [{"other": 0, "kind": "magnitude_word", "power": 3, "note": "'million' became 'bilhões' (×10^3)"}]
    assert rs[1]["findings"][0]["verdict"] == "agree" and rs[1]["findings"][0]["slips"] == []
    assert rs[2]["findings"][0]["slips"][0]["kind"] == "swapped_digits"
    assert (rs[3]["source_figures"], rs[3]["target_figures"], rs[3]["findings"]) == (0, 0, [])


def test_pairs_is_lazy():
    def gen():
        yield (EN, PT_OK)
        raise AssertionError("read past the first pair")
    it = figcheck.pairs(gen())
    assert next(it)["findings"][0]["verdict"] == "agree"


def test_pairs_equal_the_cli(tmp_path):
    """The binding and `figcheck pairs --json` give the same results (offsets aside: bytes there, code points here)."""
    items = [{"id": i, "source": s, "target": t} for i, (s, t) in enumerate([(EN, PT_SLIP), (EN, PT_OK), ("It cost 14 million euros.", "Custou 140 milhões de euros.")])]
    f = tmp_path / "p.jsonl"
    f.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in items), encoding="utf-8")
    cli = os.environ.get("FIGCHECK_CLI", os.path.join(os.path.dirname(__file__), "..", "..", "target", "release", "figcheck"))
    out = subprocess.run([cli, "pairs", "--json", str(f)], capture_output=True, check=True, text=True).stdout
    rows = [json.loads(l) for l in out.splitlines()][:-1]
    py = list(figcheck.pairs(items))
    strip = lambda v: {k: strip(x) for k, x in v.items() if k not in ("start", "end", "line")} if isinstance(v, dict) else [strip(x) for x in v] if isinstance(v, list) else v
    assert strip(py) == strip(rows)


# Bad input: a clear exception, or a correct result, never a crash.

def test_bad_language_is_value_error():
    with pytest.raises(ValueError, match="unknown language 'klingon'"):
        figcheck.extract(PT, lang="klingon")
    with pytest.raises(ValueError, match="unknown language 'xx' for report 'r'"):
        figcheck.check(PT, [{"name": "r", "text": EN, "lang": "xx"}])
    with pytest.raises(ValueError, match=r"unknown language 'zz' for target_lang .*\(pair 0\)"):
        list(figcheck.pairs([{"source": EN, "target": PT, "target_lang": "zz"}]))


def test_wrong_types_are_type_errors():
    with pytest.raises(TypeError, match="text must be a str, not bytes"):
        figcheck.extract(b"2 billion")
    with pytest.raises(TypeError, match="lang must be a language code"):
        figcheck.extract(PT, lang=5)
    with pytest.raises(TypeError, match="report 1 must be a str or a dict"):
        figcheck.check(PT, [42])
    with pytest.raises(TypeError, match="report 1 is a dict without 'text'"):
        figcheck.check(PT, [{"name": "x"}])
    with pytest.raises(TypeError, match="pair 1 has no 'target'"):
        list(figcheck.pairs([(EN, PT), {"source": EN}]))
    with pytest.raises(TypeError, match="pair 0 must be a dict"):
        list(figcheck.pairs([42]))
    with pytest.raises(TypeError):
        figcheck._figcheck.extract(None)


def test_duplicate_report_names_are_value_errors():
    with pytest.raises(ValueError, match="two texts named 'x'"):
        figcheck.check(PT, [{"name": "x", "text": EN}, {"name": "x", "text": PT}])
    with pytest.raises(ValueError, match="two texts named 'page'"):
        figcheck.check(PT, [{"name": "page", "text": EN}])


def test_binary_ish_strings():
    # NUL bytes, control characters, bytes decoded as Latin-1, private-use and non-characters.
    junk = "".join(chr(i) for i in range(0, 0x250)) + "\x00\x00 2 billion \ufffe\uffff\U0010ffff" + bytes(range(256)).decode("latin-1")
    for text in [junk, "\x00" * 1000, "\x00 the plant draws 150 MW \x00", "\ud7ff\ue000" * 100]:
        for c in figcheck.extract(text):
            assert text[c["start"]:c["end"]] == c["text"]
        figcheck.check(text, [text, {"text": junk}])
        list(figcheck.pairs([(text, junk)]))
    (c,) = figcheck.extract("\x00 the plant draws 150 MW \x00", "en")
    assert c["text"] == "150 MW" and c["low"] == 1.5e8


def test_lone_surrogates_cannot_cross():
    # A str may hold a lone surrogate (from surrogateescape); it is no text: an exception, not a crash.
    bad = b"valor de 2 bilh\xf5es".decode("utf-8", "surrogateescape")
    with pytest.raises(UnicodeEncodeError):
        figcheck.extract(bad)


def test_ten_megabyte_string():
    unit = "o parque gera 2,5 gigawatts e "
    text = unit * (10_000_000 // len(unit))
    claims = figcheck.extract(text, "pt")
    assert len(claims) == text.count("2,5 gigawatts")
    last = claims[-1]
    assert text[last["start"]:last["end"]] == "2,5 gigawatts"
    # A 10 MB pair: its one figure a side found and aligned, offsets past the 10 MB of filler.
    filler = "Nada a declarar, ção. " * (10_000_000 // 24)
    source, target = "Nothing to report. " * 500_000 + EN, filler + PT_SLIP
    (r,) = figcheck.pairs([(source, target)], source_lang="en", target_lang="pt")
    (f,) = r["findings"]
    assert target[f["start"]:f["end"]] == "140 bilhões de dólares"
    assert source[f["others"][0]["start"]:f["others"][0]["end"]] == "$140 million"
    assert f["slips"][0]["kind"] == "magnitude_word"


def test_version():
    from importlib.metadata import version
    assert figcheck.__version__ == version("figcheck")


def test_pair_columns_flatten_pairs_in_bulk():
    pa = pytest.importorskip("pyarrow")
    cols = figcheck.pair_columns(
        ["a", None, "c", "d", "e", "f"],
        [EN, EN, None, EN, EN, "x"],
        [PT_SLIP, PT_OK, PT, b"\xff", PT, "y"],
        [None, "en", None, None, "xx", None],
        ["pt", "", None, None, None, None],
        [False, False, False, False, False, True])
    assert all(isinstance(c, pa.Array) for c in cols.values())
    assert pa.types.is_int32(cols["power"].type) and pa.types.is_int64(cols["start"].type)
    rows = pa.RecordBatch.from_arrays(list(cols.values()), names=list(cols)).to_pylist()
    a, b, c, d, e, f = rows
    assert (a["id"], a["kind"], a["verdict"], a["slip_kind"], a["power"], a["ratio"]) == ("a", "aligned", "conflict", "magnitude_word", 3, 1000.0)
    assert PT_SLIP[a["start"]:a["end"]] == a["text"] == "140 bilhões de dólares" and (a["unit"], a["lang"], a["low"]) == ("USD", "pt", 1.4e11)
    assert EN[a["other_start"]:a["other_end"]] == a["other_text"] == "$140 million" and a["other_lang"] == "en"
    assert (b["id"], b["verdict"], b["slip_kind"], b["power"]) == (None, "agree", None, None)
    # The same rows as pairs() gives, flattened.
    (r,) = figcheck.pairs([(EN, PT_SLIP)], target_lang="pt")
    assert a["explanation"] == r["findings"][0]["others"][0]["explanation"]
    assert [(x["id"], x["kind"], x["explanation"]) for x in (c, d, f)] == [
        ("c", "error", "figcheck: no source"), ("d", "error", "figcheck: target is not UTF-8 text"),
        ("f", "error", "figcheck: unreadable input row (not a JSON object)")]
    assert e["kind"] == "error" and "unknown language 'xx' for source_lang" in e["explanation"]
    with pytest.raises(ValueError, match="differ in length"):
        figcheck.pair_columns(["a"], [EN, EN], [PT])
