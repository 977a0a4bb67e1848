#include "pipeline/normalise/record_builder.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <sstream>
#include <tuple>

#include "pipeline/segment/column_roles.h"
#include "pipeline/normalise/date_parser.h"
#include "pipeline/normalise/body_actions.h"
#include "pipeline/normalise/document_cues.h"
#include "pipeline/normalise/document_meta.h"
#include "pipeline/normalise/financial_implications.h"
#include "pipeline/segment/item_kinds.h"
#include "pipeline/normalise/lead_column.h"
#include "pipeline/normalise/money_parser.h"
#include "pipeline/normalise/owner_cues.h"
#include "pipeline/normalise/owner_parser.h"
#include "pipeline/normalise/updates.h"
#include "pipeline/segment/segment_document.h"
#include "text/normalize.h"

namespace plantrace {

struct RecordBuilder::Lexicons {
  ColumnRoleLexicon roles;
  ItemKindLexicon kinds;
  OwnerParser owners;
  DateParser dates;
  MoneyParser money;
  UpdateReader updates;
  OwnerCues owner_cues;
  DocumentCues document_cues;
  BodyActionCues body_actions;
};

namespace {

Result<std::string> ReadFile(const std::string& dir, const std::string& name) {
  std::string path = dir + "/" + name;
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path, "cannot open the data file");
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Parts joined by spaces; a part ending in a hyphen before a lower-case
// word ("buy-" / "in") joins without one.
std::string JoinText(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) {
    bool hyphen = !out.empty() && out.back() == '-' && !p.empty() &&
                  std::islower(static_cast<unsigned char>(p[0]));
    if (!out.empty() && !hyphen) out += ' ';
    out += p;
  }
  return CollapseSpaces(out);
}

}  // namespace

Result<RecordBuilder> RecordBuilder::Load(const std::string& data_dir) {
  auto read = [&](const char* name) { return ReadFile(data_dir, name); };
  Result<std::string> roles_text = read("column_roles.tsv");
  if (!roles_text.ok()) return roles_text.status();
  Result<ColumnRoleLexicon> roles =
      ColumnRoleLexicon::Parse(roles_text.value(), data_dir + "/column_roles.tsv");
  if (!roles.ok()) return roles.status();
  Result<std::string> kinds_text = read("item_kinds.tsv");
  if (!kinds_text.ok()) return kinds_text.status();
  Result<ItemKindLexicon> kinds =
      ItemKindLexicon::Parse(kinds_text.value(), data_dir + "/item_kinds.tsv");
  if (!kinds.ok()) return kinds.status();
  Result<std::string> owners_text = read("owner_gazetteer.tsv");
  if (!owners_text.ok()) return owners_text.status();
  Result<OwnerGazetteer> gaz =
      OwnerGazetteer::Parse(owners_text.value(), data_dir + "/owner_gazetteer.tsv");
  if (!gaz.ok()) return gaz.status();
  Result<std::string> cues_text = read("date_cues.tsv");
  if (!cues_text.ok()) return cues_text.status();
  Result<DateCueLexicon> cues = DateCueLexicon::Parse(cues_text.value(), data_dir + "/date_cues.tsv");
  if (!cues.ok()) return cues.status();
  Result<DateParser> dates = DateParser::Create(std::move(cues).value());
  if (!dates.ok()) return dates.status();
  Result<std::string> money_text = read("money_cues.tsv");
  if (!money_text.ok()) return money_text.status();
  Result<MoneyLexicon> money_lex =
      MoneyLexicon::Parse(money_text.value(), data_dir + "/money_cues.tsv");
  if (!money_lex.ok()) return money_lex.status();
  Result<MoneyParser> money = MoneyParser::Create(std::move(money_lex).value());
  if (!money.ok()) return money.status();
  Result<UpdateReader> updates = UpdateReader::Load(data_dir);
  if (!updates.ok()) return updates.status();
  Result<std::string> cue_text = read("owner_cues.tsv");
  if (!cue_text.ok()) return cue_text.status();
  Result<OwnerCues> owner_cues = OwnerCues::Parse(cue_text.value(), data_dir + "/owner_cues.tsv");
  if (!owner_cues.ok()) return owner_cues.status();
  Result<std::string> doc_cue_text = read("document_cues.tsv");
  if (!doc_cue_text.ok()) return doc_cue_text.status();
  Result<DocumentCues> doc_cues =
      DocumentCues::Parse(doc_cue_text.value(), data_dir + "/document_cues.tsv");
  if (!doc_cues.ok()) return doc_cues.status();
  Result<std::string> council_text = read("local_authorities.tsv");
  if (!council_text.ok()) return council_text.status();
  Result<CouncilRegister> councils =
      CouncilRegister::Parse(council_text.value(), data_dir + "/local_authorities.tsv");
  if (!councils.ok()) return councils.status();
  doc_cues.value().councils = std::move(councils).value();
  Result<std::string> action_text = read("action_cues.txt");
  if (!action_text.ok()) return action_text.status();
  Result<BodyActionCues> actions =
      BodyActionCues::Parse(action_text.value(), data_dir + "/action_cues.txt");
  if (!actions.ok()) return actions.status();
  return RecordBuilder(std::make_unique<const Lexicons>(
      Lexicons{std::move(roles).value(), std::move(kinds).value(),
               OwnerParser(std::move(gaz).value()), std::move(dates).value(),
               std::move(money).value(), std::move(updates).value(),
               std::move(owner_cues).value(), std::move(doc_cues).value(),
               std::move(actions).value()}));
}

