// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretspanel.h"

#include "apiclient.h"
#include "secretfield.h"

#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

QString when(const QJsonValue &iso)
{
    const QDateTime t = QDateTime::fromString(iso.toString(), Qt::ISODateWithMs);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

SecretsPanel::SecretsPanel(ApiClient *api, Options options, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_options(std::move(options))
    , m_list(new QTreeWidget(this))
    , m_secretEdit(new QLineEdit(this))
    , m_setButton(new QPushButton(tr("Set secret"), this))
    , m_grace(new QSpinBox(this))
    , m_rotateButton(new QPushButton(tr("Rotate"), this))
    , m_newSecret(new SecretField(this))
    , m_note(new QLabel(this))
    , m_form(new QFormLayout)
{
    m_list->setHeaderLabels({tr("Fingerprint"), tr("Created"), m_options.untilHeader});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Active secrets"));
    m_secretEdit->setEchoMode(QLineEdit::Password);
    m_secretEdit->setPlaceholderText(m_options.placeholder);
    m_secretEdit->setAccessibleName(tr("New secret"));
    connect(m_setButton, &QPushButton::clicked, this, &SecretsPanel::setSecret);
    connect(m_secretEdit, &QLineEdit::returnPressed, this, &SecretsPanel::setSecret);
    m_grace->setRange(0, 24 * 30);
    m_grace->setValue(24);
    m_grace->setSuffix(tr(" h"));
    m_grace->setAccessibleName(tr("Grace window"));
    m_rotateButton->setToolTip(m_options.rotateToolTip);
    connect(m_rotateButton, &QPushButton::clicked, this, &SecretsPanel::rotateSecret);
    m_note->setWordWrap(true);
    connect(m_newSecret, &SecretField::copied, this, [this](const QString &t) { Q_EMIT status(t, true); });

    auto *setRow = new QHBoxLayout;
    setRow->addWidget(m_secretEdit, 1);
    setRow->addWidget(m_setButton);
    m_form->addRow(tr("Replace with:"), setRow);
    if (m_options.canRotate) {
        auto *rotateRow = new QHBoxLayout;
        rotateRow->addWidget(new QLabel(tr("Grace window:"), this));
        rotateRow->addWidget(m_grace);
        rotateRow->addWidget(m_rotateButton);
        rotateRow->addStretch();
        m_form->addRow(tr("Rotate:"), rotateRow);
    } else {
        m_grace->hide();
        m_rotateButton->hide();
    }
    m_form->addRow(tr("New secret:"), m_newSecret);
    m_form->addRow(QString(), m_note);

    auto *layout = new QVBoxLayout(this);
    if (!m_options.intro.isEmpty()) {
        auto *intro = new QLabel(m_options.intro, this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
    }
    layout->addWidget(m_list, 1);
    layout->addLayout(m_form);
}

void SecretsPanel::setOwner(const QString &name)
{
    if (name != m_owner) {
        m_newSecret->clearSecret();
        m_note->clear();
        m_secretEdit->clear();
    }
    m_owner = name;
    m_setButton->setEnabled(!name.isEmpty());
    m_rotateButton->setEnabled(!name.isEmpty());
}

void SecretsPanel::clear()
{
    setOwner({});
    m_list->clear();
}

void SecretsPanel::showSecrets(const QJsonArray &secrets, const QString &emptyText)
{
    m_list->clear();
    for (const QJsonValue &v : secrets) {
        const QJsonObject s = v.toObject();
        const QJsonValue expires = s.value(u"expires_at");
        const QString until
            = expires.isNull() || expires.isUndefined() ? tr("no end (current)") : when(expires);
        m_list->addTopLevelItem(
            new QTreeWidgetItem({s.value(u"fingerprint").toString(), when(s.value(u"created_at")), until}));
    }
    if (m_list->topLevelItemCount() == 0 && !emptyText.isEmpty())
        m_list->addTopLevelItem(new QTreeWidgetItem({emptyText}));
    m_list->resizeColumnToContents(0);
}

void SecretsPanel::showGenerated(const QString &secret, const QString &note)
{
    m_newSecret->setSecret(secret);
    m_note->setText(note);
}

void SecretsPanel::setSecret()
{
    if (m_owner.isEmpty() || m_secretEdit->text().isEmpty())
        return;
    const QString name = m_owner;
    m_api->send("PUT", ApiClient::path(m_options.collection, name, u"/secret"_s),
                QJsonObject{{u"secret"_s, m_secretEdit->text()}}, this, [this, name](const ApiResult &r) {
                    if (!r.ok()) {
                        Q_EMIT status(tr("Secret not set: %1").arg(r.error), false);
                        return;
                    }
                    if (m_owner == name)
                        m_secretEdit->clear();
                    Q_EMIT status(tr("The secret of %1 was replaced.").arg(name), true);
                    Q_EMIT secretSet(name);
                });
}

void SecretsPanel::rotateSecret()
{
    if (m_owner.isEmpty() || !m_options.canRotate)
        return;
    const QString name = m_owner;
    QJsonObject body{{u"grace_s"_s, m_grace->value() * 3600}};
    if (m_options.rotateSendsSecret && !m_secretEdit->text().isEmpty())
        body.insert(u"secret"_s, m_secretEdit->text());
    m_api->send("POST", ApiClient::path(m_options.collection, name, u"/secret/rotate"_s), body, this,
                [this, name](const ApiResult &r) {
                    if (!r.ok()) {
                        Q_EMIT status(tr("Not rotated: %1").arg(r.error), false);
                        return;
                    }
                    QJsonObject item = r.json.value(m_options.itemKey).toObject();
                    item.insert(u"name"_s, name);
                    if (m_owner == name) {
                        m_secretEdit->clear();
                        showSecrets(item.value(u"secrets").toArray());
                        if (r.json.contains(u"secret")) {
                            const QString fingerprint = r.json.value(u"fingerprint").toString();
                            showGenerated(r.json.value(u"secret").toString(),
                                          fingerprint.isEmpty()
                                              ? m_options.generatedNote.arg(name)
                                              : tr("New secret %1, shown only now.").arg(fingerprint) + u' '
                                                  + m_options.generatedNote.arg(name));
                        }
                    }
                    Q_EMIT status(tr("The secret of %1 was rotated; the previous ones stay valid until %2.")
                                      .arg(name, when(r.json.value(u"previous_expire_at"))),
                                  true);
                    Q_EMIT rotated(item);
                });
}

} // namespace Switchboard
