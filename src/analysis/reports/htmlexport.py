"""Executed notebooks -> self-contained, offline HTML (images embedded, nothing fetched from a CDN)."""
from __future__ import annotations

import logging
import re
import threading

import nbformat
from jinja2 import DictLoader
from nbconvert import HTMLExporter

# The lab template, minus every block that loads a script from the network (require.js, MathJax,
# mermaid, widgets); its CSS is already inlined by nbconvert.
OFFLINE_TEMPLATE = """{%- extends 'lab/index.html.j2' -%}
{%- block html_head_js -%}{%- endblock html_head_js -%}
{% block jupyter_widgets %}{% endblock jupyter_widgets %}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{% block extra_css %}
<style type="text/css">
  main { max-width: 980px; margin: 0 auto; }
  .jp-RenderedHTMLCommon table.report-table { font-size: 12px; }
  .jp-RenderedHTMLCommon table.report-table td, .jp-RenderedHTMLCommon table.report-table th {
    text-align: left; vertical-align: top; max-width: 520px; }
  .jp-RenderedHTMLCommon table.report-table td:last-child { min-width: 280px; }
  .jp-RenderedHTMLCommon table.report-table td { min-width: 4em; }
  .jp-RenderedHTMLCommon table.report-table td:nth-child(-n+4) { min-width: 7em; }
  .jp-OutputArea-output img { max-width: 100%; height: auto; }
</style>
{% endblock extra_css %}
"""

_REMOTE = re.compile(
    r"""<(?:script|link|img|iframe|source|embed|object)\b[^>]*?\b(?:src|href|data)\s*=\s*["']?\s*(?:https?:)?//"""
    r"""|@import\s+(?:url\()?\s*["']?(?:https?:)?//"""
    r"""|url\(\s*["']?(?:https?:)?//"""
    r"""|\bimport\(\s*["'](?:https?:)?//""",
    re.IGNORECASE,
)


class OnlineResourceError(RuntimeError):
    """An exported page would fetch a script, style, font or image from the network."""


def remote_resources(page: str) -> list[str]:
    """Snippets of page that load something from the network (empty when the page works offline)."""
    return [page[max(m.start() - 20, 0): m.end() + 60] for m in _REMOTE.finditer(page)]


_local = threading.local()


def exporter(with_code: bool = False) -> HTMLExporter:
    """An HTMLExporter on the offline lab template, built once per thread; code cells hidden unless with_code."""
    cache = _local.__dict__.setdefault("exporters", {})
    if with_code not in cache:
        cache[with_code] = _new_exporter(with_code)
    return cache[with_code]


# nbconvert's accessibility notes (images without alt text) are not the batch's to print on every run
_LOG = logging.getLogger("analysis.reports.htmlexport")
_LOG.setLevel(logging.ERROR)


def _new_exporter(with_code: bool) -> HTMLExporter:
    return HTMLExporter(
        log=_LOG,
        template_name="lab",
        extra_loaders=[DictLoader({"offline.html.j2": OFFLINE_TEMPLATE})],
        template_file="offline.html.j2",
        exclude_input=not with_code,
        exclude_input_prompt=not with_code,
        exclude_output_prompt=True,
        embed_images=True,
    )


def notebook_to_html(nb: nbformat.NotebookNode, title: str, with_code: bool = False) -> str:
    """One self-contained HTML page for an executed notebook; raises OnlineResourceError if it is not offline."""
    nb = nbformat.from_dict(nb)
    nb.metadata["title"] = title
    page, _ = exporter(with_code).from_notebook_node(nb, resources={"metadata": {"name": title}})
    found = remote_resources(page)
    if found:
        raise OnlineResourceError(f"{title}: the page would load from the network: {found[:3]}")
    return page
