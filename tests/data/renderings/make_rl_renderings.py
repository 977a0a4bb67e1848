#!/usr/bin/python3
"""Renders the corpus HTML with ReportLab's platypus, as a plain HTML-to-PDF
converter would (Debian packages python3-reportlab and python3-lxml), into
this directory:

  rl.<doc>.pdf     every table a platypus Table with a GRID style (rules)
                   and a light background behind its <th> cells
  rl.<doc>.nb.pdf  the same without any rule: only the light <th> background

How they are made: `/usr/bin/python3 make_rl_renderings.py [HTML_DIR]`
(HTML_DIR defaults to the project's corpus/html), A4, ReportLab's default
page template (1 inch margins) and sample styles (Helvetica, 10 pt body,
Heading1-3), `invariant` output so that the files are the same on every run.

The converter knows nothing of the table finder: headings become heading
Paragraphs, <p> Paragraphs (inline bold, italic, underline, superscript and
line breaks kept), lists ListFlowables (bullets or numbers, or none where the
stylesheet's class rule says `list-style-type: none`), and each <table> a
Table: rowspan and colspan as SPAN commands, the <thead> rows repeated on
every page the table runs onto (repeatRows), rows kept whole (moved to the
next page) unless one is taller than a page, then split within rows (ReportLab
3.6 may then repeat the head at a row boundary mid-page before splitting the
next row: kept, it is what this producer prints), each cell's content
word-wrapped Paragraphs. Column widths
come from the stylesheet's `col.<class> { width: N% }` rules where there are
any, otherwise from the text in each column (at least its longest word).
"""
import glob
import html
import os
import re
import sys

from lxml import html as lxml_html
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

rl_config.invariant = 1

STYLES = getSampleStyleSheet()
BODY = STYLES["Normal"]
# Orphan and widow lines allowed in cells: ReportLab 3.6 cannot split a row
# whose cell would have to move a whole paragraph past the split.
CELL = ParagraphStyle("Cell", parent=BODY, allowOrphans=1, allowWidows=1)
HEAD_CELL = ParagraphStyle("HeadCell", parent=CELL, fontName="Helvetica-Bold")
HEADINGS = {"h1": STYLES["Heading1"], "h2": STYLES["Heading2"], "h3": STYLES["Heading3"],
            "h4": STYLES["Heading4"]}
HEAD_FILL = colors.HexColor("#d9d9d9")
BLOCKS = {"p", "div", "section", "ul", "ol", "table", "h1", "h2", "h3", "h4", "blockquote"}
INLINE_TAGS = {"b": "b", "strong": "b", "i": "i", "em": "i", "u": "u", "sup": "super", "sub": "sub"}


class Stylesheet:
    """The few stylesheet rules a plain converter honours: column widths
    and list markers given per class."""

    def __init__(self, css):
        self.col_width = {}
        self.no_marker = set()
        self.dash_marker = set()
        for sel, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
            for one in sel.split(","):
                one = one.strip()
                m = re.fullmatch(r"col\.([\w-]+)", one)
                w = re.search(r"(?<![-\w])width:\s*([\d.]+)%", body)
                if m and w:
                    self.col_width[m.group(1)] = float(w.group(1)) / 100
                m = re.fullmatch(r"(?:ul|ol)\.([\w-]+)", one)
                ls = re.search(r"list-style-type:\s*([^;]+)", body)
                if m and ls:
                    kind = ls.group(1).strip()
                    if kind == "none":
                        self.no_marker.add(m.group(1))
                    elif kind.startswith('"'):
                        self.dash_marker.add(m.group(1))


def inline_markup(el, skip_blocks=False):
    """ReportLab paragraph markup for an element's inline content."""
    out = [html.escape(el.text or "", quote=False)]
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if skip_blocks and tag in BLOCKS | {"li"}:
            out.append(html.escape(child.tail or "", quote=False))
        else:
            out.append(inline_child(child))
    return "".join(out)


