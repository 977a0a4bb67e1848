#pragma once
// Lead-in paragraphs: a paragraph that ends in ':' or announces what comes
// after it ("… are outlined below"), and the part of it that says what it
// introduces.

#include <string>

namespace plantrace {

// Whether `s` ends in ':' (spaces after it aside).
bool EndsWithColon(const std::string& s);

// What a lead-in says it introduces is the subject of its last sentence
// ("Additional measures proposed by the Council … are:") or sits just
// before its colon ("… makes the following recommendations:"); a kind word
// elsewhere ("In addition, as part of the government's objective to
// simplify funding, several grants have been rolled in, as listed below:")
// names something else. The head and tail of the last sentence, joined.
std::string LeadInTail(const std::string& text);

// Where the last sentence of `text` begins, when `text` ends in ':' and
// holds more than one sentence (a ". " before a capital); 0 otherwise. A
// producer that sets paragraphs without space between them glues a lead-in
// onto the list item before it ("c) … modelling. Additional measures
// proposed by the Council … are:"); this finds it again.
size_t LastSentenceStart(const std::string& text);

// "… are outlined below", "the following …": the paragraph introduces
// what comes next.
bool Announces(const std::string& text);

}  // namespace plantrace
