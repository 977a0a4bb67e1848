#!/usr/bin/python3
"""Small PDFs of unruled tables whose rows show only as whitespace (issue
15), drawn with ReportLab's canvas for the table finder's tests:

- rl_grouped_rows.pdf: a label column whose entries head groups of points;
  each point its own row (set off by a wider space than the lines of one
  point), the label one cell spanning its group. One label wraps onto a
  second line that reaches beside its group's second point.
- rl_cell_paragraphs.pdf: a table whose cells hold paragraphs, set off by
  the same wider space but breaking at different heights in different
  columns: one row per entry of the first column, the paragraphs kept in
  their cells.
- rl_banner_once.pdf: two tables printed once each, every row one line
  per cell: the first with a banner of two lines set as closely above its
  column heads as its rows are to each other (a row of the table), the
  second under a paragraph set apart by a wider margin (no row of it).
- rl_indented_cell.pdf: a cell whose list is indented and whose closing
  paragraph is not, its column's gutter narrower than the list's indent
  suggests: the paragraph stays in its cell, the label beside in its own.
- rl_stacked_kv.pdf: two key/value tables one under the other, rows 15 pt
  apart, the second's keys longer, set apart by a table's margin (23 pt,
  less than a blank line): two tables.
- rl_centred_labels.pdf: a label column whose labels stand vertically
  centred beside their groups of points (a word processor's rowspan), so
  that no label line shares a baseline with a point; the last group runs
  to the page's foot with its label level with its first point. One label
  cell per group, spanning its points' rows.
- rl_side_headings.pdf: prose with short side headings in the margin, each
  level with the first line of the one or two paragraphs beside it: no
  table.
- rl_label_runs_on.pdf: a two-column table under its head whose first
  cell is a paragraph running on beside the second and third paragraphs of
  the cell beside it (set off by the same wider space as grouped points):
  one row, its cells of paragraphs, not a label over a group.
- rl_banner_guards.pdf: lines right above two unruled tables that are no
  banner rows: a caption in a smaller type, and a note over a table whose
  head has two lines and an empty first cell.

Run with Debian's python3-reportlab:
    /usr/bin/python3 tests/data/make_grouped_table_pdfs.py tests/data
The generated PDFs are committed: CI has no ReportLab.
"""
import os
import sys

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
LINE = 12      # from one line of a cell to the next
BREAK = 18     # from the last line of a row (or paragraph) to the next


def new_canvas(name):
    return canvas.Canvas(os.path.join(out, name), pagesize=A4, invariant=1)


def prose(c, y, text):
    """Two lines of body text across the page's width (the table's columns
    are narrower than the page's text)."""
    c.setFont("Helvetica", 10)
    words = text.split(" ")
    for k in range(2):
        line, i = "", 0
        while c.stringWidth(line, "Helvetica", 10) < 460:
            line += (" " if line else "") + words[(i + 3 * k) % len(words)]
            i += 1
        c.drawString(60, y - k * LINE, line)


# Groups: (label lines, points each as its lines).
GROUPS = [
    (["Culture"], [["Recognition that our own behaviour needs to change."],
                   ["A positive attitude to the challenges ahead."],
                   ["Transparency in decision making and willingness to", "act on feedback."]]),
    (["Strategic", "planning"], [["Taking a long term view of the plans."],
                                 ["One council plan and one set of priorities."]]),
    (["Workforce"], [["A clear purpose to guide the workforce plan."],
                     ["Determination to address recruitment and", "retention issues."],
                     ["Challenge to the status quo."]]),
]

c = new_canvas("rl_grouped_rows.pdf")
prose(c, 780, "This work will lead to changes for the Council including:")
y = 750
for label, points in GROUPS:
    c.setFont("Helvetica-Bold", 10)
    for k, t in enumerate(label):
        c.drawString(60, y - k * LINE, t)
    c.setFont("Helvetica", 10)
    for p in points:
        for t in p:
            c.drawString(200, y, t)
            y -= LINE
        y -= BREAK - LINE
prose(c, y - 20, "The panel will review progress against these changes in the autumn.")
c.showPage()
c.save()

# Cells of paragraphs: three columns, the breaks of the second and third
# columns at different heights in the first row; in the second, one break
# in the second column only, with nothing beside it in the others (a band
# across the table, as between grouped rows).
ROWS = [
    ("1. Refocus attention",
     [["Review of the plan in context of the", "financial position."],
      ["Refresh key performance reporting to", "better reflect compliance."]],
     [["A draft new plan with clear links."], ["Performance information used to", "set direction and respond."]]),
    ("2. Reframe values",
     [["Consider adapting the framework so it", "forms the basis of service reviews."],
      ["Appraisal arrangements to be aligned."]],
     [["Culture and values embedded."]]),
]

c = new_canvas("rl_cell_paragraphs.pdf")
prose(c, 780, "The response to each recommendation:")
c.setFont("Helvetica-Bold", 10)
for x, t in ((60, "Recommendation"), (200, "Response"), (400, "Deliverables")):
    c.drawString(x, 750, t)
