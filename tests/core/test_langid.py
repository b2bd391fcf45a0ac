"""reader.core.langid: the numpy-free language identifier gives py3langid's answers."""

from __future__ import annotations

import json
import math
import random
from pathlib import Path

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core import langid

PAGES = Path(__file__).resolve().parent.parent / "data" / "pages"

SENTENCES = [
    "The keepers wrote down the weather four times a day.",
    "Der Stadtrat hat gestern Abend den neuen Haushalt beschlossen.",
    "Le conseil municipal a adopté hier soir le nouveau budget.",
    "El ayuntamiento aprobó anoche el nuevo presupuesto de la ciudad.",
    "Il consiglio comunale ha approvato ieri sera il nuovo bilancio.",
    "A câmara municipal aprovou ontem à noite o novo orçamento.",
    "De gemeenteraad heeft gisteravond de nieuwe begroting goedgekeurd.",
    "Городской совет вчера вечером утвердил новый бюджет.",
    "Міська рада вчора ввечері затвердила новий бюджет.",
    "Rada miasta przyjęła wczoraj wieczorem nowy budżet.",
    "Městská rada včera večer schválila nový rozpočet.",
    "Kommunfullmäktige antog i går kväll den nya budgeten.",
    "Bystyret vedtok i går kveld det nye budsjettet.",
    "Byrådet vedtog i går aftes det nye budget.",
    "Kaupunginvaltuusto hyväksyi eilen illalla uuden talousarvion.",
    "A városi tanács tegnap este elfogadta az új költségvetést.",
    "Belediye meclisi dün akşam yeni bütçeyi onayladı.",
    "Το δημοτικό συμβούλιο ενέκρινε χθες το βράδυ τον νέο προϋπολογισμό.",
    "市议会昨晚批准了新的预算，居民对此反应不一。",
    "市議会は昨夜、新しい予算案を可決しました。",
    "시의회는 어젯밤 새 예산안을 승인했습니다.",
    "مجلس المدينة وافق الليلة الماضية على الميزانية الجديدة.",
    "شورای شهر دیشب بودجه جدید را تصویب کرد.",
    "עיריית העיר אישרה אמש את התקציב החדש.",
    "नगर परिषद ने कल रात नया बजट मंजूर किया।",
    "สภาเมืองอนุมัติงบประมาณใหม่เมื่อคืนนี้",
    "Hội đồng thành phố đã thông qua ngân sách mới vào tối qua.",
    "Dewan kota menyetujui anggaran baru tadi malam.",
    "Halmashauri ya jiji iliidhinisha bajeti mpya jana usiku.",
    "Gradsko vijeće sinoć je usvojilo novi proračun.",
    "Градски савет је синоћ усвојио нови буџет.",
]
ODD = [
    "",
    " ",
    "\n\t",
    "123 456",
    "!!!",
    "a",
    "é",
    "東",
    "🙂🙂🙂",
    "THE QUICK BROWN FOX",
    "https://example.com/a?b=c",
    "\ud800 lone surrogate",
    "x" * 5000,
    "ab" * 400,
    "\x00\x01\x02",
    "Ünïcödé ÇÄÖÜ",
    "e\u0301 combining",
    "<p>tags &amp; entities</p>",
]
DECLARED = {
    page.stem: json.loads(page.with_suffix(".json").read_text())["language"]
    for page in PAGES.glob("*.html")
}


def page_text(name: str) -> str:
    root = lxml.html.fromstring((PAGES / f"{name}.html").read_bytes())
    for bad in root.iter("script", "style"):
        bad.drop_tree()
    return " ".join(root.text_content().split())


def varied_texts() -> list[str | bytes]:
    """A few hundred texts: page chunks of many lengths, sentences, mixes, odd input."""
    rng = random.Random(20261124)
    texts: list[str | bytes] = [*SENTENCES, *ODD]
    for name in sorted(DECLARED):
        text = page_text(name)
        for size in (20, 60, 200, 800, 3000):
            for start in range(0, max(1, len(text) - size), max(size, len(text) // 6)):
                texts.append(text[start : start + size])
        texts.append(text.upper()[:300])
        texts.append(text[:801].encode()[:-1])  # bytes, maybe cut mid-character
    for _ in range(60):
        a, b = rng.sample(SENTENCES, 2)
        texts.append(f"{a} {b[: rng.randrange(len(b))]}")
    return texts


def test_pages_are_identified_as_their_declared_language() -> None:
    for name, lang in DECLARED.items():
        text = page_text(name)[:800]
        assert langid.classify(text)[0] == lang, name
        code, prob = langid.classify(text, normalized=True)
        assert code == lang and 0.5 < prob <= 1.0, (name, code, prob)


def test_sentences_in_common_languages() -> None:
    expected = ["en", "de", "fr", "es", "it", "pt", "nl", "ru"]
    assert [langid.classify(s)[0] for s in SENTENCES[:8]] == expected


@settings(max_examples=60, deadline=None)
@given(st.one_of(st.text(max_size=300), st.binary(max_size=300)))
def test_any_input_gets_a_language_and_never_raises(text: str | bytes) -> None:
    code, score = langid.classify(text)
    assert isinstance(code, str) and code and math.isfinite(score)
    code, prob = langid.classify(text, normalized=True)
    assert isinstance(code, str) and code and 0.0 < prob <= 1.0 + 1e-9


def test_identical_to_py3langid() -> None:
    py3langid = pytest.importorskip(
        "py3langid.langid", reason="py3langid (dev extra) is not installed: nothing to compare"
    )
    raw = py3langid.LanguageIdentifier.from_model_file(py3langid.MODEL_FILE)
    norm = py3langid.LanguageIdentifier.from_model_file(py3langid.MODEL_FILE, norm_probs=True)
    texts = varied_texts()
    assert len(texts) >= 300
    for text in texts:
        code, score = langid.classify(text)
        want_code, want_score = raw.classify(text)
        assert code == want_code, text
        assert math.isclose(score, want_score, rel_tol=1e-4), text
        code, prob = langid.classify(text, normalized=True)
        want_code, want_prob = norm.classify(text)
        assert code == want_code, text
        assert math.isclose(prob, want_prob, abs_tol=1e-4), text


def test_detect_language_is_the_one_guess_the_cleaner_and_the_index_share() -> None:
    text = "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke über den Fluss zu sanieren."
    assert langid.detect_language(text)[0] == "de"  # the cleaner's way: a probability
    assert langid.detect_language(text, 3000, min_chars=1, normalized=False)[0] == "de"
    assert langid.detect_language("Kurz.") == (None, 0.0)  # under 40 characters: no evidence
    assert langid.detect_language("Kurz.", min_chars=1)[0] is not None
    assert langid.detect_language("   ", min_chars=1) == (None, 0.0)
