"""Saved web pages: the article's main text (trafilatura: menus, breadcrumbs, related links, comments and
footers left out) shaped like a .txt article, and what the page says about itself (title, canonical URL
or the "saved from url" a browser writes, site name, publication date from htmldate)."""
from __future__ import annotations

import re
from importlib.metadata import version

from lxml import etree

from .clean import DecodeError, decode
from .formats import Extracted, FormatError, table_lines

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_SPACES = re.compile(r"[^\S\n]+")
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(https?://[^\s>]+?)\s*-->")  # a browser's "Save page as"
_BLOCKS = frozenset({"p", "head", "quote", "code"})


def decode_page(data: bytes) -> tuple[str, str]:
    """(text, encoding) of a page: a byte-order mark, else the charset its <meta> declares, else clean.decode."""
    declared = _CHARSET.search(data[:4096])
    if declared and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        charset = declared.group(1).decode("ascii").lower()
        try:
            return data.decode(charset), charset
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: fall back on the project's own rule
    return decode(data)


def _inline(elem: etree._Element, keep_breaks: bool = True) -> str:
    """The text of an element, line breaks (<lb/>) as newlines when keep_breaks, spaces collapsed."""
    parts: list[str] = []
    for node in elem.iter():
        if node is not elem and node.tag == "lb":
            parts.append("\n" if keep_breaks else " ")
        elif node.text:
            parts.append(node.text)
        if node is not elem and node.tail:
            parts.append(node.tail)
    joined = "".join(parts) if keep_breaks else " ".join("".join(parts).split())
    return "\n".join(_SPACES.sub(" ", line).strip() for line in joined.split("\n"))


def _own_text(item: etree._Element) -> str:
    """A list item's text without its nested lists."""
    parts = [item.text or ""]
    for child in item:
        if child.tag != "list":
            parts.append(_inline(child, keep_breaks=False))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def _table_lines(table: etree._Element) -> list[str]:
    """One line per row, cells separated by a tab (what figures/tables.py reads)."""
    return table_lines([[_inline(cell, keep_breaks=False) for cell in row if cell.tag == "cell"]
                        for row in table.iter("row")])


def _text_lines(text: str | None) -> list[str]:
    """Loose text (a container's own text, a tail) as lines, spaces collapsed."""
    return [" ".join(line.split()) for line in (text or "").split("\n") if line.strip()]


def _list_lines(lst: etree._Element, depth: int = 0) -> list[str]:
    """One "- " line per item, nested lists after their item."""
    lines = []
    for item in lst.iterchildren("item"):
        text = _own_text(item)
        if text:
            lines.append(f"- {text}")
        for nested in item.iterchildren("list"):
            lines.extend(_list_lines(nested, depth + 1))
    return lines


def body_lines(body: etree._Element) -> list[str]:
    """The lines of trafilatura's body tree: one per paragraph, heading, list item or table row."""
    lines: list[str] = []
    for elem in body.iterchildren():
        if elem.tag == "table":
            lines.extend(_table_lines(elem))
        elif elem.tag == "list":
            lines.extend(_list_lines(elem))
        elif elem.tag in _BLOCKS:
            lines.extend(_inline(elem).split("\n"))
        elif elem.tag != "graphic":  # a container (div, section): its own text, then its blocks in order
            lines.extend(_text_lines(elem.text))
            lines.extend(body_lines(elem))
        lines.extend(_text_lines(elem.tail))
    return [line for line in lines if line.strip()]


def page_date(html: str) -> str:
    """The page's publication date (YYYY-MM-DD) from its markup (htmldate, original date, no guessing from
    the running text), or "" when it has none."""
    from htmldate import find_date
    try:
        found = find_date(html, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    except (ValueError, TypeError):
        return ""
    return found or ""


def extract_page(data: bytes) -> Extracted:
    """The main text of a saved web page, its title as the first line, and its metadata."""
    import trafilatura
    try:
        html, encoding = decode_page(data)
    except DecodeError as exc:
        raise FormatError(str(exc)) from exc
    doc = trafilatura.bare_extraction(html, include_tables=True, include_comments=False, include_images=False,
                                      include_formatting=False, include_links=False, with_metadata=True,
                                      deduplicate=False)
    lines = body_lines(doc.body) if doc is not None and doc.body is not None else []
    if not lines:
        raise FormatError("no article text found in the page (trafilatura kept nothing)")
    title = " ".join((doc.title or "").split())
    if title and not lines[0].startswith(title):
        lines.insert(0, title)
    saved_from = _SAVED_FROM.search(html[:4096])
    url = doc.url or (saved_from.group(1) if saved_from else "")
    meta = {"title": title, "url": url, "published": page_date(html), "site": doc.sitename or ""}
    return Extracted("\n".join(lines), "html", f"trafilatura {version('trafilatura')}", encoding,
                     {k: v for k, v in meta.items() if v})
