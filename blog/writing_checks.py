"""Writing advice for an article's Markdown: length, Dutch readability, structure, images, links, jargon.

The one place these rules live. The admin's live panel asks for them through a guarded endpoint
(blog/editor.py) and shows them again after a save; nothing here ever blocks a save.
"""

import math
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .markdown import DECORATIVE_ALT, markdown_html

WORDS_PER_MINUTE = 200
LONG_SENTENCE_WORDS = 15  # B1 writing guides: sentences of at most 15 words on average
LONGEST_SENTENCES_SHOWN = 3
LONG_PARAGRAPH_WORDS = 80
B1_SCORE = 60  # Flesch–Douma from about 60 reads at B1 or easier

WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
VOWELS = set("aeiouyáàâéèêíìîóòôúùûý")
DIAERESIS = set("äëïöü")  # "geëerd", "ruïne": the mark starts a new syllable
# A full stop after one of these does not end the sentence.
ABBREVIATIONS = {
    "a.s", "bijv", "blz", "bv", "ca", "d.w.z", "dhr", "dr", "drs", "e.d", "enz", "etc", "evt",
    "excl", "i.p.v", "incl", "ir", "jl", "m.a.w", "mevr", "mr", "nr", "o.a", "resp", "t.o.v",
    "vs", "z.s.m", "zgn",
}  # fmt: skip
SENTENCE_END = re.compile(r"(?<=[.!?…])([\"”’)]*)\s+")
VAGUE_LINK_TEXTS = {
    "hier", "klik", "klik hier", "klik dan hier", "lees meer", "lees verder", "meer", "meer info",
    "meer informatie", "link", "deze link", "deze pagina", "pagina", "website", "bekijk", "ga verder",
    "verder", "download", "zie hier",
}  # fmt: skip
BARE_ADDRESS = re.compile(r"^(https?://|www\.|mailto:)", re.IGNORECASE)
FILE_NAME = re.compile(r"^\S+\.(jpe?g|png|webp|gif)$|^(img|dsc|image)[_-]?\d+$", re.IGNORECASE)
BLOCKS = {"p", "li", "td", "th", "figcaption", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6"}
PROSE = {"p", "li", "td", "th", "figcaption", "blockquote"}


def count_words(html: str) -> int:
    """Words a visitor reads in rendered HTML: the basis of the reading time."""
    return len(strip_tags(html).split())


def reading_minutes(words: int) -> int:
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


def words_in(text: str) -> list[str]:
    return WORD.findall(text)


def dutch_syllables(word: str) -> int:
    """Syllables counted as groups of vowels: "aa", "oe", "ui", "eeuw" are one; "ij" is a vowel;
    a diaeresis starts a new group ("ideeën": i-dee-ën)."""
    count = 0
    in_vowels = False
    for letter in word.lower().replace("ij", "y"):
        if letter in DIAERESIS:
            count += 1
            in_vowels = True
        elif letter in VOWELS:
            count += not in_vowels
            in_vowels = True
        else:
            in_vowels = False
    return max(1, count)


def split_sentences(text: str) -> list[str]:
    """The sentences of one block of text; a block always ends a sentence."""
    sentences = []
    start = 0
    for boundary in SENTENCE_END.finditer(text):
        end = boundary.start() + len(boundary.group(1))  # a closing quote belongs to the sentence
        before = text[start : boundary.start()].split()
        last_word = before[-1].lower().rstrip(".") if before else ""
        if last_word in ABBREVIATIONS or re.fullmatch(r"[^\W\d_]", last_word):
            continue  # "bijv. een" or an initial ("J. de Vries")
        sentences.append(text[start:end])
        start = boundary.end()
    sentences.append(text[start:])
    return [sentence.strip() for sentence in sentences if words_in(sentence)]


def flesch_douma(words: int, sentences: int, syllables: int) -> float:
    """Douma's (1960) Dutch version of the Flesch Reading Ease: 0 (very hard) to about 100 (very easy)."""
    return 206.835 - 0.93 * (words / sentences) - 77 * (syllables / words)


@dataclass(frozen=True)
class Readability:
    score: float
    words: int
    sentences: int
    syllables: int

    @property
    def words_per_sentence(self) -> float:
        return self.words / self.sentences

    @property
    def at_b1(self) -> bool:
        return self.score >= B1_SCORE

    @property
    def verdict(self) -> str:
        if self.score >= 70:
            return _("Makkelijk te lezen: eenvoudiger dan B1.")
        if self.score >= B1_SCORE:
            return _("Ongeveer B1: goed te lezen voor de meeste volwassenen.")
        if self.score >= 50:
            return _("Iets moeilijker dan B1. Maak lange zinnen korter en kies gewone, korte woorden.")
        return _(
            "Moeilijk: ver boven B1. Veel lezers haken af. Maak zinnen korter, splits ze en kies gewone, "
            "korte woorden."
        )


@dataclass(frozen=True)
class Finding:
    kind: str  # heading, paragraph, image, link, jargon
    message: str


@dataclass(frozen=True)
class Sentence:
    text: str
    words: int


@dataclass
class Report:
    words: int = 0
    reading_minutes: int = 1
    readability: Readability | None = None
    longest_sentences: list[Sentence] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    def summary(self) -> str:
        """One sentence for the message after a save."""
        if self.readability is None:
            level = _("nog geen tekst om te meten")
        elif self.readability.at_b1:
            level = _("leesbaarheid %(score).0f, B1 of eenvoudiger") % {"score": self.readability.score}
        else:
            level = _("leesbaarheid %(score).0f, moeilijker dan B1") % {"score": self.readability.score}
        if self.findings:
            points = ngettext(
                "%(count)d punt om naar te kijken", "%(count)d punten om naar te kijken", len(self.findings)
            ) % {"count": len(self.findings)}
        else:
            points = _("geen punten om naar te kijken")
        return _("Schrijfadvies: %(level)s; %(points)s. Je ziet alles onder de tekst van het artikel.") % {
            "level": level,
            "points": points,
        }


class _Reader(HTMLParser):
    """Collects the blocks of text, headings, images and links of Markdown's HTML."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks = []  # (tag, text)
        self.images = []  # (src, alt or None)
        self.links = []  # (href, text)
        self._open = []
        self._text = []
        self._link = None
        self._skip = 0  # inside <pre>, <script> or <style>: not prose

    def _flush(self):
        text = " ".join("".join(self._text).split())
        if text and self._open:
            self.blocks.append((self._open[-1], text))
        self._text = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag in ("pre", "script", "style"):
            self._skip += 1
        elif tag in BLOCKS:
            self._flush()
            self._open.append(tag)
        elif tag == "img":
            self.images.append((attributes.get("src") or "", attributes.get("alt")))
        elif tag == "a":
            self._link = [attributes.get("href") or "", []]
        elif tag == "br":
            self._text.append(" ")

    def handle_endtag(self, tag):
        if tag in ("pre", "script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in BLOCKS:
            self._flush()
            if tag in self._open:
                del self._open[len(self._open) - 1 - self._open[::-1].index(tag) :]
        elif tag == "a" and self._link:
            self.links.append((self._link[0], " ".join("".join(self._link[1]).split())))
            self._link = None

    def handle_data(self, data):
        if self._skip:
            return
        self._text.append(data)
        if self._link:
            self._link[1].append(data)

    def close(self):
        super().close()
        self._flush()

    def headings_in_order(self):
        return [(int(tag[1]), text) for tag, text in self.blocks if tag[0] == "h" and tag[1:].isdigit()]


def check_text(markdown_text: str, *, jargon: dict[str, str] | None = None) -> Report:
    """Every check on an article's Markdown. `jargon` maps a term to its plainer alternative."""
    html = markdown_html(markdown_text)
    reader = _Reader()
    reader.feed(html)
    reader.close()
    report = Report()
    visible_text = " ".join(text for _tag, text in reader.blocks)
    report.words = count_words(html)
    report.reading_minutes = reading_minutes(report.words)
    prose = [text for tag, text in reader.blocks if tag in PROSE]
    report.readability, report.longest_sentences = _readability(prose)
    report.findings = [
        *_heading_findings(reader.headings_in_order()),
        *_paragraph_findings(reader.blocks),
        *_image_findings(reader.images),
        *_link_findings(reader.links),
        *_jargon_findings(visible_text, jargon or {}),
    ]
    return report


def _readability(prose: list[str]) -> tuple[Readability | None, list[Sentence]]:
    sentences = [sentence for block in prose for sentence in split_sentences(block)]
    words = [words_in(sentence) for sentence in sentences]
    word_count = sum(len(sentence_words) for sentence_words in words)
    if not word_count:
        return None, []
    syllables = sum(dutch_syllables(word) for sentence_words in words for word in sentence_words)
    readability = Readability(
        score=flesch_douma(word_count, len(sentences), syllables),
        words=word_count,
        sentences=len(sentences),
        syllables=syllables,
    )
    long = sorted(
        (
            Sentence(text, len(sentence_words))
            for text, sentence_words in zip(sentences, words, strict=True)
            if len(sentence_words) > LONG_SENTENCE_WORDS
        ),
        key=lambda sentence: -sentence.words,
    )
    return readability, long[:LONGEST_SENTENCES_SHOWN]


def _heading_findings(headings):
    previous = 1  # the article's title is the page's <h1>
    for level, text in headings:
        if level == 1:
            yield Finding(
                "heading",
                _(
                    "‘# %(heading)s’ is een tweede paginatitel: de titel van het artikel is de enige. "
                    "Begin koppen in de tekst met ##."
                )
                % {"heading": text},
            )
            level = 2  # shown as ## on the page
        elif level > previous + 1:
            yield Finding(
                "heading",
                _(
                    "De kop ‘%(heading)s’ slaat een niveau over: na %(previous)s komt %(level)s. "
                    "Gebruik %(expected)s."
                )
                % {
                    "heading": text,
                    "previous": "#" * previous if previous > 1 else _("de titel"),
                    "level": "#" * level,
                    "expected": "#" * (previous + 1),
                },
            )
        previous = level


def _paragraph_findings(blocks):
    for tag, text in blocks:
        count = len(words_in(text))
        if tag == "p" and count > LONG_PARAGRAPH_WORDS:
            yield Finding(
                "paragraph",
                _(
                    "Een alinea van %(count)d woorden (‘%(start)s…’): splits alinea’s langer dan "
                    "%(limit)d woorden, zodat lezers op adem kunnen komen."
                )
                % {"count": count, "start": " ".join(text.split()[:8]), "limit": LONG_PARAGRAPH_WORDS},
            )


def _image_findings(images):
    for src, alt in images:
        alt = (alt or "").strip()
        if alt == DECORATIVE_ALT:
            continue
        if not alt:
            yield Finding(
                "image",
                _(
                    "Afbeelding zonder alt-tekst (%(src)s): beschrijf wat erop staat, of markeer haar "
                    "als decoratief: ![%(decorative)s](…)."
                )
                % {"src": src.rsplit("/", 1)[-1], "decorative": DECORATIVE_ALT},
            )
        elif FILE_NAME.match(alt):
            yield Finding(
                "image",
                _("De alt-tekst ‘%(alt)s’ is een bestandsnaam: beschrijf wat er op de afbeelding staat.")
                % {"alt": alt},
            )


def _link_findings(links):
    for href, text in links:
        plain = text.strip(" .,:;!?…'\"‘’“”()").lower()
        if not plain:
            yield Finding(
                "link", _("Een link zonder tekst (%(href)s): schrijf waar hij heen gaat.") % {"href": href}
            )
        elif plain in VAGUE_LINK_TEXTS:
            yield Finding(
                "link",
                _(
                    "De linktekst ‘%(text)s’ zegt niet waar de link heen gaat. Noem de bestemming, "
                    "bijvoorbeeld ‘bekijk onze tarieven’."
                )
                % {"text": text},
            )
        elif BARE_ADDRESS.match(plain) or plain == href.lower():
            yield Finding(
                "link",
                _("De link ‘%(text)s’ is een kaal adres: schrijf in woorden waar hij heen gaat.")
                % {"text": text},
            )


def jargon_pattern(term: str) -> re.Pattern:
    """A term with its usual Dutch inflections: cognitief → cognitieve, comorbiditeit →
    comorbiditeiten; a hyphen may also be left out or be a space."""
    escaped = re.escape(term.strip().lower()).replace(r"\-", "[-\\s]?").replace(r"\ ", r"\s+")
    if escaped.endswith("f"):
        escaped = escaped[:-1] + "[fv]"
    elif escaped.endswith("s"):
        escaped = escaped[:-1] + "[sz]"
    return re.compile(rf"\b{escaped}(?:e|en|er|ere|n|s|'s|’s|st|ste)?\b", re.IGNORECASE)


def _jargon_findings(text, jargon):
    for term, alternative in sorted(jargon.items(), key=lambda item: item[0].lower()):
        found = jargon_pattern(term).findall(text)
        if found:
            yield Finding(
                "jargon",
                _("‘%(found)s’ (%(count)d×) is vakjargon: schrijf liever ‘%(alternative)s’.")
                % {"found": found[0], "count": len(found), "alternative": alternative},
            )
