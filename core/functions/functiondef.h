// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace Switchboard {

// An LLM function: its tool definition (name, description, JSON Schema of the
// parameters) and how a call becomes an HTTP request to one endpoint. A plain
// value type.
struct FunctionDef
{
    enum class Mode { Sync, Async, Optimistic };

    QString name;
    QString description;
    QJsonObject parameters{{QStringLiteral("type"), QStringLiteral("object")}};
    QString endpoint;
    QString method = QStringLiteral("POST");
    QString path; // may hold {{placeholders}}
    QMap<QString, QString> query; // values may hold placeholders
    QMap<QString, QString> headers; // values may hold placeholders
    QJsonValue body; // the body template; null: the arguments as they are
    bool hasBodyTemplate() const { return !body.isNull() && !body.isUndefined(); }
    Mode mode = Mode::Sync;
    int deadlineMs = 2000;
    QDateTime createdAt;
    QDateTime updatedAt;

    QJsonObject toJson() const;
    // The tool definition LLM APIs take: {"type": "function", "function": {...}}.
    QJsonObject toolJson() const;
    static Result<FunctionDef> fromJson(const QString &name, const QJsonObject &json);
    static bool isValidName(const QString &name);
};

QString toString(FunctionDef::Mode mode);

} // namespace Switchboard
