#!/usr/bin/python3
"""Small PDFs from another producer (ReportLab) for the table finder's tests.
rl_no_table.pdf holds none: prose, a bullet list, numbered paragraphs, and on
page 2 a heading with numbered paragraphs whose numbers stand in the margin.

Run with Debian's python3-reportlab (`apt-get install -y python3-reportlab`):
    /usr/bin/python3 tests/data/make_table_pdfs.py tests/data
The generated PDFs are committed: CI has no ReportLab.
"""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
styles = getSampleStyleSheet()
PROSE = ("The council agreed the plan in March. Progress is reported to the panel every quarter, "
         "with a summary of risks and the actions taken since the last report. ")


def doc(name, story):
    d = SimpleDocTemplate(os.path.join(out, name), pagesize=A4, invariant=1,
                          title=name, author="plantrace tests")
    d.build(story)


def grid_style(extra=()):
    return TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                       ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                       ("VALIGN", (0, 0), (-1, -1), "TOP")] + list(extra))


# 1. A ruled table: a full grid, bold header, one cell with two paragraphs.
cell = [Paragraph("Quarterly review of the budget.", styles["BodyText"]),
        Paragraph("Second paragraph of the cell.", styles["BodyText"])]
doc("rl_ruled.pdf", [
    Paragraph(PROSE, styles["BodyText"]), Spacer(1, 12),
    Table([["Year", "Amount", "Comment"],
           ["2015", "1,200", "Agreed"],
           ["2016", "1,350", cell],
           ["2017", "1,500", "Forecast"]], colWidths=[80, 80, 220], style=grid_style()),
    Spacer(1, 12), Paragraph(PROSE, styles["BodyText"])])

# 2. Merged cells: a header cell across two columns, a label down two rows.
doc("rl_merged.pdf", [
    Table([["Area", "Spend", ""],
           ["", "2015", "2016"],
           ["Housing", "10", "12"],
           ["", "11", "13"],
           ["Transport", "7", "8"]], colWidths=[120, 80, 80],
          style=grid_style([("SPAN", (1, 0), (2, 0)), ("SPAN", (0, 0), (0, 1)),
                            ("SPAN", (0, 2), (0, 3))]))])

# 3. A table over two pages, its header row repeated on the second.
rows = [["Ref", "Action", "Lead"]] + [[f"{i}.1", f"Action number {i} for the plan", f"Officer {i}"]
                                      for i in range(1, 61)]
doc("rl_two_pages.pdf", [Paragraph(PROSE * 3, styles["BodyText"]), Spacer(1, 12),
                         Table(rows, colWidths=[50, 250, 120], repeatRows=1, style=grid_style())])

# 4. Unruled (whitespace) table between two paragraphs, drawn with the canvas;
# 5. a table with only a rule under the header and rules above and below;
# 6. a page with a bulleted list and numbered paragraphs (no table at all).
def text_table(c, top, rules):
    xs = [72, 230, 330, 430]
    data = [["Service", "2015", "2016", "Change"],
            ["Adult social care", "320.1", "331.4", "+3.5%"],
            ["Children's services", "210.0", "205.2", "-2.3%"],
            ["Highways", "45.7", "47.0", "+2.8%"],
            ["Libraries", "12.3", "10.9", "-11.4%"],
            ["Waste collection", "60.2", "61.8", "+2.7%"]]
    y = top
    if rules:
        c.setLineWidth(0.8)
        c.line(70, y + 12, 500, y + 12)
    for i, row in enumerate(data):
        c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 10)
        for x, t in zip(xs, row):
            c.drawString(x, y, t)
        if rules and i == 0:
            c.setLineWidth(0.5)
            c.line(70, y - 4, 500, y - 4)
        y -= 16
    if rules:
        c.line(70, y + 10, 500, y + 10)
    return y


def paragraph(c, y, text, width=90):
    c.setFont("Helvetica", 10)
    words, line = text.split(), ""
    for w in words:
        if len(line) + len(w) + 1 > width:
            c.drawString(72, y, line)
            y -= 13
            line = w
        else:
            line = (line + " " + w).strip()
    c.drawString(72, y, line)
    return y - 20


for name, rules in (("rl_unruled.pdf", False), ("rl_header_rule.pdf", True)):
    c = canvas.Canvas(os.path.join(out, name), pagesize=A4, invariant=1)
    y = paragraph(c, 780, PROSE * 2)
    y = text_table(c, y - 10, rules)
    paragraph(c, y - 20, PROSE * 2)
    c.showPage()
    c.save()

c = canvas.Canvas(os.path.join(out, "rl_no_table.pdf"), pagesize=A4, invariant=1)
y = paragraph(c, 780, PROSE * 2)
c.setFont("Helvetica", 10)
for item in ["Recruitment of staff to the new posts", "Retention and talent management",
             "Assessment of skills and competency gaps", "Appraisal and performance management"]:
    c.drawString(80, y, "\u2022")
    c.drawString(95, y, item)
    y -= 14
y -= 10
for n in range(1, 5):
    c.drawString(72, y, f"{n}.{n}")
    x_text, words, line = 110, (PROSE * 2).split(), ""
    for w in words:
        if len(line) + len(w) + 1 > 80:
            c.drawString(x_text, y, line)
            y -= 13
            line = w
        else:
            line = (line + " " + w).strip()
    c.drawString(x_text, y, line)
    y -= 20
c.showPage()
# A heading at the paragraphs' edge, then numbered paragraphs whose numbers
# stand in the margin (a Kent investment strategy's layout): the number of
# the first sits centred beside the heading and its paragraph, yet the
# numbers are no labels of a table.
c.setFont("Helvetica-Bold", 14)
c.drawString(108, 700, "Introduction")
c.setFont("Helvetica", 12)
y = 672
for number, lines in (("1.1", ["This investment strategy meets the statutory guidance issued by the",
                               "government in January 2018 (Statutory Guidance on Local Government",
                               "Investments, 3rd Edition)."]),
                      ("1.2", ["The Authority invests its money for three broad purposes:"])):
    c.drawString(72, y, number)
    for t in lines:
        c.drawString(108, y, t)
        y -= 16
    y -= 9
for t in ("Because it has surplus cash as a result of its day-to-day activities,",
          "To support local public services by lending to other organisations."):
    c.drawString(126, y, "\u2022 " + t)
    y -= 16
c.showPage()
c.save()