RecordBuilder::RecordBuilder(std::unique_ptr<const Lexicons> lexicons)
    : lexicons_(std::move(lexicons)) {}
RecordBuilder::RecordBuilder(RecordBuilder&&) noexcept = default;
RecordBuilder& RecordBuilder::operator=(RecordBuilder&&) noexcept = default;
RecordBuilder::~RecordBuilder() = default;

namespace {

using DateKey = std::tuple<std::string, std::string, std::string, std::string>;

// A title compared without its punctuation and small words: "Corporate
// Director of Adult Social Care and Health" is the header's "Corporate
// Director, Adult Social Care and Health".
std::string RoleKey(const std::string& title) {
  std::string out;
  std::string word;
  auto flush = [&] {
    if (!word.empty() && word != "of" && word != "the" && word != "for" && word != "and") {
      out += word + ' ';
    }
    word.clear();
  };
  for (char c : CaseFold(title)) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      word += c;
    } else {
      flush();
    }
  }
  flush();
  return out;
}

void AddNewRoles(const std::vector<OwnerRecord>& found, std::vector<OwnerRecord>* out) {
  for (const OwnerRecord& o : found) {
    bool known = false;
    for (const OwnerRecord& h : *out) known = known || RoleKey(h.title) == RoleKey(o.title);
    if (!known) out->push_back(o);
  }
}

// The financial year the title names ("Budget Risks Register 2025-26" →
// "2025-26", as printed): the period of the annual figures of a register.
std::optional<std::string> TitleFinancialYear(const std::string& title) {
  std::optional<std::string> found;
  for (size_t i = 0; i + 7 <= title.size(); ++i) {
    auto digit = [&](size_t k) { return std::isdigit(static_cast<unsigned char>(title[k])) != 0; };
    if (!(title[i] == '2' && title[i + 1] == '0' && digit(i + 2) && digit(i + 3))) continue;
    if (i > 0 && digit(i - 1)) continue;
    char sep = title[i + 4];
    if ((sep != '-' && sep != '/') || !digit(i + 5) || !digit(i + 6)) continue;
    if (i + 7 < title.size() && digit(i + 7)) continue;
    int first = std::atoi(title.substr(i + 2, 2).c_str());
    int second = std::atoi(title.substr(i + 5, 2).c_str());
    if (second != (first + 1) % 100) continue;
    if (found) return std::nullopt;  // two years: no one period
    found = title.substr(i, 7);
  }
  return found;
}

// True when the title prints one year-like figure only ("November
// 2024-25", not "Revenue Budget 2025-26, MTFP 2025-28 …").
bool OnlyYearNamed(const std::string& title) {
  int years = 0;
  for (size_t i = 0; i + 4 <= title.size(); ++i) {
    if ((i == 0 || !std::isdigit(static_cast<unsigned char>(title[i - 1]))) &&
        (title.compare(i, 2, "19") == 0 || title.compare(i, 2, "20") == 0) &&
        std::isdigit(static_cast<unsigned char>(title[i + 2])) &&
        std::isdigit(static_cast<unsigned char>(title[i + 3]))) {
      ++years;
      i += 3;
      // the second half of "2024-25" / "2024/2025" belongs to the same year
      size_t j = i + 1;
      if (j < title.size() && (title[j] == '-' || title[j] == '/')) {
        ++j;
        while (j < title.size() && std::isdigit(static_cast<unsigned char>(title[j]))) ++j;
        i = j - 1;
      }
    }
  }
  return years == 1;
}

// The day of the meeting a paper is for (its own date at day precision):
// an event of every decision it records or asks for.
std::optional<DateRecord> MeetingDate(const DocumentRecord& doc) {
  const std::string& d = doc.date;
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return std::nullopt;
  DateRecord r;
  r.raw = d;
  r.role = "event";
  r.start = d;
  r.end = d;
  r.precision = "day";
  return r;
}

