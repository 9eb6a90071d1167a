from html.parser import HTMLParser

import pytest

from blog.markdown import render_markdown

XSS_PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
    '<img src=x onerror="alert(1)">',
    "<img src=javascript:alert(1)>",
    '<svg onload="alert(1)"><circle r="1"/></svg>',
    "<body onload=alert(1)>",
    '<iframe src="https://evil.example"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<a href="javascript:alert(1)">klik</a>',
    '<a href="JaVaScRiPt:alert(1)">klik</a>',
    '<a href="&#106;avascript:alert(1)">klik</a>',
    '<a href="  javascript:alert(1)">klik</a>',
    "[klik](javascript:alert(1))",
    "[klik](JAVASCRIPT:alert(1))",
    "[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    "![x](javascript:alert(1))",
    '<div style="background:url(javascript:alert(1))">x</div>',
    '<p style="position:fixed;top:0">x</p>',
    "<style>body{display:none}</style>",
    '<object data="https://evil.example/x.swf"></object>',
    '<embed src="https://evil.example/x.swf">',
    '<form action="https://evil.example"><input name="q"><button>go</button></form>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
    '<details open ontoggle="alert(1)">x</details>',
    '<a href="https://ok.example" onclick="alert(1)">ok</a>',
    '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    '<base href="https://evil.example/">',
    "<!--<script>alert(1)</script>-->",
    '<img src="x" onmouseover=alert(1)//">',
]

DANGEROUS_TAGS = {
    "script",
    "iframe",
    "style",
    "object",
    "embed",
    "form",
    "input",
    "svg",
    "math",
    "meta",
    "base",
    "body",
}


class ElementCollector(HTMLParser):
    """The elements and attributes a browser would build from the HTML (escaped text is not markup)."""

    def __init__(self):
        super().__init__()
        self.elements = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_comment(self, data):
        self.elements.append(("!--", {"data": data}))


def elements_of(html):
    collector = ElementCollector()
    collector.feed(html)
    return collector.elements


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_xss_payload_comes_out_inert(payload):
    html = render_markdown(f"Tekst ervoor.\n\n{payload}\n\nTekst erna.")
    for tag, attrs in elements_of(html):
        assert tag not in DANGEROUS_TAGS | {"!--"}, html
        for name, value in attrs.items():
            assert not name.startswith("on"), html
            assert name != "style", html
            if name in ("href", "src"):
                assert (
                    value.strip().lower().split(":")[0] in ("http", "https", "mailto")
                    or value.startswith("/")
                    or ":" not in value
                ), html
    assert "Tekst ervoor." in html and "Tekst erna." in html


def test_markdown_structure_is_kept():
    html = render_markdown(
        "## Kop\n\n- een\n- twee\n\n1. eerst\n2. dan\n\n> citaat\n\n"
        "| Helpend | Niet helpend |\n|---|---|\n| ja | nee |\n\n"
        "[lees meer](https://voorbeeld.nl/pagina) en [intern](/blog/rouw/)\n\n![Een bos](/media/bos.jpg)\n\n"
        "**vet** en *schuin*"
    )
    for fragment in (
        "<h2>Kop</h2>",
        "<ul>",
        "<ol>",
        "<blockquote>",
        "<table>",
        "<th>Helpend</th>",
        '<a href="https://voorbeeld.nl/pagina"',
        '<a href="/blog/rouw/"',
        '<img alt="Een bos" src="/media/bos.jpg">',
        "<strong>vet</strong>",
        "<em>schuin</em>",
    ):
        assert fragment in html


def test_h1_in_body_becomes_h2_so_the_title_stays_the_only_h1():
    assert render_markdown("# Groot") == "<h2>Groot</h2>"


def test_mailto_links_are_kept():
    assert 'href="mailto:info@praktijk.nl"' in render_markdown("[mail](mailto:info@praktijk.nl)")
