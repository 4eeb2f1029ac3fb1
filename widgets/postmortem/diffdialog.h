#pragma once

#include <QDialog>

namespace sre {

// The file on disk next to the editor's text, as a line diff.
class DiffDialog final : public QDialog
{
    Q_OBJECT
public:
    DiffDialog(const QString &title, const QByteArray &before, const QByteArray &after, const QString &beforeLabel,
               const QString &afterLabel, QWidget *parent = nullptr);
};

} // namespace sre