void AddDates(const std::vector<ParsedDate>& found, std::vector<DateRecord>* out,
              std::vector<DateKey>* seen) {
  for (const ParsedDate& p : found) {
    DateRecord d = ToDateRecord(p);
    DateKey key{d.role, d.start, d.end.value_or(""), d.precision};
    if (std::find(seen->begin(), seen->end(), key) != seen->end()) continue;
    seen->push_back(key);
    out->push_back(std::move(d));
  }
}

// "Achieving a balanced budget over the next two years will require savings
// in the region of £300m", in a section naming 2024/25 and 2025/26: the sum
// is for 2024/25-2025/26 and the two years are the item's due window.
void AddFinancialYearsSpan(const std::vector<std::string>& paragraphs, ItemRecord* item,
                           std::vector<DateKey>* seen) {
  for (const std::string& p : Sentences(paragraphs)) {
    std::optional<YearsSpan> span = NextYearsSpan(p, paragraphs);
    if (!span) continue;
    for (AmountRecord& a : item->amounts) {
      if (!a.period && p.find(a.raw) != std::string::npos) a.period = span->period;
    }
    DateRecord d;
    d.raw = span->raw;
    d.role = "due";
    d.start = std::to_string(span->first_year) + "-04-01";
    d.end = std::to_string(span->first_year + span->years) + "-03-31";
    d.precision = "financial_year";
    DateKey key{d.role, d.start, *d.end, d.precision};
    if (std::find(seen->begin(), seen->end(), key) != seen->end()) continue;
    seen->push_back(key);
    item->dates.push_back(std::move(d));
  }
}

}  // namespace

