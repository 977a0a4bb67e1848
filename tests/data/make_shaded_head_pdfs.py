#!/usr/bin/python3
"""Small PDFs of tables under a shaded head (issue 15), drawn with ReportLab's
canvas the way a word processor lays out an HTML table without borders: the
head cells painted on grey boxes a few points apart, a grey banner across the
table above them, the body with no rules and no shading, every cell's text
centred vertically in its row, columns closer than a word space, paragraphs
inside a cell, footnotes in small print under the table (one of them
inside a column). Page 2 goes on
with the banner and the head repeated. rl_shaded_legend.pdf: two shaded
boxes side by side over prose (a legend, no table). rl_shaded_labels.pdf: a
key/value table whose labels are painted down its left side, one box per
row (a label wraps, a value wraps, each centred on the other).
rl_shaded_centred.pdf: head boxes of different heights centred on one line
(their edges make a grid of three rows), body rows of one line each; page 2
opens with the rest of a row and a paragraph in two of its cells, then a
new labelled row.
rl_shaded_touching.pdf: head boxes painted edge to edge (no cell spacing,
the fills cover the cells' padding) with two lines of text in most, over an
unruled body whose cells have no paragraph spacing (rows parted by padding
only), then a second such table whose rows stand as close as the
paragraphs of a cell or closer; page 2 repeats the head under a banner
painted right against it.
rl_shaded_not_labels.pdf: shaded boxes of one width stacked down the
page that are no labels of a table: tags each over a line of prose that
runs from the tag's left edge across its right edge, and values
highlighted in the middle column of an unruled table (its first column
left of them).
rl_shaded_two_heads.pdf: two tables under shaded heads less than a blank
line apart, the second's columns a subset of the first's (no box or word
of it crosses a column boundary of the first): two tables.

Run with Debian's python3-reportlab:
    /usr/bin/python3 tests/data/make_shaded_head_pdfs.py tests/data
The generated PDFs are committed: CI has no ReportLab.
"""
import os
import sys

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

GREY = (0.85, 0.85, 0.85)
SIZE = 10
LEAD = 12.5      # baseline to baseline inside a paragraph
PARA = 6         # extra space between paragraphs of one cell
PAD = 5          # cell padding above and below (row gap = 2 * PAD)
# Column left edges: the label column has no head box of its own.
X = [40, 72, 205, 383]
RIGHT = 555


def new_canvas(name):
    return canvas.Canvas(os.path.join(out, name), pagesize=A4, invariant=1)


def block_height(paras):
    lines = sum(len(p) for p in paras)
    return lines * LEAD + PARA * (len(paras) - 1)


def draw_block(c, x, top, paras, font="Helvetica"):
    """Paragraphs (lists of lines) from `top` down; returns the bottom."""
    c.setFont(font, SIZE)
    y = top
    for i, p in enumerate(paras):
        if i:
            y -= PARA
        for line in p:
            c.drawString(x, y - SIZE, line)
            y -= LEAD
    return y


