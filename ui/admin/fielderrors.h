// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>

class QLabel;
class QWidget;

namespace Switchboard {

// Puts an error message right under the field it is about: editors wrap each
// field with wrap("url", edit), then show() the API's 422 details (or their own
// checks) keyed by field path. A detail for "retry.jitter" goes to the field
// registered as "retry.jitter", else "retry"; anything unmatched goes to the
// general label. GUI thread only.
class FieldErrors final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldErrors)
public:
    explicit FieldErrors(QLabel *general, QObject *parent = nullptr);

    // A widget holding editor and its (hidden) error label.
    QWidget *wrap(const QString &field, QWidget *editor);
    void clear();
    // Shows each message beside its field; returns false when errors is empty.
    bool show(const QMap<QString, QString> &errors, const QString &generalMessage = {});
    void setError(const QString &field, const QString &message);

    // The label under a field (tests); null for an unknown field.
    QLabel *label(const QString &field) const { return m_labels.value(field); }
    QLabel *general() const { return m_general; }
    QString text(const QString &field) const;
    bool hasErrors() const;

private:
    QString fieldFor(const QString &path) const;

    QLabel *m_general;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QPointer<QWidget>> m_editors;
};

} // namespace Switchboard
