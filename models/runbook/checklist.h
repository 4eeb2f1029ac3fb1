#pragma once

#include <QByteArray>
#include <QString>
#include <vector>

namespace sre::rb {

// One step of an incident checklist: a task-list item ("- [ ] drain the node") or a numbered step
// ("3. Roll back") of a runbook, outside code blocks.
struct ChecklistStep
{
    QString key; // stable across edits elsewhere in the file: section anchor, text, and a count for repeats
    QString text; // as written (continuation lines joined), Markdown inline markup kept
    QString plainText() const; // links, code backticks and tags dropped, for a checkbox label
    QString section; // heading above it, empty when none
    int line = 0; // 1-based line in the file
    int number = 0; // 1-based position in the checklist
    bool task = false; // "- [ ]" rather than "1."
    bool checkedInFile = false; // "- [x]"
};

std::vector<ChecklistStep> checklistSteps(const QByteArray &fileText);

} // namespace sre::rb