top = 750 - BREAK - 6
for label, col2, col3 in ROWS:
    c.setFont("Helvetica", 10)
    c.drawString(60, top, label)
    bottoms = []
    for x, paras in ((200, col2), (400, col3)):
        y = top
        for p in paras:
            for t in p:
                c.drawString(x, y, t)
                y -= LINE
            y -= BREAK - LINE
        bottoms.append(y)
    top = min(bottoms) - 6
c.showPage()
c.save()

# Banners: rows 16 apart (a line of 10 pt and 6 of whitespace).
ROW = 16
BODY = [["Aim", "Action", "Owner", "Due"],
        ["1.1", "Review the committee structure", "City Solicitor", "June 2018"],
        ["1.2", "Publish the forward plan", "Leader", "July 2018"],
        ["1.3", "Train new members", "HR Director", "May 2018"]]


def unruled(c, top, rows):
    for i, row in enumerate(rows):
        c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 10)
        for x, t in zip((60, 120, 320, 440), row):
            c.drawString(x, top - i * ROW, t)


c = new_canvas("rl_banner_once.pdf")
prose(c, 790, "The plan sets out each improvement aim with its actions, owners and dates for the year.")
c.setFont("Helvetica-Bold", 10)
c.drawString(60, 740, "1. Political Leadership")
c.setFont("Helvetica", 10)
c.drawString(60, 728, "Effective political and managerial leadership, working as a constructive partnership")
unruled(c, 712, BODY)
prose(c, 600, "The second part of the plan follows the same form, one aim to a row with its owner.")
unruled(c, 560, BODY)
c.showPage()
c.save()

# A cell's list indented 20 pt, its closing paragraph at the cell's edge,
# 8 pt right of the longest label.
c = new_canvas("rl_indented_cell.pdf")
prose(c, 790, "The actions agreed for each recommendation are set out in the table below for the year.")
LABEL_END = 60 + max(c.stringWidth(t, "Helvetica", 10) for t in ("1. Design risk arrangements", "2. Put in place oversight"))
EDGE = LABEL_END + 8
y = 750
for label, items, para in (
        (["1. Design risk arrangements", "for members"], ["Strengthen the framework.", "Baseline the understanding."],
         ["Scope further action as part of the", "improvement plan."]),
        (["2. Put in place oversight"], ["Engage scrutiny members early.", "Review the budget."], None)):
    c.setFont("Helvetica", 10)
    for k, t in enumerate(label):
        c.drawString(60, y - k * LINE, t)
    for t in items:
        c.drawString(EDGE + 20, y, t)
        y -= LINE
    for t in para or []:
        c.drawString(EDGE, y, t)
        y -= LINE
    y -= 8
c.showPage()
c.save()

# Two key/value tables, 8 pt of whitespace more between them than between
# rows: the first's keys short, the second's long (their gutters differ).
KV = 15
c = new_canvas("rl_stacked_kv.pdf")
prose(c, 790, "The report to the cabinet sets out the subject, its author and the decisions it asks for.")
y = 740
for k, v in (("Subject:", "Draft Improvement and Recovery Plan"), ("Report of:", "Acting Chief Executive"),
             ("Cabinet Member:", "Leader of the Council"), ("Report author:", "Assistant Director")):
    c.drawString(60, y, k)
    c.drawString(260, y, v)
    y -= KV
y -= 8
for k, v in (("Are specific wards affected?", "No"), ("Is this a key decision?", "No"),
             ("Is the decision eligible for call-in?", "No"), ("Does it contain exempt information?", "No")):
    c.drawString(60, y, k)
    c.drawString(260, y, v)
    y -= KV
prose(c, y - 20, "The Intervention Directions require the preparation and agreement of an improvement plan.")
c.showPage()
c.save()

# Labels centred beside their groups (LibreOffice sets a rowspan label so),
# points 14 pt a line, 22 pt from one point to the next, wrapped at 360 pt
# (as wide as body text: the lines read as prose to the line-based layout);
# the last group cut by the page's foot, its label at the top.
c = new_canvas("rl_centred_labels.pdf")
prose(c, 790, "This work will lead to changes for the Council including:")
PITCH, STEP = 14, 22


def wrapped(text):
    lines, line = [], ""
    for w in text.split(" "):
        if line and c.stringWidth(line + " " + w, "Helvetica", 10) > 360:
            lines.append(line)
            line = w
        else:
            line = (line + " " + w).strip()
    return lines + [line]


def points_at(y, points):
    c.setFont("Helvetica", 10)
    for p in points:
        for t in wrapped(p):
            c.drawString(170, y, t)
            y -= PITCH
        y -= STEP - PITCH
    return y