def head(c, top):
    """Banner and head row from `top` down; returns the bottom."""
    c.setFillColorRGB(*GREY)
    c.rect(X[0], top - 2 * LEAD, RIGHT - X[0], 2 * LEAD, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    draw_block(c, X[0], top, [["1. Political Leadership"]], "Helvetica-Bold")
    draw_block(c, X[0], top - LEAD, [["Effective leadership, working as a partnership"]], "Helvetica-Oblique")
    top -= 2 * LEAD + 8
    heads = ["Improvement Aim", "Required Action", "Lead / RAG status"]
    for k, text in enumerate(heads):
        right = X[k + 2] - 3 if k + 2 < len(X) else RIGHT
        c.setFillColorRGB(*GREY)
        c.rect(X[k + 1], top - LEAD, right - X[k + 1], LEAD, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        draw_block(c, X[k + 1], top, [[text]], "Helvetica-Bold")
    return top - LEAD


def row(c, top, cells):
    """One body row: every cell centred in the row's height."""
    height = max(block_height(p) for p in cells) + 2 * PAD
    for x, paras in zip(X, cells):
        if paras:
            draw_block(c, x, top - (height - block_height(paras)) / 2, paras)
    return top - height


W, H = A4
c = new_canvas("rl_shaded_head.pdf")
top = head(c, H - 60)
top = row(c, top, [
    [["1.1"]],
    [["Well-organised, stable, sound"], ["effective political groups."]],
    # The first line of the cell before ends 1.3 pt short of this column:
    # less than a word space.
    [["Formal self-assessments required by", "all political groups, reported against."],
     ["Collate a summary of the changes", "made by political groups."]],
    [["ACE with Group Leaders", "Group secretaries have been", "engaged in the review", "processes (September 2018)."]],
])
top = row(c, top, [
    [["1.2"]],
    [["Effective, timely, balanced"]],
    [["A structured briefing programme."]],
    [["City Solicitor / ACE", "Survey being planned."], ["Revised group leaders", "meeting cycle in place."]],
])
c.setFont("Helvetica", 7)
# A short footnote inside one column (only its small print tells it from a
# row), then a long one across the columns.
c.drawString(X[1], top - 16, "2 Source: Solace and CIPFA.")
c.drawString(X[0], top - 25, "1 Delivering Good Governance in Local Government (Solace and CIPFA), the 2016 edition")
c.showPage()
top = head(c, H - 60)
top = row(c, top, [
    [["1.3"]],
    [["Modern governance"]],
    [["Extensive joint working between", "the new Cabinet and CMT."]],
    [["Council Plan agreed at", "the June 2018 Cabinet."]],
])
c.setFont("Helvetica", SIZE)
c.drawString(X[0], top - 40, "The plan is reviewed every month by the Cabinet and reported to the Council in full.")
c.showPage()
c.save()

# Two shaded boxes side by side (a legend) over body text: no table.
c = new_canvas("rl_shaded_legend.pdf")
c.setFillColorRGB(*GREY)
c.rect(72, H - 100, 120, LEAD, stroke=0, fill=1)
c.rect(195, H - 100, 120, LEAD, stroke=0, fill=1)
c.setFillColorRGB(0, 0, 0)
draw_block(c, 72, H - 100 + LEAD, [["Complete"]])
draw_block(c, 195, H - 100 + LEAD, [["On track"]])
draw_block(c, 72, H - 120, [["The actions above are shown complete when the lead officer has evaluated",
                             "them, and on track when their milestones are met as planned this year."]])
c.showPage()
c.save()

# Shaded labels down the left, values unpainted to their right.
c = new_canvas("rl_shaded_labels.pdf")
draw_block(c, 52, H - 50, [["Cabinet report, 14 May 2024"]], "Helvetica-Bold")
pairs = [(["Subject:"], ["Draft Improvement and Recovery Plan"]),
         (["Report of:"], ["Acting Chief Executive"]),
         (["Relevant Cabinet", "Member:"], ["Leader of the Council", "Deputy Leader"]),
         (["Relevant O&S Chair(s):"], ["Co-ordinating O&S Committee"]),
         (["Report author:"], ["Assistant Director (Programmes)"])]
top = H - 80
for label, value in pairs:
    height = max(len(label), len(value)) * LEAD
    lt = top - (height - len(label) * LEAD) / 2
    c.setFillColorRGB(*GREY)
    c.rect(52, lt - len(label) * LEAD, 130, len(label) * LEAD, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    draw_block(c, 52, lt, [label], "Helvetica-Bold")
    draw_block(c, 186, top - (height - len(value) * LEAD) / 2, [value])
    top -= height + 2 * PAD
draw_block(c, 52, top - 20, [["The report asks the Cabinet to approve the draft plan for consultation with",
                              "residents, partners and staff over the summer, and to note the timetable."]])
c.showPage()
c.save()

# Head boxes of different heights, one-line rows, a row carried over.
CX = [52, 120, 200, 540]


def centred_head(c, top):
    heads = [["Years"], ["Amount"], ["Comments and explanation of", "the figures in this table"]]
    height = 2 * LEAD
    for k, lines in enumerate(heads):
        h = len(lines) * LEAD
        t = top - (height - h) / 2
        c.setFillColorRGB(*GREY)
        c.rect(CX[k], t - h, CX[k + 1] - 3 - CX[k], h, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        draw_block(c, CX[k], t, [lines], "Helvetica-Bold")
    return top - height


c = new_canvas("rl_shaded_centred.pdf")
draw_block(c, 52, H - 60, [["The reductions required in the years ahead are as follows:"]])
top = centred_head(c, H - 640)
for years, amount, comment in [("2015/16", "105.4m", "Approved by Council on 3 March."),
                               ("2016/17", "166.7m", "Annual reduction to be identified."),
                               ("2017/18", "86.6m", "Annual reduction to be identified.")]:
    top -= PAD
    for x, t in zip(CX, [years, amount, comment]):
        draw_block(c, x, top, [[t]])
    top -= LEAD + PAD
c.showPage()
top = centred_head(c, H - 60)
top -= PAD
draw_block(c, CX[2], top, [["carried over from the page before."]])
top -= LEAD + 2 * PAD
draw_block(c, CX[1], top, [["Revised"]])
draw_block(c, CX[2], top, [["A second paragraph of the same cell,", "with its own two lines."]])
top -= 2 * LEAD + 2 * PAD
draw_block(c, CX[0], top, [["2018/19"]])
draw_block(c, CX[1], top, [["40.2m"]])
draw_block(c, CX[2], top, [["To be confirmed."]])
c.showPage()
c.save()

# Head cells painted edge to edge (a converter's table with a background
# behind its <th> cells and no cell spacing: the fills touch and cover the
# padding), over a body with no rules: cells' lines set without paragraph
# spacing, rows parted only by the cells' padding. Page 2 repeats the head
# under a banner painted right against it.
TX = [52, 160, 330, 450, 545]
TPAD = 6


def touching_head(c, top, banner=None):
    """Banner (touching the head) and head from `top` down; returns the bottom."""
    if banner:
        height = LEAD + 2 * TPAD
        c.setFillColorRGB(*GREY)
        c.rect(TX[0], top - height, TX[-1] - TX[0], height, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        draw_block(c, TX[0] + TPAD, top - TPAD, [[banner]], "Helvetica-Bold")
        top -= height
    heads = [["Recommendation"], ["Response: current, planned", "or proposed activity"],
             ["Key Deliverables", "within 6 months"], ["Accountable", "Officer"]]
    height = 2 * LEAD + 2 * TPAD
    for k, lines in enumerate(heads):
        c.setFillColorRGB(*GREY)
        c.rect(TX[k], top - height, TX[k + 1] - TX[k], height, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        draw_block(c, TX[k] + TPAD, top - TPAD, [lines], "Helvetica-Bold")
    return top - height


def touching_row(c, top, cells, pad=TPAD):
    """One body row, every cell's paragraphs from the top."""
    cells = [cell if isinstance(cell[0], list) else [cell] for cell in cells]
    height = max(block_height(paras) for paras in cells) + 2 * pad
    for k, paras in enumerate(cells):
        draw_block(c, TX[k] + TPAD, top - pad, paras)
    return top - height


c = new_canvas("rl_shaded_touching.pdf")
draw_block(c, 52, H - 60, [["The actions agreed with the panel are set out below."]])
top = touching_head(c, H - 90)
top = touching_row(c, top, [["1. Refocus", "corporate attention"],
                            ["Review of the Corporate Plan in", "context of the financial position."],
                            ["A draft new", "corporate plan."],
                            ["Director of", "Strategy"]])
top = touching_row(c, top, [["2. Begin work to", "reframe values"],
                            ["Consider adapting the framework", "for the service reviews."],
                            ["Culture and values", "embedded."],
                            ["Director of", "People Services"]])
draw_block(c, 52, top - 30, [["The plan is reviewed every month by the Cabinet and reported to the Council."]])
# A second table: rows padded a quarter of a paragraph space above and
# below, so that rows stand closer than the paragraphs of one cell (a
# browser's paragraph margins in cells): only cells starting together part
# the rows.
top = touching_head(c, top - 60)
top = touching_row(c, top, [["4. Review the", "Constitution"],
                            [["Undertake an immediate legal", "compliance check."],
                             ["Develop new Terms of Reference", "for the Audit Committee."]],
                            ["Up to date", "constitution in", "place and", "understood."],
                            ["Interim", "Monitoring", "Officer"]], PARA / 4)
top = touching_row(c, top, [["5. Reframe the", "scrutiny work"],
                            [["Align the work programme", "to the plan."], ["Report by exception."]],
                            ["Alignment of the", "programme."],
                            ["Statutory Scrutiny", "Officer"]], PARA / 4)
draw_block(c, 52, top - 30, [["Progress on these actions is reported to the Audit Committee."]])
c.showPage()
top = touching_head(c, H - 60, "Stabilisation actions (continued)")
top = touching_row(c, top, [["6. Develop and", "publicise standards"],
                            ["Development of a new", "Member-Officer Protocol."],
                            ["New Protocol is", "understood."],
                            ["Interim Monitoring", "Officer"]])
# Shaded boxes of one width stacked down the page that are no labels.
c = new_canvas("rl_shaded_not_labels.pdf")
top = H - 60
for tag, line in (("Risk: finance", "The budget gap for next year may widen if the pay award is higher than planned."),
                  ("Risk: staffing", "Recruitment to the new posts in the service may take longer than planned."),
                  ("Risk: delivery", "Partners may not be able to commit the time the programme needs this year.")):
    c.setFillColorRGB(*GREY)
    c.rect(52, top - LEAD, 110, LEAD, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    draw_block(c, 52, top, [[tag]], "Helvetica-Bold")
    draw_block(c, 52, top - LEAD - 2, [[line]])
    top -= 2 * LEAD + 2 + PAD
top -= 30
c.setFont("Helvetica-Bold", SIZE)
for x, t in zip((52, 200, 300), ("Variety", "Yield", "Cost")):
    c.drawString(x, top - SIZE, t)
top -= LEAD + PAD
for i, (variety, crop, cost) in enumerate((("Hefty", "50.5", "757"), ("Prairie Brand", "50.2", "752"),
                                           ("Gold Country", "50.1", "751"), ("Trelay", "49.9", "749"))):
    if i < 3:
        c.setFillColorRGB(*GREY)
        c.rect(198, top - LEAD, 60, LEAD, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica", SIZE)
    for x, t in zip((52, 200, 300), (variety, crop, cost)):
        c.drawString(x, top - SIZE, t)
    top -= LEAD + PAD
c.showPage()
c.save()

# Two tables under shaded heads, one blank line apart; the second has the
# first two columns of the first.
c = new_canvas("rl_shaded_two_heads.pdf")


def plain_head(c, top, heads, xs):
    for k, text in enumerate(heads):
        c.setFillColorRGB(*GREY)
        c.rect(xs[k], top - LEAD, xs[k + 1] - 3 - xs[k], LEAD, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        draw_block(c, xs[k], top, [[text]], "Helvetica-Bold")
    return top - LEAD


draw_block(c, 52, H - 60, [["The savings found so far and those still to be found are as follows:"]])
top = plain_head(c, H - 90, ["Years", "Amount", "Comments"], CX)
for row_cells in (("2015/16", "105.4m", "Approved by Council on 3 March."),
                  ("2016/17", "166.7m", "Annual reduction to be identified.")):
    top -= PAD
    for x, t in zip(CX, row_cells):
        draw_block(c, x, top, [[t]])
    top -= LEAD + PAD
top -= LEAD + 2
top = plain_head(c, top, ["Service", "Saving"], CX[:3])
for row_cells in (("Housing", "12.0m"), ("Transport", "8.5m")):
    top -= PAD
    for x, t in zip(CX, row_cells):
        draw_block(c, x, top, [[t]])
    top -= LEAD + PAD
c.showPage()
c.save()