def inline_child(child):
    """Markup for one inline element and the text after it."""
    tag = child.tag if isinstance(child.tag, str) else ""
    if tag == "br":
        out = "<br/>"
    elif tag in INLINE_TAGS:
        t = INLINE_TAGS[tag]
        out = "<%s>%s</%s>" % (t, inline_markup(child), t)
    elif tag == "a" and ":" in (child.get("href") or ""):  # internal anchors stay text
        out = '<a href="%s">%s</a>' % (html.escape(child.get("href")), inline_markup(child))
    elif tag:
        out = inline_markup(child)
    else:
        out = ""
    return out + html.escape(child.tail or "", quote=False)


def squeeze(markup):
    text = re.sub(r"\s+", " ", markup)
    text = re.sub(r"\s*<br/>\s*", "<br/>", text)
    return text.strip()


def has_text(markup):
    return bool(re.sub(r"<[^>]+>", "", markup).strip())


class Converter:
    def __init__(self, sheet, width, height):
        self.sheet = sheet
        self.width = width
        self.height = height

    def flowables(self, el, style=BODY):
        """Flowables for an element holding blocks and inline text mixed."""
        out, run = [], []

        def flush():
            markup = squeeze("".join(run))
            if has_text(markup):
                out.append(Paragraph(markup, style))
            run.clear()

        run.append(html.escape(el.text or "", quote=False))
        for child in el:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag in BLOCKS or tag == "li":
                flush()
                out.extend(self.block(child, style))
                run.append(html.escape(child.tail or "", quote=False))
            else:
                run.append(inline_child(child))
        flush()
        return out

    def block(self, el, style=BODY):
        tag = el.tag
        if tag in HEADINGS:
            markup = squeeze(inline_markup(el))
            return [Paragraph(markup, HEADINGS[tag])] if has_text(markup) else []
        if tag == "p":
            markup = squeeze(inline_markup(el, skip_blocks=True))
            out = [Paragraph(markup, style)] if has_text(markup) else []
            if style is BODY and out:
                out.append(Spacer(1, 4))
            return out
        if tag in ("ul", "ol"):
            return self.listing(el, style)
        if tag == "table":
            return [self.table(el)]
        return self.flowables(el, style)

    def listing(self, el, style):
        # Each item's paragraphs indented, its first carrying the marker
        # (Paragraphs split across pages and table rows, a list cell too).
        classes = set((el.get("class") or "").split())
        indent = 0 if classes & self.sheet.no_marker else 18
        inner = ParagraphStyle("List%d" % id(el), parent=style, leftIndent=style.leftIndent + indent,
                               bulletIndent=style.leftIndent + indent / 3)
        out = []
        for n, li in enumerate(el.findall("li"), 1):
            if classes & self.sheet.no_marker:
                marker = None
            elif classes & self.sheet.dash_marker:
                marker = "-"
            elif el.tag == "ol":
                marker = "%d." % n
            else:
                marker = "\u2022"
            content = self.flowables(li, inner)
            if marker and content and isinstance(content[0], Paragraph):
                first = content[0]
                content[0] = Paragraph(first.text, first.style, bulletText=marker)
            out.extend(content)
        return out

    def table(self, el):
        rows, head_rows = [], 0
        for part in el:
            if not isinstance(part.tag, str):
                continue
            if part.tag == "thead":
                trs = part.findall("tr")
                head_rows += len(trs)
                rows.extend(trs)
            elif part.tag in ("tbody", "tfoot"):
                rows.extend(part.findall("tr"))
            elif part.tag == "tr":
                rows.append(part)
        # Lay the cells on a grid, as HTML does: a cell takes the first free
        # slot of its row; rowspan/colspan reserve the slots below/right.
        taken, cells = {}, []
        for r, tr in enumerate(rows):
            c = 0
            for cell in tr:
                if not isinstance(cell.tag, str) or cell.tag not in ("td", "th"):
                    continue
                while (r, c) in taken:
                    c += 1
                rs = max(1, int(cell.get("rowspan", "1")))
                cs = max(1, int(cell.get("colspan", "1")))
                for dr in range(rs):
                    for dc in range(cs):
                        taken[(r + dr, c + dc)] = True
                cells.append((r, c, rs, cs, cell))
                c += cs
        nrows = len(rows)
        ncols = max([c + cs for _, c, _, cs, _ in cells] or [1])
        data = [[""] * ncols for _ in range(nrows)]
        commands = [("VALIGN", (0, 0), (-1, -1), "TOP")]
        for r, c, rs, cs, cell in cells:
            style = HEAD_CELL if cell.tag == "th" else CELL
            content = self.flowables(cell, style)
            data[r][c] = content if content else ""
            if rs > 1 or cs > 1:
                commands.append(("SPAN", (c, r), (min(c + cs, ncols) - 1, min(r + rs, nrows) - 1)))
            if cell.tag == "th":
                commands.append(("BACKGROUND", (c, r), (c + cs - 1, r + rs - 1), HEAD_FILL))
        table = Table(data, colWidths=self.column_widths(el, cells, ncols), repeatRows=head_rows)
        table.setStyle(TableStyle(commands + self.rule_commands))
        # Rows stay whole and move to the next page, unless one is taller
        # than a page under the repeated head: then rows may split.
        table.wrap(self.width, self.height)
        heights = table._rowHeights
        if heights and sum(heights[:head_rows]) + max(heights[head_rows:] or [0]) > self.height:
            table.splitInRow = 1
        return table

    def column_widths(self, el, cells, ncols):
        # Each column at least as wide as its longest word plus the cell
        # padding (HTML's minimum content width); the rest shared by the
        # stylesheet's percentages where it gives them, else by the text
        # each column holds.
        text_len, floor = [1.0] * ncols, [0.0] * ncols
        for _, c, _, cs, cell in cells:
            if cs != 1:
                continue
            font = "Helvetica-Bold" if cell.tag == "th" else "Helvetica"
            text = " ".join(cell.itertext()).split()
            text_len[c] += sum(len(w) + 1 for w in text)
            for w in text:
                floor[c] = max(floor[c], stringWidth(w, font, CELL.fontSize) + 12)
        cols = el.findall(".//col")
        shares = [self.sheet.col_width.get(col.get("class", ""), 0.0) for col in cols]
        if len(shares) == ncols and any(shares):
            rest = max(0.0, 1.0 - sum(shares)) / max(1, shares.count(0.0))
            shares = [s or rest for s in shares]
        else:
            shares = [t / sum(text_len) for t in text_len]
        widths = [self.width * s for s in shares]
        # Widen the columns under their floor, taking the room from the others.
        for _ in range(ncols):
            short = [i for i in range(ncols) if widths[i] < floor[i] - 0.01]
            if not short:
                break
            need = sum(floor[i] - widths[i] for i in short)
            for i in short:
                widths[i] = floor[i]
            donors = [i for i in range(ncols) if widths[i] > floor[i]]
            room = sum(widths[i] - floor[i] for i in donors)
            for i in donors:
                widths[i] -= need * (widths[i] - floor[i]) / room if room > need else widths[i] - floor[i]
        return widths


def render(path, out, ruled):
    page = lxml_html.parse(path).getroot()
    css = "\n".join(s.text or "" for s in page.iter("style"))
    title = (page.findtext(".//title") or "").strip()
    doc = SimpleDocTemplate(out, pagesize=A4, title=title)
    conv = Converter(Stylesheet(css), doc.width - 12, doc.height - 12)  # the frame pads 6 pt a side
    conv.rule_commands = [("GRID", (0, 0), (-1, -1), 0.5, colors.black)] if ruled else []
    body = page.find("body")
    doc.build(conv.flowables(body))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "..", "corpus", "html")
    for path in sorted(glob.glob(os.path.join(src, "*.html"))):
        doc = os.path.splitext(os.path.basename(path))[0]
        render(path, os.path.join(here, "rl.%s.pdf" % doc), ruled=True)
        render(path, os.path.join(here, "rl.%s.nb.pdf" % doc), ruled=False)
        print(doc)


if __name__ == "__main__":
    main()