CENTRED = [
    (["Roles and", "culture"], ["Recognition that our own behaviour needs to change across the whole council.",
                                "A solutions-focused, positive attitude to the challenges the council faces ahead.",
                                "Transparency in decision making and willingness to listen and act on the feedback "
                                "of residents and partners."]),
    (["Strategic planning"], ["Taking a long term planning view while recognising that detailed plans will be "
                              "subject to review.",
                              "Willingness and resolve to have one council plan and one set of priorities.",
                              "Openness to new ideas, creativity and innovation and a shared desire to think "
                              "beyond constraints.",
                              "Constructive challenge and collaboration across the senior officer and member team."]),
    (["Workforce"], ["A clear purpose and operating principles to guide the workforce plan for the council.",
                     "Ruthless determination to address the immediate recruitment and retention issues."]),
]
y = 750
for label, points in CENTRED:
    first_point = y
    y = points_at(y, points)
    last_point = y + STEP
    # Centred: the label's first and last baselines sum to the group's.
    first = (first_point + last_point + (len(label) - 1) * PITCH) / 2
    c.setFont("Helvetica-Bold", 10)
    for k, t in enumerate(label):
        c.drawString(60, first - k * PITCH, t)
c.setFont("Helvetica-Bold", 10)
c.drawString(60, y, "Communities")
points_at(y, ["A city vision that brings together shared interests and focuses on what is best for the city.",
              "A concept of partnerships that goes beyond the traditional and offers an open door for dialogue."])
c.showPage()
c.save()

# Side headings in the margin, each level with the first line of one or
# two paragraphs of body text beside it.
c = new_canvas("rl_side_headings.pdf")
TEXT = ("The council will review its governance arrangements during the year and report to the "
        "cabinet on the progress made against each of the recommendations of the panel, with "
        "the support of the partners who have contributed to the plan so far.")
y = 780
for heading, paras in (("Background", 1), ("Approach", 2), ("Next steps", 1)):
    c.setFont("Helvetica-Bold", 10)
    c.drawString(60, y, heading)
    c.setFont("Helvetica", 10)
    for _ in range(paras):
        words, line = TEXT.split(" "), ""
        for w in words:
            if c.stringWidth(line + " " + w, "Helvetica", 10) > 330:
                c.drawString(200, y, line)
                y -= LINE
                line = w
            else:
                line = (line + " " + w).strip()
        c.drawString(200, y, line)
        y -= STEP
    y -= 4
c.showPage()
c.save()

# A first cell of paragraph text running on beside the second and third
# paragraphs of the cell beside it: the whitespace between those paragraphs
# is as wide as between grouped points, but the first column goes on.
c = new_canvas("rl_label_runs_on.pdf")
prose(c, 790, "The actions agreed so far and the progress made on each are set out below.")
c.setFont("Helvetica-Bold", 10)
c.drawString(60, 750, "Required Action")
c.drawString(300, 750, "Progress")
c.setFont("Helvetica", 10)
y = 750 - BREAK - 6
for action, progress in (
        (["A forward plan of procurement activity with", "each directorate in place and continually",
          "challenged by the relevant Cabinet Member", "and the contracting board."],
         [["A review of the top contracts by value is", "underway."],
          ["Active participation in consolidation reviews."],
          ["Procurement plans go to the board in October."]]),
        (["Publish the forward plan."], [["Published in July."]])):
    for k, t in enumerate(action):
        c.drawString(60, y - k * LINE, t)
    bottom = y - len(action) * LINE
    for p in progress:
        for t in p:
            c.drawString(300, y, t)
            y -= LINE
        y -= BREAK - LINE
    y = min(y, bottom - (BREAK - LINE)) - 6
c.showPage()
c.save()

# Lines right above a table that are no banner row of it, though as close
# to it as its rows are to each other, at its left edge, within its width
# and across a column gutter: a caption in a smaller type, and a note over
# a table whose head has two lines and an empty first cell (the first row
# with cells filled beside it is the head's second line, no entry of the
# first column).
c = new_canvas("rl_banner_guards.pdf")
prose(c, 790, "The tables below show the spending of each service against its budget for the year.")
c.setFont("Helvetica", 8)
c.drawString(60, 742, "Table 2: spending of the three largest services in 2024/25, in thousands")
unruled(c, 728, BODY)
prose(c, 630, "The forecast for the year at the end of November is shown against the budget below.")
c.setFont("Helvetica", 10)
c.drawString(60, 580, "All figures in millions of pounds at the end of November")
y = 564
for i, row in enumerate([["", "Revenue", "Revenue", "Revenue"], ["", "Budget", "Forecast", "Variance"],
                         ["Adult Social Care", "524.7", "588.4", "+63.7"], ["Public Health", "39.3", "10.0", "-29.3"],
                         ["Total", "564.0", "598.4", "+34.4"]]):
    c.setFont("Helvetica-Bold" if i < 2 else "Helvetica", 10)
    for x, t in zip((60, 260, 340, 420), row):
        c.drawString(x, y, t)
    y -= 13 if i == 0 else ROW
c.showPage()
c.save()