DocumentRecords RecordBuilder::Build(const Document& doc, const DocumentMeta& meta) const {
  const Lexicons& lx = *lexicons_;
  DocumentRecords out;
  out.document = BuildDocumentRecord(doc, meta, lx.dates, lx.document_cues);
  const DateContext ctx = DateContextOf(out.document);
  const std::string doc_context = CaseFold(out.document.title + "\n" + FirstPageText(doc));

  std::vector<RawItem> raw = SegmentDocument(doc, lx.roles, lx.kinds, doc_context);
  const std::vector<OwnerRecord> doc_leads = lx.owner_cues.DocumentLeads(doc, lx.owners, PaperFirstPage(doc, lx.document_cues));
  MoveTrailingOwnerHeadings(&raw, lx.owners);
  // A report's financial implications that name one of its aims: that
  // aim's sums and dates (financial_implications.h), read as narrative.
  const std::optional<FinancialReference> finance = FindFinancialReference(doc, raw);
  if (finance) {
    for (const std::string& p : finance->paragraphs) raw[finance->item].detail_texts.push_back(p);
  }

  std::map<std::string, int> ids;
  for (RawItem& r : raw) {
    // A report prints its recommendations twice (the summary box and the
    // closing section): one item, from the first printing.
    if (r.from_prose && ids.count(r.item_id)) {
      out.warnings.push_back("item " + r.item_id + " printed again; the first printing is kept");
      continue;
    }
    // What a paper with a header of roles recommends to the body that
    // decides is a decision (as in the BCC 2024 Cabinet report).
    if (r.from_prose && r.kind == "recommendation" && !doc_leads.empty()) r.kind = "decision";
    ItemRecord item;
    item.doc_id = out.document.doc_id;
    item.item_id = r.item_id;
    item.kind = r.kind;
    item.section = r.section;
    item.text = JoinText(r.text_parts);
    item.actions = r.actions;
    // A sub-section unit printed as a heading and paragraphs (a panel's
    // lettered finding): what its paragraphs say is being done. Their dates
    // are read with the paragraphs they come from (narrative), below.
    const bool actions_from_body = r.from_prose && item.actions.empty() && r.kind == "finding";
    if (actions_from_body) item.actions = lx.body_actions.Actions(r.body_texts);
    item.deliverables = r.deliverables;
    item.provenance = r.provenance;
    if (++ids[item.item_id] == 2) {
      out.warnings.push_back("item " + item.item_id + " appears more than once");
    }

    LeadReading lead = ReadLeadColumn(r, lx.owners);
    item.owners = lead.owners;
    for (const std::string& cell : r.owner_cells) AddOwners(lx.owners.ParseCell(cell), &item.owners);
    // A report's header roles own what it asks the deciding body to do
    // (issue 14); a role the item names to act is an owner too, unless the
    // header already names it in other words.
    const bool asks = item.kind == "decision" || item.kind == "recommendation";
    if (r.from_prose && asks) AddOwners(doc_leads, &item.owners);
    if (r.from_prose) AddNewRoles(lx.owner_cues.Find(item.text, lx.owners), &item.owners);
    for (const std::string& t : r.body_texts) {
      AddNewRoles(lx.owner_cues.Find(t, lx.owners), &item.owners);
    }

    UpdateReading upd = lx.updates.Read(lead.update_lines, r.status_texts, ctx);
    item.updates = std::move(upd.updates);
    item.status = std::move(upd.status);

    // Dates and sums from everything the item says.
    std::vector<DateKey> seen;
    if (item.kind == "decision") {
      if (std::optional<DateRecord> m = MeetingDate(out.document)) {
        seen.emplace_back(m->role, m->start, m->end.value_or(""), m->precision);
        item.dates.push_back(std::move(*m));
      }
    }
    std::vector<std::string> texts;
    texts.push_back(item.text);
    if (!actions_from_body) {
      for (const auto& s : item.actions) texts.push_back(s);
    }
    for (const auto& s : item.deliverables) texts.push_back(s);
    for (const auto& s : r.date_texts) texts.push_back(s);
    // What a plan commits to (its text, actions, deliverables and target
    // dates) is planned: a month already past when the document was
    // written is still a target there, not an event, so the "past period"
    // rule of the date parser is left out (doc_month 0). Updates are read
    // with the full context.
    DateContext plan_ctx = ctx;
    if (!r.from_prose) plan_ctx.doc_month = 0;
    for (const std::string& t : texts) AddDates(lx.dates.FindAll(t, plan_ctx), &item.dates, &seen);
    DateContext narrative_ctx = plan_ctx;
    narrative_ctx.default_role = DateRole::kEvent;
    // A sub-section's paragraphs narrate (a panel's findings): a date no
    // cue makes a target is an event there, as in a register's cells.
    for (const std::string& t : r.body_texts) {
      AddDates(lx.dates.FindAll(t, narrative_ctx), &item.dates, &seen);
      texts.push_back(t);  // for sums
    }
    for (const std::string& t : r.detail_texts) {
      AddDates(lx.dates.FindAll(t, narrative_ctx), &item.dates, &seen);
      texts.push_back(t);  // for sums
    }
    AddDates(upd.dates, &item.dates, &seen);
    for (const UpdateRecord& u : item.updates) texts.push_back(u.text);  // for sums
    for (const std::string& h : r.header_dates) {
      if (auto d = lx.dates.HeaderDate(h, ctx)) AddDates({*d}, &item.dates, &seen);
    }
    std::vector<std::pair<int64_t, std::string>> money_seen;
    // A register's exposure: a cost the council may have to bear; an annual
    // one is for the year the register names.
    std::vector<int64_t> figure_values;
    // A sum the section's heading prints names the group ("Significant
    // Risks (over £10m)"), not the item: when a cell repeats it, it is not
    // the item's.
    std::vector<int64_t> section_values;
    if (item.section) {
      for (const ParsedAmount& a : lx.money.FindAll(*item.section)) section_values.push_back(a.value_gbp);
    }
    for (const RawFigure& f : r.figures) {
      AmountRecord a;
      a.raw = f.raw;
      a.value_gbp = f.value_gbp;
      a.period = f.period;
      if (f.annual && !a.period) a.period = TitleFinancialYear(out.document.title);
      a.kind = f.kind;
      figure_values.push_back(f.value_gbp);
      money_seen.emplace_back(a.value_gbp, a.period.value_or(""));
      item.amounts.push_back(std::move(a));
    }
    for (const std::string& t : texts) {
      for (const ParsedAmount& a : lx.money.FindAll(t)) {
        std::pair<int64_t, std::string> key{a.value_gbp, a.period.value_or("")};
        // A sum the text repeats from the row's exposure is that exposure.
        if (std::find(figure_values.begin(), figure_values.end(), a.value_gbp) !=
                figure_values.end() ||
            std::find(section_values.begin(), section_values.end(), a.value_gbp) !=
                section_values.end()) {
          continue;
        }
        if (std::find(money_seen.begin(), money_seen.end(), key) != money_seen.end()) continue;
        money_seen.push_back(key);
        item.amounts.push_back(ToAmountRecord(a));
        // A sum whose sentence names no year is for the one year its
        // section's heading names (minute "… Monitoring Report – November
        // 2024-25": "the forecast revenue overspend of £23.3m").
        if (!item.amounts.back().period && item.section && r.from_prose) {
          item.amounts.back().period = TitleFinancialYear(*item.section);
        }
        // The report or record of decision itself is that heading: what it
        // asks the body to decide is for the one year its title names
        // ("Revenue and Capital Budget Monitoring Report – November
        // 2024-25": "NOTE the forecast revenue overspend of £23.3m").
        if (!item.amounts.back().period && r.from_prose && asks &&
            OnlyYearNamed(out.document.title)) {
          item.amounts.back().period = TitleFinancialYear(out.document.title);
        }
      }
    }
    if (finance && &r == &raw[finance->item]) AddFinancialYearsSpan(finance->paragraphs, &item, &seen);
    out.items.push_back(std::move(item));
  }
  return out;
}

}  // namespace plantrace
