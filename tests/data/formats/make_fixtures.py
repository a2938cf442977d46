"""Makes the PDF fixtures of tests/text/test_formats.py once (committed; re-run only to change them):
report.pdf, a one-page provincial report laid out like an official document (two-column letterhead,
justified paragraphs, a ruled statistics table, a running footer), and scan.pdf, a page that is only
an image (no text layer). Needs reportlab and the DejaVu Sans font (Debian's fonts-dejavu-core)."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _report(path: Path) -> None:
    """The text of article.txt as a report page."""
    pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    body = ParagraphStyle("body", fontName="DejaVu", fontSize=11, leading=15, alignment=4, spaceAfter=6)
    title = ParagraphStyle("title", parent=body, fontSize=13, leading=17, alignment=1, spaceAfter=10)
    small = ParagraphStyle("small", parent=body, fontSize=9, leading=11, alignment=1, spaceAfter=0)
    lines = (HERE / "article.txt").read_text(encoding="utf-8").splitlines()
    head = Table([[Paragraph("UBND TỈNH HÀ TĨNH<br/>SỞ THÔNG TIN VÀ TRUYỀN THÔNG", small),
                   Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br/>Độc lập - Tự do - Hạnh phúc", small)]],
                 colWidths=[8 * cm, 9 * cm])
    story: list = [head, Spacer(1, 12), Paragraph(lines[0], title)]
    rows: list[list[str]] = []
    for line in lines[1:] + [""]:
        if "\t" in line:  # a table row of the article: into a ruled table
            rows.append(line.split("\t"))
            continue
        if rows:
            table = Table(rows, colWidths=[5 * cm, 3 * cm, 3 * cm, 3.5 * cm])
            table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "DejaVu"), ("FONTSIZE", (0, 0), (-1, -1), 10),
                                       ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                       ("ALIGN", (1, 1), (-1, -1), "RIGHT")]))
            story += [table, Spacer(1, 8)]
            rows = []
        if line:
            story.append(Paragraph(line, body))

    def footer(c: canvas.Canvas, _doc: object) -> None:
        c.setFont("DejaVu", 8)
        c.drawString(2 * cm, 1.2 * cm, "Báo cáo số 15/BC-STTTT")
        c.drawRightString(19 * cm, 1.2 * cm, "Trang 1")

    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                      title="Báo cáo chuyển đổi số năm 2024", invariant=1).build(story, onFirstPage=footer)


def _scan(path: Path) -> None:
    """A page holding only a drawn image: what a scanner gives."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    from reportlab.lib.utils import ImageReader
    from io import BytesIO
    import struct
    import zlib
    width, height = 40, 20  # a grey PNG, built by hand
    raw = b"".join(b"\x00" + bytes([180]) * width for _ in range(height))
    chunk = lambda kind, data: struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    c.drawImage(ImageReader(BytesIO(png)), 2 * cm, 15 * cm, 17 * cm, 8.5 * cm)
    c.showPage()
    c.save()


if __name__ == "__main__":
    _report(HERE / "report.pdf")
    _scan(HERE / "scan.pdf")
