"""Text becomes features: words, Dutch stems, the stems' character 4-grams, and categories.

Lowercase, accents folded ("beïnvloeden" → "beinvloeden"), Dutch stop words dropped, every word
reduced to its Snowball stem ("prikkels" → "prikkel"). Dutch glues words into compounds
("overprikkeling", "prikkelgevoeligheid"), so each stem also yields its character 4-grams
("^pri", "prik", "rikk", …, "kel$"): compounds that share a part share grams. Title words count
three times, summary words twice. Categories are features too.
"""

import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from html import unescape
from itertools import chain

import snowballstemmer

from ..models import IndexTerm

# The Snowball list for Dutch, plus the everyday words (komen, goed, manier, tijd, …) that say as
# little about a topic in articles written to "je".
STOP_WORDS = frozenset(
    """
    aan al alle alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door
    dus een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand
    iets ik in is ja je kan kon kunnen maar me meer men met mij mijn moet na naar niet niets nog
    nu of om omdat onder ons ook op over reeds te tegen toch toen tot u uit uw van veel voor want
    waren was wat werd wezen wie wil worden wordt zal ze zelf zich zij zijn zo zonder zou
    bent bijvoorbeeld daarbij daardoor daarin daarmee daarna daarom daarvan dezelfde doe doet
    echt echter eerst eigen eigenlijk elk elke elkaar erbij erin ermee erop ervan ervoor even
    gaan gaat gewoon hebt heel hen hierbij hierdoor ieder iedere iedereen jezelf jij jou jouw
    juist jullie kun kunt laat maakt maken mag meestal meteen misschien moeten mogelijk niemand
    onze paar soms staat steeds terwijl tijdens tussen vaak vooral waar waardoor waarbij waarin
    waarom wanneer we weer wel welke wij willen wilt word zeer zitten zit zodat zoals zowel
    alleen beetje binnen blijft blijven daaraan denk denkt ding dingen eerste ene enkele eraan
    erna erover eruit gebeurde gebeuren gebeurt geeft genoeg geven goed groot grote hele
    helemaal hierover hoort horen houden houdt ineens keer klein kleine komen komt krijg krijgt
    laatste lang lange lijken lijkt manier meest mens mensen mezelf minder naast neemt nemen
    nieuw nieuwe ofwel opnieuw sommige staan tijd vast vinden vindt voelt waarmee waarna weet
    weinig werden weten zeg zeggen zegt zichzelf zien ziet zult
    """.split()
)
FIELD_WEIGHTS = (3, 2, 1)  # title, summary, body
GRAM_SIZE = 4
GRAM_PREFIX = "~"
CATEGORY_PREFIX = "#"

_COMBINING_MARKS = re.compile(r"[\u0300-\u036f]")
_WORD = re.compile(r"[^\W_]+")
_TAG = re.compile(r"<[^>]*>")
_stemmer = snowballstemmer.stemmer("dutch")
_stemmer_lock = threading.Lock()  # a Snowball stemmer keeps state while it works


def fold(text: str) -> str:
    return _COMBINING_MARKS.sub("", unicodedata.normalize("NFKD", text.lower()))


def words(text: str) -> list[str]:
    return [
        word
        for word in _WORD.findall(fold(text))
        if len(word) > 1 and word not in STOP_WORDS and not word.isdigit()
    ]


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    with _stemmer_lock:
        return _stemmer.stemWord(word)


def stem_grams(stem: str) -> tuple[str, ...]:
    """Character 4-grams of a stem, with its start and end marked: "prikkel" → "^pri" … "kel$"."""
    if len(stem) < GRAM_SIZE:
        return ()
    marked = f"^{stem}$"
    return tuple(GRAM_PREFIX + marked[i : i + GRAM_SIZE] for i in range(len(marked) - GRAM_SIZE + 1))


grams = lru_cache(maxsize=20_000)(stem_grams)  # a rebuild calls stem_grams: it meets every stem once


def category_term(category_id: int) -> str:
    return f"{CATEGORY_PREFIX}{category_id}"


def term_kind(text: str) -> int:
    if text.startswith(GRAM_PREFIX):
        return IndexTerm.Kind.GRAM
    if text.startswith(CATEGORY_PREFIX):
        return IndexTerm.Kind.CATEGORY
    return IndexTerm.Kind.STEM


def plain_text(html: str) -> str:
    return unescape(_TAG.sub(" ", html))


def stem_counts(title: str, summary: str, body_html: str) -> Counter:
    """Stems of an article, each counted with the weight of the field it appears in."""
    counts = Counter()
    for weight, text in zip(FIELD_WEIGHTS, (title, summary, plain_text(body_html)), strict=True):
        for word, count in Counter(words(text)).items():
            counts[stem(word)] += weight * count
    return counts


def features(stems: Counter, category_ids: Iterable[int]) -> Counter:
    """All features of an article with their term frequency: stems, their grams, categories."""
    counts = Counter(stems)
    counts.update(chain.from_iterable(grams(text) * count for text, count in stems.items()))
    for category_id in category_ids:
        counts[category_term(category_id)] = 1
    return counts


def surface_words(title: str, summary: str, body_html: str) -> dict[str, str]:
    """Each stem of a text with the word it is written as most often (ties: the shorter), accents
    and all: "veil" → "veilig", "beinvloed" → "beïnvloeden"."""
    counts = Counter()
    for text in (title, summary, plain_text(body_html)):
        for token in _WORD.findall(text.lower()):
            folded = fold(token)
            if len(folded) > 1 and folded not in STOP_WORDS and not folded.isdigit():
                counts[token] += 1
    best = {}
    for word, count in counts.items():
        key = stem(fold(word))
        if key not in best or (count, -len(word), word) > best[key][1]:
            best[key] = (word, (count, -len(word), word))
    return {key: word for key, (word, _) in best.items()}


def readable_reasons(reasons: str, words_of: dict[str, str]) -> str:
    """Stored reasons name stems; show an editor the words the article itself uses for them.

    A stem the article does not contain (any more) is left out, and so are parts of words
    ("…prik…", stored when two articles share no whole word): neither is a word both contain.
    """
    terms, _separator, category = reasons.partition(" · ")
    shown = []
    for term in terms.split(", "):
        word = words_of.get(term)
        if word and word not in shown:
            shown.append(word)
    return " · ".join(part for part in (", ".join(shown), category) if part)


def feature_texts(stems: Iterable[str], category_ids: Iterable[int]) -> set[str]:
    stems = list(stems)
    return {*stems, *chain.from_iterable(map(grams, stems)), *map(category_term, category_ids)}
